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
 * Provides {@code classes} interleaved Archimedean spirals under the id {@code spirals}, one class
 * per arm ({@code "0" .. "k-1"}), features {@code x1, x2}: the classic two-spirals problem of Lang
 * and Witbrock, widened to any number of arms from 2 to 8.
 *
 * <p>Point {@code i = 0 .. m-1} of arm {@code c} of {@code k}, with {@code m = points} and
 * {@code s = (i + 1) / m}, lies at radius {@code r = s} and angle
 * {@code theta = 2 pi (turns s + c / k)}: {@code (r cos theta, r sin theta)}. So every arm winds
 * {@code turns} times out from the centre to radius 1, arm {@code c} is arm 0 turned by
 * {@code 2 pi c / k}, and neighbouring arms are {@code 1 / (turns k)} apart along a radius. Then
 * each coordinate gets independent Gaussian noise of standard deviation {@code noise}.
 *
 * <p>Row order: arm 0 from the centre outwards, then arm 1, and so on. The noise is drawn row by
 * row, {@code x1} before {@code x2}. With {@code noise = 0} the data is the same for every seed.
 *
 * <p>Reference: K. J. Lang, M. J. Witbrock, "Learning to tell two spirals apart", Proceedings of
 * the 1988 Connectionist Models Summer School.
 */
public final class Spirals implements DataSetProvider {
    private static final ProviderInfo INFO = new ProviderInfo("spirals", "Spirals", Recipes.VERSION, GradusApi.VERSION,
            "Two or more interleaved Archimedean spirals with Gaussian noise, one class per arm: the classic two-spirals "
                    + "benchmark, which needs a strongly non-linear decision boundary.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerParameter("classes", "number of spiral arms, one class each", 2, 2, 8),
            new IntegerParameter("points", "number of points on each arm", 100, 1, 10_000),
            RealParameter.of("noise", "standard deviation of the Gaussian noise added to each coordinate", 0.1, Range.closed(0, 10)),
            RealParameter.of("turns", "how many full turns each arm makes from the centre out to radius 1", 1.5, Range.openClosed(0, 10)));

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
        int classes = Math.toIntExact(values.integer("classes"));
        int points = Math.toIntExact(values.integer("points"));
        double noise = values.real("noise");
        double turns = values.real("turns");
        SeededRandom random = SeededRandom.of(seed, "data");
        LabelledPlane plane = new LabelledPlane(classes * points);
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < points; i++) {
                double s = (double) (i + 1) / points;
                double theta = 2 * StrictMath.PI * (turns * s + (double) c / classes);
                plane.add(s * StrictMath.cos(theta) + noise * random.nextGaussian(), s * StrictMath.sin(theta) + noise * random.nextGaussian(), c);
            }
        }
        return plane.toDataSet(INFO.id(), classes);
    }
}
