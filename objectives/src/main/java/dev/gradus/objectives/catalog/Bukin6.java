package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides Bukin's function N.6 {@code f(x, y) = 100 sqrt(|y - 0.01x^2|) + 0.01 |x + 10|} under the
 * id {@code bukin-6}: a ridge-shaped valley along the parabola {@code y = 0.01x^2} with walls as
 * steep as a square root's at its floor, and a floor that falls only by 0.01 per unit towards the
 * minimum. Gradient methods bounce between the walls and barely move along the floor.
 *
 * <p>Gradient: with {@code u = y - 0.01x^2} and {@code s = sqrt(|u|)},
 * {@code (-x sgn(u) / s + 0.01 sgn(x + 10), 50 sgn(u) / s)}. The function is not differentiable on the
 * valley floor {@code u = 0}, where the slope across the valley is infinite, nor on the line
 * {@code x = -10}, where {@code |x + 10|} has a kink; the metadata says {@code smooth = false}. The
 * gradient there is a choice: the terms of a kink are taken as 0 ({@code sgn(0) = 0}), that is 0 for
 * the square root's term on the floor and 0 for the derivative of {@code |x + 10|} on its line, the
 * middle of its one-sided slopes. The global minimum, where both kinks meet, thus gets the gradient 0.
 *
 * <p>Global minimum: 0 at (-10, 1), the one point where both terms vanish. Start: (-7, 0), below the
 * valley. Usual domain and plot window: {@code x in [-15, -5], y in [-3, 3]} (Jamil and Yang 2013).
 *
 * <p>Reference: A. D. Bukin, "New minimization strategy for non-smooth functions", Budker Institute
 * of Nuclear Physics preprint BUDKER-INP-1997-79, 1997.
 */
public final class Bukin6 extends PlaneFunctionProvider {
    public Bukin6() {
        super(new ProviderInfo("bukin-6", "Bukin N.6", BuildInfo.VERSION, GradusApi.VERSION,
                "A narrow valley along y = 0.01x^2 with square-root walls and a nearly level floor; not differentiable on the floor. "
                        + "The global minimum 0 at (-10, 1)."), new RidgeValley());
    }

    private static final class RidgeValley extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("100*sqrt(abs(y - 0.01*x^2)) + 0.01*abs(x + 10)")
                .suggestedStart(-7, 0)
                .plotWindow(Box.of(-15, -5, -3, 3))
                .domain(Box.of(-15, -5, -3, 3))
                .globalMinimum(new double[] {-10, 1}, 0)
                .logScaledContours(true)
                .smooth(false)
                .build();

        @Override
        double value(double x, double y) {
            return 100 * Math.sqrt(Math.abs(y - 0.01 * x * x)) + 0.01 * Math.abs(x + 10);
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double u = y - 0.01 * x * x;
            double s = Math.sqrt(Math.abs(u));
            // d(100 sqrt|u|)/du = 50 sgn(u) / sqrt|u|; taken as 0 on the floor u = 0, where it is infinite
            double wall = u == 0 ? 0 : 50 * Math.signum(u) / s;
            gradient[0] = -0.02 * x * wall + 0.01 * Math.signum(x + 10);
            gradient[1] = wall;
            return 100 * s + 0.01 * Math.abs(x + 10);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
