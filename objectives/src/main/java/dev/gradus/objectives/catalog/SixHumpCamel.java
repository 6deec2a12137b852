package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the six-hump camel function
 * {@code f(x, y) = (4 - 2.1x^2 + x^4/3) x^2 + xy + (4y^2 - 4) y^2} under the id
 * {@code six-hump-camel}: six minima, two of them global and symmetric through the origin.
 *
 * <p>Gradient: {@code (8x - 8.4x^3 + 2x^5 + y, x - 8y + 16y^3)}. Global minima: -1.0316284534898774
 * at ±(0.08984201310031807, -0.7126564030207396) (located by Newton's method in double precision).
 * Usual domain: {@code x in [-3, 3], y in [-2, 2]} (Jamil and Yang 2013).
 */
public final class SixHumpCamel extends PlaneFunctionProvider {
    public SixHumpCamel() {
        super(new ProviderInfo("six-hump-camel", "Six-hump camel", BuildInfo.VERSION, GradusApi.VERSION,
                "Six minima, two of them global with value -1.0316 at about (0.0898, -0.7127) and (-0.0898, 0.7127)."), new SixHumps());
    }

    private static final class SixHumps extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (4*y^2 - 4)*y^2")
                .suggestedStart(-1.5, -1)
                .plotWindow(Box.of(-2, 2, -1.2, 1.2))
                .domain(Box.of(-3, 3, -2, 2))
                .globalMinimum(new double[] {0.08984201310031807, -0.7126564030207396}, -1.0316284534898774)
                .globalMinimum(new double[] {-0.08984201310031807, 0.7126564030207396}, -1.0316284534898774)
                .logScaledContours(false)
                .build();

        @Override
        double value(double x, double y) {
            double x2 = x * x;
            double y2 = y * y;
            return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (4 * y2 - 4) * y2;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double x2 = x * x;
            double y2 = y * y;
            gradient[0] = 8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y;
            gradient[1] = x - 8 * y + 16 * y2 * y;
            return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (4 * y2 - 4) * y2;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
