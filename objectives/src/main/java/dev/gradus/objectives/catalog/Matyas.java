package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides Matyas' function {@code f(x, y) = 0.26 (x^2 + y^2) - 0.48 x y} under the id
 * {@code matyas}: a quadratic whose Hessian {@code [[0.52, -0.48], [-0.48, 0.52]]} has eigenvalues 1
 * and 0.04, a flat valley along the diagonal with condition number 25.
 *
 * <p>Gradient: {@code (0.52 x - 0.48 y, 0.52 y - 0.48 x)}. Minimum: 0 at (0, 0). Usual domain:
 * {@code [-10, 10]^2} (Jamil and Yang 2013).
 */
public final class Matyas extends PlaneFunctionProvider {
    public Matyas() {
        super(new ProviderInfo("matyas", "Matyas", BuildInfo.VERSION, GradusApi.VERSION,
                "A flat quadratic valley along the diagonal (condition number 25) with its minimum 0 at the origin."), new DiagonalValley());
    }

    private static final class DiagonalValley extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("0.26*(x^2 + y^2) - 0.48*x*y")
                .suggestedStart(-8, 6)
                .plotWindow(Box.of(-10, 10, -10, 10))
                .domain(Box.of(-10, 10, -10, 10))
                .globalMinimum(new double[] {0, 0}, 0)
                .logScaledContours(true)
                .build();

        @Override
        double value(double x, double y) {
            return 0.26 * (x * x + y * y) - 0.48 * x * y;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            gradient[0] = 0.52 * x - 0.48 * y;
            gradient[1] = 0.52 * y - 0.48 * x;
            return 0.26 * (x * x + y * y) - 0.48 * x * y;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
