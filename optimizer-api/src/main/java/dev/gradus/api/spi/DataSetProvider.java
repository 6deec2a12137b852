package dev.gradus.api.spi;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.ParameterValues;

/**
 * Makes {@link DataSet}s: generated data ({@code xor}, {@code two-moons}, a noisy {@code line}).
 * Register an implementation in {@code META-INF/services/dev.gradus.api.spi.DataSetProvider}.
 * Hosts pick one with {@code --data ID} and set its parameters with {@code -d NAME=VALUE}.
 */
public interface DataSetProvider extends Provider {

    /**
     * The data for one run.
     *
     * @param values validated values of {@link #parameters()}
     * @param seed   the run's seed: the same seed and values give the same data, bit for bit
     *               (draw with {@code SeededRandom.of(seed, "data")})
     */
    DataSet create(ParameterValues values, long seed);
}
