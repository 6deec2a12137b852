package dev.gradus.api.spi;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.param.ParameterValues;
import java.util.Set;

/**
 * Makes configured {@link Optimizer}s. Register an implementation in
 * {@code META-INF/services/dev.gradus.api.spi.OptimizerProvider}.
 */
public interface OptimizerProvider extends Provider {

    /** What the optimizer needs beyond a plain step; none by default. */
    default Set<OptimizerCapability> capabilities() {
        return Set.of();
    }

    /**
     * A configured optimizer.
     *
     * @param values values of {@link #parameters()}, already validated
     */
    Optimizer<?> create(ParameterValues values);
}
