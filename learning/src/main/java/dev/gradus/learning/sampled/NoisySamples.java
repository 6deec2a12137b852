package dev.gradus.learning.sampled;

import dev.gradus.api.data.SeededRandom;
import dev.gradus.objectives.catalog.WavyPolynomial;

/**
 * Seed 000's data: {@code points} samples of the catalog's {@code wavy-polynomial} {@code p} at
 * {@code x = linspace(-10, 10, points)}, each {@code y_i = p(x_i) + noise * z_i} with the
 * {@code z_i} standard normal, drawn in order of {@code i} from {@code SeededRandom.of(seed,
 * "data")}: the same seed gives the same samples, bit for bit. The article adds
 * {@code np.random.normal(0, 0.2)}, noise of standard deviation 0.2. Immutable.
 */
final class NoisySamples {
    /** The samples lie in {@code [-HALF_WIDTH, HALF_WIDTH]}, the article's {@code linspace(-10, 10, 100)}. */
    static final double HALF_WIDTH = 10;

    private final double[] x;
    private final double[] y;

    private NoisySamples(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * Draws the samples.
     *
     * @param points how many, at least 2
     * @param noise  the standard deviation of the noise, at least 0
     * @param seed   the run's seed
     */
    static NoisySamples draw(int points, double noise, long seed) {
        if (points < 2 || !(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("need points >= 2 and finite noise >= 0, got " + points + " and " + noise);
        }
        double[] x = linspace(-HALF_WIDTH, HALF_WIDTH, points);
        double[] c = WavyPolynomial.coefficients();
        SeededRandom random = SeededRandom.of(seed, "data");
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            y[i] = horner(c, x[i]) + noise * random.nextGaussian();
        }
        return new NoisySamples(x, y);
    }

    /**
     * numpy's {@code linspace(start, stop, num)} to the bit: {@code start + i * ((stop - start) /
     * (num - 1))}, with the last value exactly {@code stop}.
     */
    static double[] linspace(double start, double stop, int num) {
        double step = (stop - start) / (num - 1);
        double[] values = new double[num];
        for (int i = 0; i < num; i++) {
            values[i] = i * step + start;
        }
        values[num - 1] = stop;
        return values;
    }

    /** {@code sum_k c_k x^k}, the catalog's own evaluation order. */
    private static double horner(double[] c, double x) {
        double sum = c[c.length - 1];
        for (int k = c.length - 2; k >= 0; k--) {
            sum = sum * x + c[k];
        }
        return sum;
    }

    /** The number of samples. */
    int size() {
        return x.length;
    }

    /** Shared, not copied: callers in this package only read it. */
    double[] xs() {
        return x;
    }

    /** Shared, not copied: callers in this package only read it. */
    double[] ys() {
        return y;
    }
}
