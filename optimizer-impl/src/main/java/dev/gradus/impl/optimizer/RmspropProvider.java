package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Rmsprop} under the id {@code rmsprop}: steps divided by a running root mean square, exactly as torch.optim.RMSprop. */
public final class RmspropProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("rmsprop", "RMSprop",
            "Root mean square propagation: each coordinate's step is divided by a running root mean square of its gradients, "
                    + "exactly as torch.optim.RMSprop (optionally centered, with momentum).");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-2),
            RealParameter.of("alpha", "smoothing constant of the running mean of squared gradients", 0.99, Range.closed(0, 1)),
            Hyperparameters.eps("added to the root of the mean square (outside the root)", 1e-8),
            Hyperparameters.l2WeightDecay(),
            RealParameter.of("momentum", "momentum factor applied to the scaled step", 0, Range.atLeast(0)),
            new BooleanParameter("centered", "divide by the estimated standard deviation: subtract the squared running mean of the gradient",
                    false));

    public RmspropProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Rmsprop(values.real("alpha"), values.real("eps"), values.real("weight_decay"), values.real("momentum"), values.bool("centered"));
    }
}
