package dev.gradus.api.spi;

import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.param.ParameterValues;

/**
 * Makes {@link Objective}s. Register an implementation in
 * {@code META-INF/services/dev.gradus.api.spi.ObjectiveProvider}.
 */
public interface ObjectiveProvider extends Provider {

    /** The dimensions this provider can make, over all parameter values. */
    Dimensions dimensions();

    /**
     * The dimensions this provider can make with these parameter values. Most providers' dimensions
     * do not depend on their parameters, and need not override this; a formula objective's
     * dimension is the number of its variables.
     *
     * @param values validated values of {@link #parameters()}
     * @return dimensions within {@link #dimensions()}
     * @throws dev.gradus.api.error.GradusException when the values cannot make an objective at all
     *     (a formula that does not parse), with the reason
     */
    default Dimensions dimensions(ParameterValues values) {
        return dimensions();
    }

    /**
     * An objective for one run.
     *
     * @param context the dimension (accepted by {@link #dimensions(ParameterValues)}), validated parameter values
     *                and the run's seed
     * @throws IllegalArgumentException when the dimension is not one {@link #dimensions(ParameterValues)}
     *     accepts; hosts check first, so this is a host bug
     * @throws dev.gradus.api.error.GradusException when the parameter values cannot make an objective
     *     (a formula that does not parse), with the reason
     */
    Objective create(ObjectiveContext context);
}
