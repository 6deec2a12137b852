package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the monkey saddle {@code f(x, y) = x^3 - 3xy^2} under the id {@code monkey-saddle}: a
 * saddle with three valleys (two for the legs, one for the tail) instead of two, the real part of
 * {@code (x + iy)^3}. It is unbounded below and has no minimum.
 *
 * <p>Gradient: {@code (3x^2 - 3y^2, -6xy)}. Saddle point: the origin, where the gradient and the
 * whole Hessian vanish, a degenerate stationary point that no second-order test classifies. The
 * function falls without bound along the three rays at angles π/3, π and 5π/3 (where it is
 * {@code -r^3}) and rises along the three between them; a descent is slow near the origin, where the
 * gradient is quadratically small, and fast once it has left.
 *
 * <p>Start: {@code (1, 0.1)}. Plot window: {@code [-2, 2]^2}; the function has no usual domain (it
 * is the whole plane), so none narrower is set.
 */
public final class MonkeySaddle extends PlaneFunctionProvider {
    public MonkeySaddle() {
        super(new ProviderInfo("monkey-saddle", "Monkey saddle", BuildInfo.VERSION, GradusApi.VERSION,
                "x^3 - 3xy^2: a saddle with three downhill valleys and a degenerate stationary point at the origin, unbounded below "
                        + "and without a minimum."), new ThreeValleys());
    }

    private static final class ThreeValleys extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("x^3 - 3*x*y^2")
                .suggestedStart(1, 0.1)
                .plotWindow(Box.of(-2, 2, -2, 2))
                .unboundedBelow()
                .logScaledContours(false)
                .build();

        @Override
        double value(double x, double y) {
            return x * (x * x - 3 * y * y);
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            gradient[0] = 3 * (x * x - y * y);
            gradient[1] = -6 * x * y;
            return x * (x * x - 3 * y * y);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
