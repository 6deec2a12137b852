package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the cross-in-tray function
 * {@code f(x, y) = -0.0001 (|sin(x) sin(y) exp(|100 - sqrt(x^2 + y^2)/π|)| + 1)^0.1} under the id
 * {@code cross-in-tray}: a tray of cells between the lines {@code x = kπ} and {@code y = kπ}, each
 * with a local minimum, deepest in the four cells that touch the origin, separated by the sharp
 * ridges of a cross along the axes.
 *
 * <p>Gradient: with {@code s = sin(x) sin(y)}, {@code r = sqrt(x^2 + y^2)}, {@code w = 100 - r/π},
 * {@code E = exp(|w|)} and {@code q = |s| E + 1},
 * {@code df/dx = -0.00001 q^(-0.9) E (sgn(s) cos(x) sin(y) - |s| sgn(w) x / (π r))} and likewise
 * {@code df/dy = -0.00001 q^(-0.9) E (sgn(s) sin(x) cos(y) - |s| sgn(w) y / (π r))}. The function
 * is not differentiable where {@code s = 0}, on the lines {@code x = kπ} and {@code y = kπ} (the
 * ridges, where {@code |s|} has a kink), nor on the circle {@code r = 100π}, far outside the usual
 * domain; the metadata says {@code smooth = false}. The gradient there is a choice: {@code sgn(0) = 0},
 * so the term of each kink is 0, the middle of its one-sided slopes; {@code x / r} is taken as 0 at
 * the origin.
 *
 * <p>Global minima: -2.062611870822736877795483... at {@code (±m, ±m)},
 * {@code m = 1.349406617153910791793351...}, all four signs (the function is even in x and in y and
 * symmetric in their exchange). The minima are smooth points; they were located by Newton's method
 * on the gradient in 50-digit arithmetic and rounded to the nearest double, and a Newton step in
 * double precision from the listed point moves it by at most an ulp (GlobalMinimaTest). The
 * literature gives them as -2.06261 at (±1.34941, ±1.34941). Start: {@code (3.5, -2)}. Usual domain and plot window: {@code [-10, 10]^2} (Jamil and Yang 2013).
 *
 * <p>Reference: A.-R. Hedar, "Global optimization test problems"; M. Jamil, X.-S. Yang, "A literature
 * survey of benchmark functions for global optimization problems", Int. J. Math. Model. Numer.
 * Optim. 4 (2013).
 */
public final class CrossInTray extends PlaneFunctionProvider {
    /** The minimizers' |x| = |y|, nearest double to 1.349406617153910791793351422485371081984. */
    private static final double M = 1.3494066171539107;
    /** Nearest double to -2.062611870822736877795483360267135120134. */
    private static final double MINIMUM = -2.062611870822737;

    public CrossInTray() {
        super(new ProviderInfo("cross-in-tray", "Cross-in-tray", BuildInfo.VERSION, GradusApi.VERSION,
                "A tray of cells with a local minimum each, split by sharp ridges along the lines x = k pi and y = k pi; four global "
                        + "minima -2.0626 at (+-1.3494, +-1.3494)."), new Tray());
    }

    private static final class Tray extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("-0.0001*(abs(sin(x)*sin(y)*exp(abs(100 - sqrt(x^2 + y^2)/pi))) + 1)^0.1")
                .suggestedStart(3.5, -2)
                .plotWindow(Box.of(-10, 10, -10, 10))
                .domain(Box.of(-10, 10, -10, 10))
                .globalMinimum(new double[] {M, M}, MINIMUM)
                .globalMinimum(new double[] {-M, M}, MINIMUM)
                .globalMinimum(new double[] {-M, -M}, MINIMUM)
                .globalMinimum(new double[] {M, -M}, MINIMUM)
                .logScaledContours(false)
                .smooth(false)
                .build();

        @Override
        double value(double x, double y) {
            double r = Math.sqrt(x * x + y * y);
            double q = Math.abs(Math.sin(x) * Math.sin(y)) * Math.exp(Math.abs(100 - r / Math.PI)) + 1;
            return -0.0001 * Math.pow(q, 0.1);
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double sx = Math.sin(x);
            double sy = Math.sin(y);
            double s = sx * sy;
            double r = Math.sqrt(x * x + y * y);
            double w = 100 - r / Math.PI;
            double e = Math.exp(Math.abs(w));
            double q = Math.abs(s) * e + 1;
            double root = Math.pow(q, 0.1);
            double scale = -0.00001 * root / q * e;
            double sign = Math.signum(s);
            // d|w|/dr = -sgn(w)/π, times dr/dx = x/r (taken as 0 at the origin, where |s| = 0 anyway)
            double radial = r == 0 ? 0 : Math.abs(s) * Math.signum(w) / (Math.PI * r);
            gradient[0] = scale * (sign * Math.cos(x) * sy - radial * x);
            gradient[1] = scale * (sign * sx * Math.cos(y) - radial * y);
            return -0.0001 * root;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
