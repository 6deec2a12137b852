package dev.gradus.api.spi;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.param.ParameterValues;
import java.util.Set;

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

    /** Whether objectives of this provider learn from a data set ({@code --data}). */
    enum DataUse {
        /** No data: a function of its point alone. */
        NONE,
        /** A data set is required; {@link ObjectiveContext#data()} is never null. */
        REQUIRED
    }

    /**
     * What every objective of this provider offers (an exact gradient, mini-batches); none by
     * default. The TCK holds a provider to what it declares (rule J8).
     *
     * @since 1.3
     */
    default Set<ObjectiveCapability> capabilities() {
        return Set.of();
    }

    /** Whether this provider needs a data set; {@link DataUse#NONE} by default. */
    default DataUse dataUse() {
        return DataUse.NONE;
    }

    /**
     * The dimensions this provider can make with these parameter values and this data set (a
     * model's parameter count depends on the data's features and classes). By default
     * {@link #dimensions(ParameterValues)}.
     *
     * @param values validated values of {@link #parameters()}
     * @param data   the data set, for a provider that {@linkplain #dataUse() uses data}; else null
     * @throws dev.gradus.api.error.GradusException when the values do not fit the data (a network
     *     whose input layer is not the data's feature count), with the reason
     */
    default Dimensions dimensions(ParameterValues values, DataSet data) {
        return dimensions(values);
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
