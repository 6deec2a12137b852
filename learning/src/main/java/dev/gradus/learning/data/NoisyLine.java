package dev.gradus.learning.data;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;

/**
 * Provides points scattered about a straight line under the id {@code line}, for linear
 * regression: feature {@code x}, target {@code y}, with {@code points} values of {@code x} evenly
 * spaced over {@code [x_min, x_max]} (both ends included) and
 * {@code y = slope * x + intercept + e}, {@code e ~ N(0, noise^2)} drawn independently per row.
 * By default 50 points about {@code y = 2x + 1} on {@code [-5, 5]} with noise 0.5.
 *
 * <p>Row order: by increasing {@code x}. With {@code noise = 0} every point is exactly on the line
 * (as {@code slope * x + intercept} rounds in double precision) and the data is the same for every
 * seed.
 */
public final class NoisyLine implements DataSetProvider {
    private static final ProviderInfo INFO = new ProviderInfo("line", "Noisy line", Recipes.VERSION, GradusApi.VERSION,
            "Evenly spaced x with y = slope * x + intercept plus Gaussian noise: the simplest regression, whose least-squares "
                    + "answer is known in closed form.");
    private static final Range COEFFICIENT = Range.closed(-1e6, 1e6);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerParameter("points", "number of points", 50, 2, 100_000),
            RealParameter.of("x_min", "smallest x, the first point's", -5, COEFFICIENT),
            RealParameter.of("x_max", "largest x, the last point's", 5, COEFFICIENT),
            RealParameter.of("slope", "slope of the line", 2, COEFFICIENT),
            RealParameter.of("intercept", "value of the line at x = 0", 1, COEFFICIENT),
            RealParameter.of("noise", "standard deviation of the Gaussian noise added to each y", 0.5, Range.closed(0, 1e6)))
            .withRule("x_min must be less than x_max", v -> v.real("x_min") < v.real("x_max"), "x_min", "x_max");

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public DataSet create(ParameterValues values, long seed) {
        double slope = values.real("slope");
        double intercept = values.real("intercept");
        return NoisyCurve.sample(INFO.id(), x -> slope * x + intercept, values.real("x_min"), values.real("x_max"),
                Math.toIntExact(values.integer("points")), values.real("noise"), seed);
    }
}
