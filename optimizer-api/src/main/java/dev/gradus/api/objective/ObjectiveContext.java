package dev.gradus.api.objective;

import dev.gradus.api.param.ParameterValues;
import java.util.Objects;

/**
 * What an objective provider is given to make one objective for one run.
 *
 * @param dimension  the dimension asked for; the provider's {@link Dimensions} accept it
 * @param parameters validated values of the provider's parameters
 * @param seed       the run's seed, for objectives that draw random data (the same seed must give
 *                   the same objective)
 */
public record ObjectiveContext(int dimension, ParameterValues parameters, long seed) {

    public ObjectiveContext {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, was " + dimension);
        }
        Objects.requireNonNull(parameters, "parameters");
    }
}
