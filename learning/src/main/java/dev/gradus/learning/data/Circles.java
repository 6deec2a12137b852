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
 * Provides scikit-learn's {@code make_circles} under the id {@code circles}: a circle of radius 1,
 * class {@code "0"}, around a concentric circle of radius {@code factor}, class {@code "1"};
 * features {@code x1, x2}.
 *
 * <p>Of {@code points} rows, the outer circle gets {@code points / 2} (rounded down) and the inner
 * one the rest, as scikit-learn splits them. Each circle's {@code m} points sit at the angles
 * {@code 2 pi j / m}, {@code j = 0 .. m-1} (numpy's {@code linspace} without the end point), so the
 * first point of each is on the positive {@code x1} axis; then each coordinate gets independent
 * Gaussian noise of standard deviation {@code noise}.
 *
 * <p>Row order: the outer circle by increasing angle, then the inner circle by increasing angle
 * (scikit-learn's order before its optional shuffle, which is not done here). The noise is drawn
 * row by row, {@code x1} before {@code x2}. With {@code noise = 0} the data is the same for every
 * seed.
 */
public final class Circles implements DataSetProvider {
    private static final ProviderInfo INFO = new ProviderInfo("circles", "Circles", Recipes.VERSION, GradusApi.VERSION,
            "A noisy circle of radius 1 around a smaller concentric one, built as scikit-learn's make_circles builds them: "
                    + "separable by a circle, never by a straight line.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerParameter("points", "total number of points; the outer circle gets half, rounded down", 200, 2, 100_000),
            RealParameter.of("noise", "standard deviation of the Gaussian noise added to each coordinate", 0.05, Range.closed(0, 10)),
            RealParameter.of("factor", "radius of the inner circle, the outer one's being 1", 0.5, Range.closedOpen(0, 1)));

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
        double factor = values.real("factor");
        int outer = points / 2;
        int inner = points - outer;
        SeededRandom random = SeededRandom.of(seed, "data");
        LabelledPlane plane = new LabelledPlane(points);
        for (int j = 0; j < outer; j++) {
            double angle = EvenlySpaced.halfOpen(0, 2 * StrictMath.PI, j, outer);
            plane.add(StrictMath.cos(angle) + noise * random.nextGaussian(), StrictMath.sin(angle) + noise * random.nextGaussian(), 0);
        }
        for (int j = 0; j < inner; j++) {
            double angle = EvenlySpaced.halfOpen(0, 2 * StrictMath.PI, j, inner);
            plane.add(factor * StrictMath.cos(angle) + noise * random.nextGaussian(), factor * StrictMath.sin(angle) + noise * random.nextGaussian(),
                    1);
        }
        return plane.toDataSet(INFO.id(), 2);
    }
}
