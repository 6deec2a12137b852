package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the Hölder table function {@code f(x, y) = -|sin(x) cos(y) exp(|1 - sqrt(x^2 + y^2)/π|)|}
 * under the id {@code holder-table}: a table of cells between the lines {@code x = kπ} and
 * {@code y = π/2 + kπ}, each with a local minimum, the cells growing deeper away from the circle
 * {@code r = π}; the four deepest sit near the corners of {@code [-10, 10]^2}, the table's legs.
 *
 * <p>Gradient: with {@code p = sin(x) cos(y)}, {@code r = sqrt(x^2 + y^2)}, {@code w = 1 - r/π} and
 * {@code E = exp(|w|)}, {@code df/dx = -E (sgn(p) cos(x) cos(y) - |p| sgn(w) x / (π r))} and
 * {@code df/dy = -E (-sgn(p) sin(x) sin(y) - |p| sgn(w) y / (π r))}. The function is not
 * differentiable where {@code p = 0}, on the lines {@code x = kπ} and {@code y = π/2 + kπ} (the
 * ridges between the cells, where {@code |p|} has a kink), nor on the circle {@code r = π}, where
 * {@code |w|} has one; the metadata says {@code smooth = false}. The gradient there is a choice:
 * {@code sgn(0) = 0}, so the term of each kink is 0, the middle of its one-sided slopes; {@code x / r}
 * is taken as 0 at the origin.
 *
 * <p>Global minima: -19.208502567886731831751341... at {@code (±8.055023475736563419812448...,
 * ±9.664590019241272889952285...)}, all four signs (the function is even in x and in y). They are
 * smooth points; they were located by Newton's method on the gradient in 50-digit arithmetic and
 * rounded to the nearest double, and a Newton step in double precision from the listed point moves it
 * by at most an ulp (GlobalMinimaTest). Start: {@code (4, -2)}. Usual domain and plot window:
 * {@code [-10, 10]^2} (S. Surjanovic, D. Bingham, "Virtual Library of Simulation Experiments", who
 * give the minima as -19.2085 at (±8.05502, ±9.66459)).
 *
 * <p>Reference: S. K. Mishra, "Some new test functions for global optimization and performance of
 * repulsive particle swarm method", MPRA Paper 2718 (2006).
 */
public final class HolderTable extends PlaneFunctionProvider {
    /** Nearest double to 8.055023475736563419812448873888761892195. */
    private static final double X = 8.055023475736563;
    /** Nearest double to 9.664590019241272889952285814947511408161. */
    private static final double Y = 9.664590019241272;
    /** Nearest double to -19.20850256788673183175134100804532882307. */
    private static final double MINIMUM = -19.208502567886732;

    public HolderTable() {
        super(new ProviderInfo("holder-table", "Hölder table", BuildInfo.VERSION, GradusApi.VERSION,
                "A table of cells with a local minimum each, split by sharp ridges; four global minima -19.2085 at (+-8.0550, +-9.6646), "
                        + "near the corners of the domain."), new Table());
    }

    private static final class Table extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("-abs(sin(x)*cos(y)*exp(abs(1 - sqrt(x^2 + y^2)/pi)))")
                .suggestedStart(4, -2)
                .plotWindow(Box.of(-10, 10, -10, 10))
                .domain(Box.of(-10, 10, -10, 10))
                .globalMinimum(new double[] {X, Y}, MINIMUM)
                .globalMinimum(new double[] {-X, Y}, MINIMUM)
                .globalMinimum(new double[] {-X, -Y}, MINIMUM)
                .globalMinimum(new double[] {X, -Y}, MINIMUM)
                .logScaledContours(false)
                .smooth(false)
                .build();

        @Override
        double value(double x, double y) {
            double r = Math.sqrt(x * x + y * y);
            return -Math.abs(Math.sin(x) * Math.cos(y)) * Math.exp(Math.abs(1 - r / Math.PI));
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double sx = Math.sin(x);
            double cx = Math.cos(x);
            double sy = Math.sin(y);
            double cy = Math.cos(y);
            double p = sx * cy;
            double r = Math.sqrt(x * x + y * y);
            double w = 1 - r / Math.PI;
            double e = Math.exp(Math.abs(w));
            double sign = Math.signum(p);
            // d|w|/dr = -sgn(w)/π, times dr/dx = x/r (taken as 0 at the origin, where |p| = 0 anyway)
            double radial = r == 0 ? 0 : Math.abs(p) * Math.signum(w) / (Math.PI * r);
            gradient[0] = -e * (sign * cx * cy - radial * x);
            gradient[1] = -e * (-sign * sx * sy - radial * y);
            return -Math.abs(p) * e;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
