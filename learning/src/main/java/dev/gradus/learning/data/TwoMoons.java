package dev.gradus.learning.data;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.data.SeededRandom;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;

/**
 * Provides scikit-learn's {@code make_moons} under the id {@code two-moons}: two interleaving half
 * circles, classes {@code "0"} (outer) and {@code "1"} (inner), features {@code x1, x2}.
 *
 * <p>Of {@code points} rows, the outer moon gets {@code points / 2} (rounded down) and the inner
 * one the rest, as scikit-learn splits them. With {@code t} evenly spaced over {@code [0, pi]} per
 * moon (numpy's {@code linspace}, both ends included), the outer moon's points are
 * {@code (cos t, sin t)} and the inner moon's {@code (1 - cos t, 1 - sin t - 0.5)}; then each
 * coordinate gets independent Gaussian noise of standard deviation {@code noise}.
 *
 * <p>Row order: the outer moon by increasing {@code t}, then the inner moon by increasing
 * {@code t} (scikit-learn's order before its optional shuffle, which is not done here). The noise
 * is drawn row by row, {@code x1} before {@code x2}. With {@code noise = 0} the data is the same
 * for every seed.
 */
public final class TwoMoons implements DataSetProvider {
    private static final ProviderInfo INFO = new ProviderInfo("two-moons", "Two moons", Recipes.VERSION, GradusApi.VERSION,
            "Two interleaving half circles with Gaussian noise, built as scikit-learn's make_moons builds them: "
                    + "a classic set that no straight line separates.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerParameter("points", "total number of points; the outer moon gets half, rounded down", 200, 2, 100_000),
            RealParameter.of("noise", "standard deviation of the Gaussian noise added to each coordinate", 0.1, Range.closed(0, 10)));

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
        int points = Math.toIntExact(values.integer("points"));
        double noise = values.real("noise");
        int outer = points / 2;
        int inner = points - outer;
        SeededRandom random = SeededRandom.of(seed, "data");
        LabelledPlane plane = new LabelledPlane(points);
        for (int i = 0; i < outer; i++) {
            double t = EvenlySpaced.closed(0, StrictMath.PI, i, outer);
            plane.add(StrictMath.cos(t) + noise * random.nextGaussian(), StrictMath.sin(t) + noise * random.nextGaussian(), 0);
        }
        for (int i = 0; i < inner; i++) {
            double t = EvenlySpaced.closed(0, StrictMath.PI, i, inner);
            plane.add(1 - StrictMath.cos(t) + noise * random.nextGaussian(), 1 - StrictMath.sin(t) - 0.5 + noise * random.nextGaussian(), 1);
        }
        return plane.toDataSet(INFO.id(), 2);
    }
}
