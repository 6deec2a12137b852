package dev.gradus.api.objective;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.ParameterValues;
import java.util.Objects;

/**
 * What an objective provider is given to make one objective for one run.
 *
 * @param dimension  the dimension asked for; the provider's {@link Dimensions} accept it
 * @param parameters validated values of the provider's parameters
 * @param seed       the run's seed, for objectives that draw random data or initial points (the
 *                   same seed must give the same objective; draw with
 *                   {@code SeededRandom.of(seed, purpose)})
 * @param data       the data set the user chose, for a provider that {@linkplain
 *                   dev.gradus.api.spi.ObjectiveProvider#dataUse() uses data}; null when none
 */
public record ObjectiveContext(int dimension, ParameterValues parameters, long seed, DataSet data) {

    public ObjectiveContext {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, was " + dimension);
        }
        Objects.requireNonNull(parameters, "parameters");
    }

    /** A context without data. */
    public ObjectiveContext(int dimension, ParameterValues parameters, long seed) {
        this(dimension, parameters, seed, null);
    }
}
