package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.data.SeededRandom;
import dev.gradus.api.objective.DifferentiableObjective;
import java.util.function.ToDoubleFunction;

/** Checks an exact gradient against central differences {@code (f(x + h e_i) - f(x - h e_i)) / 2h} with {@code h = 1e-6}. */
final class CentralDifference {
    static final double H = 1e-6;
    /**
     * Relative to {@code max(|g_i|, 1e-2)}: the central difference errs by about {@code h^2 f'''/6}
     * (1e-12 here) plus rounding of {@code 1e-16 |f| / h} (1e-10), so a gap of 1e-6 is a mistake.
     */
    static final double TOLERANCE = 1e-6;

    private CentralDifference() {
    }

    /** The central difference of {@code f} at {@code x} along coordinate {@code i}. */
    static double partial(ToDoubleFunction<double[]> f, double[] x, int i) {
        double[] p = x.clone();
        p[i] = x[i] + H;
        double up = f.applyAsDouble(p);
        p[i] = x[i] - H;
        double down = f.applyAsDouble(p);
        return (up - down) / (2 * H);
    }

    /** Asserts that {@code gradient} is the gradient of {@code f} at {@code x}, coordinate by coordinate. */
    static void assertGradient(ToDoubleFunction<double[]> f, double[] x, double[] gradient, String what) {
        for (int i = 0; i < x.length; i++) {
            double numeric = partial(f, x, i);
            assertThat(gradient[i]).as("%s: partial %d", what, i).isCloseTo(numeric,
                    within(TOLERANCE * Math.max(Math.abs(numeric), 1e-2)));
        }
    }

    /** Asserts that the objective's value and back-propagated gradient at {@code x} agree with {@link #partial}. */
    static void assertGradient(DifferentiableObjective f, double[] x, String what) {
        double[] gradient = new double[x.length];
        double value = f.valueAndGradient(x, gradient);
        assertThat(value).as("%s: value beside the gradient", what).isEqualTo(f.value(x));
        assertGradient(f::value, x, gradient, what);
    }

    /** {@code n} standard normal numbers times {@code scale}. */
    static double[] randomPoint(long seed, int n, double scale) {
        SeededRandom random = SeededRandom.of(seed, "point");
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = scale * random.nextGaussian();
        }
        return x;
    }
}
