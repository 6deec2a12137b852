package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Objective;
import java.util.Arrays;
import java.util.Random;

/** Checks an analytic gradient against a numerical one that is accurate far beyond the tolerance. */
final class GradientCheck {
    /**
     * Relative to {@code max(1, |g_i|)}. The numerical gradient below is exact for every catalog
     * function up to rounding, and rounding stays below 1e-8 there, so this leaves room only for
     * true mistakes.
     */
    static final double TOLERANCE = 1e-7;

    private GradientCheck() {
    }

    /**
     * {@code df/dx_i} by the five-point central difference, refined by one Richardson step. The
     * five-point rule errs by {@code h^4 f^(5)/30}; combining step {@code h} and {@code h/2} as
     * {@code (16 D(h/2) - D(h)) / 15} cancels that term, leaving an error of order {@code h^6} that
     * vanishes for polynomials of degree at most 6 in {@code x_i} (Beale is of degree 6 in y) and is
     * about {@code h^6 f^(7)} otherwise: with {@code h = 1e-3} below 1e-9 even for the 6π ripples of
     * Lévi N.13, while rounding stays near 1e-12 relative.
     */
    static double partial(Objective f, double[] x, int i) {
        return partial(f, x, i, step(x, i));
    }

    /** {@link #partial(Objective, double[], int)} with step {@code h}: its stencil reaches {@code 2h} from {@code x}. */
    static double partial(Objective f, double[] x, int i, double h) {
        return (16 * fivePoint(f, x, i, h / 2) - fivePoint(f, x, i, h)) / 15;
    }

    private static double step(double[] x, int i) {
        return 1e-3 * Math.max(1, Math.abs(x[i]));
    }

    private static double fivePoint(Objective f, double[] x, int i, double h) {
        double[] p = x.clone();
        p[i] = x[i] - 2 * h;
        double m2 = f.value(p);
        p[i] = x[i] - h;
        double m1 = f.value(p);
        p[i] = x[i] + h;
        double p1 = f.value(p);
        p[i] = x[i] + 2 * h;
        double p2 = f.value(p);
        return (m2 - 8 * m1 + 8 * p1 - p2) / (12 * h);
    }

    /** A point drawn uniformly from {@code box}. */
    static double[] pointIn(Box box, Random random) {
        double[] x = new double[box.dimension()];
        for (int i = 0; i < x.length; i++) {
            x[i] = box.lower(i) + random.nextDouble() * (box.upper(i) - box.lower(i));
        }
        return x;
    }

    /** Asserts that the analytic gradient agrees with {@link #partial} at {@code points} random points of the plot window. */
    static void assertAgreesInPlotWindow(DifferentiableObjective f, int points, long seed) {
        assertAgreesInPlotWindow(f, points, seed, Kinks.NONE);
    }

    /**
     * Asserts that the analytic gradient agrees with a numerical one at {@code points} random points
     * of the plot window, skipping those within {@link Kinks#SKIP_RADIUS} of a kink. Near a kink the
     * difference quotient's step shrinks to a twentieth of the distance, so that the stencil stays on
     * one side of it and the function is smooth over the stencil; the skip can therefore stay narrow.
     *
     * @return how many points were skipped
     */
    static int assertAgreesInPlotWindow(DifferentiableObjective f, int points, long seed, Kinks kinks) {
        Random random = new Random(seed);
        double[] g = new double[f.dimension()];
        int skipped = 0;
        for (int k = 0; k < points; k++) {
            double[] x = pointIn(f.metadata().plotWindow(), random);
            double distance = kinks.distanceFrom(x);
            if (distance < Kinks.SKIP_RADIUS) {
                skipped++;
                continue;
            }
            f.valueAndGradient(x, g);
            for (int i = 0; i < x.length; i++) {
                double numerical = partial(f, x, i, Math.min(step(x, i), distance / 20));
                assertThat(g[i]).as("df/dx%d at %s", i + 1, Arrays.toString(x))
                        .isCloseTo(numerical, within(TOLERANCE * Math.max(1, Math.abs(numerical))));
            }
        }
        return skipped;
    }

    /** The Euclidean norm. */
    static double norm(double[] v) {
        double sum = 0;
        for (double e : v) {
            sum += e * e;
        }
        return Math.sqrt(sum);
    }
}
