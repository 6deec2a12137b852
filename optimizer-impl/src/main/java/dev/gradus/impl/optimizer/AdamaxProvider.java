package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Adamax} under the id {@code adamax}: Adam with the infinity norm in place of the root mean square, exactly as torch.optim.Adamax. */
public final class AdamaxProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("adamax", "Adamax", "Adam with the infinity norm: steps divided by a decaying maximum of the gradient's magnitude, exactly as torch.optim.Adamax.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(2e-3),
            Hyperparameters.beta1(),
            Hyperparameters.beta2("decay rate of the infinity norm"),
            Hyperparameters.eps("added to |g| inside the max", 1e-8),
            Hyperparameters.l2WeightDecay());

    public AdamaxProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Adamax(values.real("beta1"), values.real("beta2"), values.real("eps"), values.real("weight_decay"));
    }
}
