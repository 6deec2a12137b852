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

/** AdaBelief, found through META-INF/services. */
public final class AdaBeliefProvider implements OptimizerProvider {
    private static final ProviderInfo INFO = new ProviderInfo("adabelief", "AdaBelief", "0.1.0", GradusApi.VERSION,
            "Adam with the step scaled by the belief in the gradient, its running variance around the running mean (Zhuang et al., 2020).");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-3),
            RealParameter.of("beta1", "decay of the first moment", 0.9, Range.closedOpen(0, 1)),
            RealParameter.of("beta2", "decay of the belief (the gradient's variance)", 0.999, Range.closedOpen(0, 1)),
            RealParameter.of("eps", "added to the belief and to its root", 1e-16, Range.greaterThan(0)),
            RealParameter.of("weight_decay", "decoupled weight decay, scaled by the learning rate", 0, Range.atLeast(0)));

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    /** Its state names the first moment and the belief (the scale of the gradient's deviation), for the lab's views. */
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
        return new AdaBelief(values.real("beta1"), values.real("beta2"), values.real("eps"), values.real("weight_decay"));
    }
}
