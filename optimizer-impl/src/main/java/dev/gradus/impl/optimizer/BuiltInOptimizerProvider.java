package dev.gradus.impl.optimizer;

import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;

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
}
