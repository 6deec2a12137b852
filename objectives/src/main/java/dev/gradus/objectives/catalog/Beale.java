package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides Beale's function under the id {@code beale}:
 * {@code f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2}. Flat plateaus
 * and steep walls surround a narrow curved valley that leads to the minimum 0 at (3, 0.5); the
 * gradient varies over many orders of magnitude across the usual domain {@code [-4.5, 4.5]^2}.
 *
 * <p>Gradient: with {@code t1, t2, t3} the three bracketed terms,
 * {@code df/dx = 2 t1 (y - 1) + 2 t2 (y^2 - 1) + 2 t3 (y^3 - 1)} and
 * {@code df/dy = 2 t1 x + 4 t2 x y + 6 t3 x y^2}. Start: (1, 1), the standard start of Moré,
 * Garbow and Hillstrom.
 *
 * <p>References: E. M. L. Beale, "On an iterative method for finding a local minimum of a function
 * of more than one variable", Princeton University, 1958; J. J. Moré, B. S. Garbow, K. E. Hillstrom,
 * "Testing unconstrained optimization software", ACM TOMS 7 (1981).
 */
public final class Beale extends PlaneFunctionProvider {
    public Beale() {
        super(new ProviderInfo("beale", "Beale", BuildInfo.VERSION, GradusApi.VERSION,
                "Flat plateaus and steep walls around a narrow curved valley, with the minimum 0 at (3, 0.5). Tests how an "
                        + "optimizer copes with gradients that vary over many orders of magnitude."), new Plateaus());
    }

    private static final class Plateaus extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2")
                .suggestedStart(1, 1)
                .plotWindow(Box.of(-4.5, 4.5, -4.5, 4.5))
                .domain(Box.of(-4.5, 4.5, -4.5, 4.5))
                .globalMinimum(new double[] {3, 0.5}, 0)
                .logScaledContours(true)
                .build();

        @Override
        double value(double x, double y) {
            double y2 = y * y;
            double y3 = y2 * y;
            double t1 = 1.5 - x + x * y;
            double t2 = 2.25 - x + x * y2;
            double t3 = 2.625 - x + x * y3;
            return t1 * t1 + t2 * t2 + t3 * t3;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double y2 = y * y;
            double y3 = y2 * y;
            double t1 = 1.5 - x + x * y;
            double t2 = 2.25 - x + x * y2;
            double t3 = 2.625 - x + x * y3;
            gradient[0] = 2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1));
            gradient[1] = 2 * x * (t1 + 2 * t2 * y + 3 * t3 * y2);
            return t1 * t1 + t2 * t2 + t3 * t3;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
