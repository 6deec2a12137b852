package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Adadelta} under the id {@code adadelta}: steps scaled by the ratio of running RMS of updates and gradients, exactly as torch.optim.Adadelta. */
public final class AdadeltaProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("adadelta", "Adadelta",
            "Each coordinate's step is the gradient scaled by the ratio of the running root mean squares of past updates and of "
                    + "gradients, exactly as torch.optim.Adadelta.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1.0),
            RealParameter.of("rho", "decay rate of the running averages of squared gradients and squared updates", 0.9, Range.closed(0, 1)),
            Hyperparameters.eps("added inside both roots; sets the size of the first steps", 1e-6),
            Hyperparameters.l2WeightDecay());

    public AdadeltaProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Adadelta(values.real("rho"), values.real("eps"), values.real("weight_decay"));
    }
}
