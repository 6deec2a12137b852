package org.example.signdescent;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Set;

/** Lion, found through META-INF/services. */
public final class LionProvider implements OptimizerProvider {
    private static final ProviderInfo INFO = new ProviderInfo("lion", "Lion", "1.0.0", GradusApi.VERSION,
            "EvoLved sign momentum (Chen et al., 2023): the sign of an interpolated momentum, with decoupled weight decay.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-4),
            RealParameter.of("beta1", "interpolation between the momentum and the gradient for the update", 0.9, Range.closedOpen(0, 1)),
            RealParameter.of("beta2", "decay of the momentum", 0.99, Range.closedOpen(0, 1)),
            RealParameter.of("weight_decay", "decoupled weight decay, scaled by the learning rate", 0, Range.atLeast(0)));

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    /** Its state names the momentum, for the lab's views. */
    @Override
    public Set<OptimizerCapability> capabilities() {
        return Set.of(OptimizerCapability.STATE_VECTORS);
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Lion(values.real("beta1"), values.real("beta2"), values.real("weight_decay"));
    }
}
