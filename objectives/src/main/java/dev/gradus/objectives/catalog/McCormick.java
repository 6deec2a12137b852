package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides McCormick's function {@code f(x, y) = sin(x + y) + (x - y)^2 - 1.5x + 2.5y + 1} under the
 * id {@code mccormick}: a tilted valley along the diagonal with a sine ripple across it.
 *
 * <p>Gradient: {@code (cos(x + y) + 2(x - y) - 1.5, cos(x + y) - 2(x - y) + 2.5)}. Global minimum:
 * {@code -√3/2 - π/3 = -1.9132229549810362} at {@code (1/2 - π/3, -1/2 - π/3)} (there x - y = 1 and
 * cos(x + y) = -1/2). Usual domain: {@code x in [-1.5, 4], y in [-3, 4]} (Jamil and Yang 2013).
 */
public final class McCormick extends PlaneFunctionProvider {
    public McCormick() {
        super(new ProviderInfo("mccormick", "McCormick", BuildInfo.VERSION, GradusApi.VERSION,
                "A rippled diagonal valley; the global minimum -1.9132 at (1/2 - pi/3, -1/2 - pi/3)."), new RippledValley());
    }

    private static final class RippledValley extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1")
                .suggestedStart(3, 3)
                .plotWindow(Box.of(-1.5, 4, -3, 4))
                .domain(Box.of(-1.5, 4, -3, 4))
                .globalMinimum(new double[] {0.5 - Math.PI / 3, -0.5 - Math.PI / 3}, -Math.sqrt(3) / 2 - Math.PI / 3)
                .logScaledContours(false)
                .build();

        @Override
        double value(double x, double y) {
            double d = x - y;
            return Math.sin(x + y) + d * d - 1.5 * x + 2.5 * y + 1;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double d = x - y;
            double c = Math.cos(x + y);
            gradient[0] = c + 2 * d - 1.5;
            gradient[1] = c - 2 * d + 2.5;
            return Math.sin(x + y) + d * d - 1.5 * x + 2.5 * y + 1;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
