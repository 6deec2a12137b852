package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the Goldstein-Price function
 * {@code f(x, y) = [1 + (x + y + 1)^2 (19 - 14x + 3x^2 - 14y + 6xy + 3y^2)]
 * [30 + (2x - 3y)^2 (18 - 32x + 12x^2 + 48y - 36xy + 27y^2)]} under the id {@code goldstein-price}:
 * values spanning six orders of magnitude over its domain, with several local minima (30 at
 * (1.2, 0.8), 84 at (1.8, 0.2), 840 at (-0.6, -0.4)).
 *
 * <p>Gradient: the product rule on {@code A B} with {@code A = 1 + a^2 P}, {@code a = x + y + 1},
 * {@code dP/dx = dP/dy = 6x + 6y - 14}, and {@code B = 30 + b^2 Q}, {@code b = 2x - 3y},
 * {@code dQ/dx = 24x - 36y - 32}, {@code dQ/dy = 54y - 36x + 48}. Global minimum: 3 at (0, -1).
 * Usual domain: {@code [-2, 2]^2} (Jamil and Yang 2013).
 */
public final class GoldsteinPrice extends PlaneFunctionProvider {
    public GoldsteinPrice() {
        super(new ProviderInfo("goldstein-price", "Goldstein-Price", BuildInfo.VERSION, GradusApi.VERSION,
                "Steep walls and several local minima over six orders of magnitude; the global minimum 3 at (0, -1)."), new Product());
    }

    private static final class Product extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))*(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))")
                .suggestedStart(-1, 1)
                .plotWindow(Box.of(-2, 2, -2, 2))
                .domain(Box.of(-2, 2, -2, 2))
                .globalMinimum(new double[] {0, -1}, 3)
                .logScaledContours(true)
                .build();

        @Override
        double value(double x, double y) {
            double a = x + y + 1;
            double p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
            double b = 2 * x - 3 * y;
            double q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
            return (1 + a * a * p) * (30 + b * b * q);
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double a = x + y + 1;
            double p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
            double b = 2 * x - 3 * y;
            double q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
            double first = 1 + a * a * p;
            double second = 30 + b * b * q;
            double firstSlope = 2 * a * p + a * a * (6 * x + 6 * y - 14);
            gradient[0] = firstSlope * second + first * (4 * b * q + b * b * (24 * x - 36 * y - 32));
            gradient[1] = firstSlope * second + first * (-6 * b * q + b * b * (54 * y - 36 * x + 48));
            return first * second;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
