package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Radam} under the id {@code radam}: Adam with a rectified adaptive rate, exactly as torch.optim.RAdam. */
public final class RadamProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("radam", "RAdam", "Rectified Adam: momentum SGD while the second-moment estimate is unreliable, then Adam scaled by a variance rectification, exactly as torch.optim.RAdam.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-3),
            Hyperparameters.beta1(),
            Hyperparameters.beta2("decay rate of the second moment"),
            Hyperparameters.eps("added to the root of the raw second moment", 1e-8),
            Hyperparameters.l2WeightDecay());

    public RadamProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Radam(values.real("beta1"), values.real("beta2"), values.real("eps"), values.real("weight_decay"));
    }
}
