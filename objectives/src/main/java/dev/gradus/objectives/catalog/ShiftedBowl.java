package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides {@code f(x, y) = (x - 1)^2 + (y - 2)^2} under the id {@code shifted-bowl}: the round bowl
 * of seed article 002, whose gradient descent from (0, 0) with learning rate 0.1 takes 20 steps
 * towards (1, 2). Every step of plain gradient descent shrinks the distance to the minimum by the
 * factor {@code 1 - 2 lr}.
 *
 * <p>Gradient: {@code (2(x - 1), 2(y - 2))}. Minimum: 0 at (1, 2).
 */
public final class ShiftedBowl extends PlaneFunctionProvider {
    public ShiftedBowl() {
        super(new ProviderInfo("shifted-bowl", "Shifted bowl", BuildInfo.VERSION, GradusApi.VERSION,
                "A round bowl with its minimum 0 at (1, 2), the example of numerical gradient descent from (0, 0)."), new Bowl());
    }

    private static final class Bowl extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("(x - 1)^2 + (y - 2)^2")
                .suggestedStart(0, 0)
                .plotWindow(Box.of(-2, 4, -1, 5))
                .domain(Box.of(-10, 10, -10, 10))
                .globalMinimum(new double[] {1, 2}, 0)
                .logScaledContours(true)
                .build();

        @Override
        double value(double x, double y) {
            double dx = x - 1;
            double dy = y - 2;
            return dx * dx + dy * dy;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double dx = x - 1;
            double dy = y - 2;
            gradient[0] = 2 * dx;
            gradient[1] = 2 * dy;
            return dx * dx + dy * dy;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
