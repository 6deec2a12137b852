package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides Lévi's function N.13
 * {@code f(x, y) = sin^2(3πx) + (x - 1)^2 (1 + sin^2(3πy)) + (y - 1)^2 (1 + sin^2(2πy))} under the id
 * {@code levi-13}: a bowl covered in a dense egg-crate of local minima.
 *
 * <p>Gradient: {@code (3π sin(6πx) + 2(x - 1)(1 + sin^2(3πy)),
 * 3π (x - 1)^2 sin(6πy) + 2(y - 1)(1 + sin^2(2πy)) + 2π (y - 1)^2 sin(4πy))}. Global minimum: 0 at
 * (1, 1). Usual domain: {@code [-10, 10]^2} (Jamil and Yang 2013).
 */
public final class Levi13 extends PlaneFunctionProvider {
    public Levi13() {
        super(new ProviderInfo("levi-13", "Lévi N.13", BuildInfo.VERSION, GradusApi.VERSION,
                "A bowl under a dense egg-crate of local minima; the global minimum 0 at (1, 1)."), new EggCrate());
    }

    private static final class EggCrate extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("sin(3*pi*x)^2 + (x - 1)^2*(1 + sin(3*pi*y)^2) + (y - 1)^2*(1 + sin(2*pi*y)^2)")
                .suggestedStart(-3, 4)
                .plotWindow(Box.of(-4, 6, -4, 6))
                .domain(Box.of(-10, 10, -10, 10))
                .globalMinimum(new double[] {1, 1}, 0)
                .logScaledContours(false)
                .build();

        @Override
        double value(double x, double y) {
            double s1 = Math.sin(3 * Math.PI * x);
            double s2 = Math.sin(3 * Math.PI * y);
            double s3 = Math.sin(2 * Math.PI * y);
            double dx = x - 1;
            double dy = y - 1;
            return s1 * s1 + dx * dx * (1 + s2 * s2) + dy * dy * (1 + s3 * s3);
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double s1 = Math.sin(3 * Math.PI * x);
            double s2 = Math.sin(3 * Math.PI * y);
            double s3 = Math.sin(2 * Math.PI * y);
            double dx = x - 1;
            double dy = y - 1;
            gradient[0] = 3 * Math.PI * Math.sin(6 * Math.PI * x) + 2 * dx * (1 + s2 * s2);
            gradient[1] = 3 * Math.PI * dx * dx * Math.sin(6 * Math.PI * y) + 2 * dy * (1 + s3 * s3)
                    + 2 * Math.PI * dy * dy * Math.sin(4 * Math.PI * y);
            return s1 * s1 + dx * dx * (1 + s2 * s2) + dy * dy * (1 + s3 * s3);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
