package dev.gradus.api.spi;

import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;

/**
 * Makes {@link Objective}s. Register an implementation in
 * {@code META-INF/services/dev.gradus.api.spi.ObjectiveProvider}.
 */
public interface ObjectiveProvider extends Provider {

    /** The dimensions this provider can make. */
    Dimensions dimensions();

    /**
     * An objective for one run.
     *
     * @param context the dimension (accepted by {@link #dimensions()}), validated parameter values
     *                and the run's seed
     * @throws IllegalArgumentException when the dimension is not one {@link #dimensions()} accepts;
     *     hosts check first, so this is a host bug
     */
    Objective create(ObjectiveContext context);
}
