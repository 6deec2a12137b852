package dev.gradus.learning.data;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.data.SeededRandom;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * One-feature regression data: {@code x} evenly spaced over {@code [xMin, xMax]} (numpy's
 * {@code linspace}, both ends included), {@code y = f(x)} plus Gaussian noise. Rows run by
 * increasing {@code x}; one noise value is drawn per row, in row order.
 */
final class NoisyCurve {

    private NoisyCurve() {
    }

    static DataSet sample(String name, DoubleUnaryOperator f, double xMin, double xMax, int points, double noise, long seed) {
        SeededRandom random = SeededRandom.of(seed, "data");
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = EvenlySpaced.closed(xMin, xMax, i, points);
            y[i] = f.applyAsDouble(x[i]) + noise * random.nextGaussian();
        }
        return new DataSet(name, List.of("x"), "y", x, y, List.of());
    }
}
