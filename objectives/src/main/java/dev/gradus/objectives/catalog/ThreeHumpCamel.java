package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the three-hump camel function {@code f(x, y) = 2x^2 - 1.05x^4 + x^6/6 + xy + y^2} under the
 * id {@code three-hump-camel}: a global minimum between two local ones (about (±1.75, ∓0.87), value
 * 0.2986), so a start on either side shows whether an optimizer crosses the humps.
 *
 * <p>Gradient: {@code (4x - 4.2x^3 + x^5 + y, x + 2y)}. Global minimum: 0 at (0, 0). Usual domain:
 * {@code [-5, 5]^2} (Jamil and Yang 2013).
 */
public final class ThreeHumpCamel extends PlaneFunctionProvider {
    public ThreeHumpCamel() {
        super(new ProviderInfo("three-hump-camel", "Three-hump camel", BuildInfo.VERSION, GradusApi.VERSION,
                "Three valleys: the global minimum 0 at the origin between two local minima near (1.75, -0.87) and (-1.75, 0.87)."), new ThreeHumps());
    }

    private static final class ThreeHumps extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2")
                .suggestedStart(2, -1.5)
                .plotWindow(Box.of(-2.5, 2.5, -2.5, 2.5))
                .domain(Box.of(-5, 5, -5, 5))
                .globalMinimum(new double[] {0, 0}, 0)
                .logScaledContours(true)
                .build();

        @Override
        double value(double x, double y) {
            double x2 = x * x;
            return 2 * x2 - 1.05 * x2 * x2 + x2 * x2 * x2 / 6 + x * y + y * y;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double x2 = x * x;
            gradient[0] = 4 * x - 4.2 * x2 * x + x2 * x2 * x + y;
            gradient[1] = x + 2 * y;
            return 2 * x2 - 1.05 * x2 * x2 + x2 * x2 * x2 / 6 + x * y + y * y;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
