package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides Easom's function {@code f(x, y) = -cos(x) cos(y) exp(-((x - π)^2 + (y - π)^2))} under the
 * id {@code easom}: flat almost everywhere, with a single narrow well, so that a start a few units away
 * sees a gradient of practically zero.
 *
 * <p>Gradient, with {@code E = exp(-((x - π)^2 + (y - π)^2))}:
 * {@code (E cos(y) (sin(x) + 2(x - π) cos(x)), E cos(x) (sin(y) + 2(y - π) cos(y)))}. Global minimum:
 * -1 at (π, π). Usual domain: {@code [-100, 100]^2} (Jamil and Yang 2013).
 */
public final class Easom extends PlaneFunctionProvider {
    public Easom() {
        super(new ProviderInfo("easom", "Easom", BuildInfo.VERSION, GradusApi.VERSION,
                "A flat plain with one narrow well: the global minimum -1 at (pi, pi), invisible to a gradient from afar."), new NarrowWell());
    }

    private static final class NarrowWell extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("-cos(x)*cos(y)*exp(-((x - pi)^2 + (y - pi)^2))")
                .suggestedStart(2, 2.5)
                .plotWindow(Box.of(0, 6, 0, 6))
                .domain(Box.of(-100, 100, -100, 100))
                .globalMinimum(new double[] {Math.PI, Math.PI}, -1)
                .logScaledContours(false)
                .build();

        @Override
        double value(double x, double y) {
            double dx = x - Math.PI;
            double dy = y - Math.PI;
            return -Math.cos(x) * Math.cos(y) * Math.exp(-(dx * dx + dy * dy));
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double dx = x - Math.PI;
            double dy = y - Math.PI;
            double e = Math.exp(-(dx * dx + dy * dy));
            double cx = Math.cos(x);
            double cy = Math.cos(y);
            gradient[0] = e * cy * (Math.sin(x) + 2 * dx * cx);
            gradient[1] = e * cx * (Math.sin(y) + 2 * dy * cy);
            return -cx * cy * e;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
