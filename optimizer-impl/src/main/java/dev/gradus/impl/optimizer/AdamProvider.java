package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Adam} under the id {@code adam}: adaptive moment estimation, exactly as torch.optim.Adam. */
public final class AdamProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("adam", "Adam",
            "Adaptive moment estimation: momentum on the gradient scaled by a running root mean square, with bias correction, "
                    + "exactly as torch.optim.Adam (optionally AMSGrad).");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-3),
            Hyperparameters.beta1(),
            Hyperparameters.beta2("decay rate of the second moment"),
            Hyperparameters.eps("added to the denominator after bias-correcting the root of the second moment", 1e-8),
            Hyperparameters.l2WeightDecay(),
            new BooleanParameter("amsgrad", "use the running maximum of the second moment (AMSGrad)", false));

    public AdamProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Adam(values.real("beta1"), values.real("beta2"), values.real("eps"), values.real("weight_decay"), values.bool("amsgrad"), false);
    }
}
