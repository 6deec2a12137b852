package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Set;

/**
 * The provider of a {@link PlaneFunction}: fixed at two dimensions, without parameters. The
 * function keeps no state, so every run gets the same instance.
 */
abstract class PlaneFunctionProvider implements ObjectiveProvider {
    private final ProviderInfo info;
    private final PlaneFunction function;

    PlaneFunctionProvider(ProviderInfo info, PlaneFunction function) {
        this.info = info;
        this.function = function;
    }

    @Override
    public final ProviderInfo info() {
        return info;
    }

    /** An exact gradient, in closed form. */
    @Override
    public final Set<ObjectiveCapability> capabilities() {
        return Set.of(ObjectiveCapability.EXACT_GRADIENT);
    }

    @Override
    public final Dimensions dimensions() {
        return PlaneFunction.DIMENSIONS;
    }

    @Override
    public final Objective create(ObjectiveContext context) {
        if (!PlaneFunction.DIMENSIONS.accepts(context.dimension())) {
            throw new IllegalArgumentException(info.id() + " is 2-D, not " + context.dimension() + "-D");
        }
        return function;
    }
}
