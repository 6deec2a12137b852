package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides Booth's function {@code f(x, y) = (x + 2y - 7)^2 + (2x + y - 5)^2} under the id
 * {@code booth}: a quadratic whose Hessian {@code [[10, 8], [8, 10]]} has eigenvalues 18 and 2, so
 * its level sets are ellipses tilted by 45 degrees with condition number 9, and plain gradient
 * descent converges exactly for learning rates below {@code 2/18 = 1/9}.
 *
 * <p>Gradient: with {@code p = x + 2y - 7} and {@code q = 2x + y - 5}, {@code (2p + 4q, 4p + 2q)}.
 * Minimum: 0 at (1, 3). Usual domain: {@code [-10, 10]^2} (Jamil and Yang, "A literature survey of
 * benchmark functions for global optimization problems", 2013).
 */
public final class Booth extends PlaneFunctionProvider {
    public Booth() {
        super(new ProviderInfo("booth", "Booth", BuildInfo.VERSION, GradusApi.VERSION,
                "A tilted quadratic bowl with condition number 9 and its minimum 0 at (1, 3). A plain check of step-size limits: "
                        + "gradient descent converges only for learning rates below 1/9."), new TiltedBowl());
    }

    private static final class TiltedBowl extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("(x + 2*y - 7)^2 + (2*x + y - 5)^2")
                .suggestedStart(-5, -5)
                .plotWindow(Box.of(-10, 10, -10, 10))
                .domain(Box.of(-10, 10, -10, 10))
                .globalMinimum(new double[] {1, 3}, 0)
                .logScaledContours(true)
                .build();

        @Override
        double value(double x, double y) {
            double p = x + 2 * y - 7;
            double q = 2 * x + y - 5;
            return p * p + q * q;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double p = x + 2 * y - 7;
            double q = 2 * x + y - 5;
            gradient[0] = 2 * p + 4 * q;
            gradient[1] = 4 * p + 2 * q;
            return p * p + q * q;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
