package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Set;

/** A built-in optimizer provider: a fixed identity and parameter space, and a {@code create} of its own. */
abstract class BuiltInOptimizerProvider implements OptimizerProvider {
    private final ProviderInfo info;
    private final ParameterSpace parameters;

    BuiltInOptimizerProvider(ProviderInfo info, ParameterSpace parameters) {
        this.info = info;
        this.parameters = parameters;
    }

    @Override
    public final ProviderInfo info() {
        return info;
    }

    @Override
    public final ParameterSpace parameters() {
        return parameters;
    }

    /** Every built-in optimizer's state names its vectors (momentum's velocity, Adam's moments, L-BFGS's last step). */
    @Override
    public Set<OptimizerCapability> capabilities() {
        return Set.of(OptimizerCapability.STATE_VECTORS);
    }
}
