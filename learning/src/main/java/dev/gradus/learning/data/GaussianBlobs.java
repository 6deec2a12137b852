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
 * Provides {@code classes} isotropic Gaussian blobs in the plane under the id
 * {@code gaussian-blobs}, one class per blob ({@code "0" .. "k-1"}), features {@code x1, x2}: in the
 * spirit of scikit-learn's {@code make_blobs}, but with fixed centres instead of random ones, so
 * that only the points depend on the seed.
 *
 * <p>The centre of blob {@code c} of {@code k} is
 * {@code spread (cos(2 pi c / k), sin(2 pi c / k))}: the centres are evenly spaced on a circle of
 * radius {@code spread} about the origin, blob 0's on the positive {@code x1} axis. Each blob has
 * {@code points} points, its centre plus independent Gaussian noise of standard deviation
 * {@code deviation} in each coordinate.
 *
 * <p>Row order: blob 0's points, then blob 1's, and so on. The noise is drawn row by row,
 * {@code x1} before {@code x2}.
 */
public final class GaussianBlobs implements DataSetProvider {
    private static final ProviderInfo INFO = new ProviderInfo("gaussian-blobs", "Gaussian blobs", Recipes.VERSION, GradusApi.VERSION,
            "Round Gaussian clusters, one class each, centred evenly on a circle about the origin (like scikit-learn's make_blobs, "
                    + "with fixed centres): the easy case, separable by straight lines when the blobs are tight.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerParameter("classes", "number of blobs, one class each", 3, 2, 12),
            new IntegerParameter("points", "number of points in each blob", 50, 1, 10_000),
            RealParameter.of("deviation", "standard deviation of each blob in each coordinate", 0.5, Range.closed(0, 100)),
            RealParameter.of("spread", "radius of the circle the blob centres are evenly spaced on", 3, Range.closed(0, 1000)));

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    /** The documented centre of blob {@code c} of {@code classes}, {@code {x1, x2}}. */
    static double[] centre(int c, int classes, double spread) {
        double angle = 2 * StrictMath.PI * c / classes;
        return new double[] {spread * StrictMath.cos(angle), spread * StrictMath.sin(angle)};
    }

    @Override
    public DataSet create(ParameterValues values, long seed) {
        int classes = Math.toIntExact(values.integer("classes"));
        int points = Math.toIntExact(values.integer("points"));
        double deviation = values.real("deviation");
        double spread = values.real("spread");
        SeededRandom random = SeededRandom.of(seed, "data");
        LabelledPlane plane = new LabelledPlane(classes * points);
        for (int c = 0; c < classes; c++) {
            double[] centre = centre(c, classes, spread);
            for (int i = 0; i < points; i++) {
                plane.add(centre[0] + deviation * random.nextGaussian(), centre[1] + deviation * random.nextGaussian(), c);
            }
        }
        return plane.toDataSet(INFO.id(), classes);
    }
}
