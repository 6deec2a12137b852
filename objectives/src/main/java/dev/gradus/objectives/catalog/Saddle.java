package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the saddle {@code f(x, y) = x^2 - y^2} under the id {@code saddle}: the simplest
 * stationary point that is not a minimum. It curves up along x and down along y, so it is unbounded
 * below and has no minimum at all; a descent is expected to run away along y, and the interesting
 * question is how long it lingers near the saddle point first.
 *
 * <p>Gradient: {@code (2x, -2y)}. Saddle point: the origin, where the gradient vanishes and the
 * Hessian {@code diag(2, -2)} has one eigenvalue of each sign. Plain gradient descent with learning
 * rate {@code lr} multiplies x by {@code 1 - 2 lr} and y by {@code 1 + 2 lr} at each step: a start on
 * the x axis walks into the saddle point and stays there, any other start escapes, the more slowly
 * the closer it starts to the axis.
 *
 * <p>Start: {@code (1, 0.1)}, close to the x axis. Plot window: {@code [-2, 2]^2}; the function has
 * no usual domain (it is the whole plane), so none narrower is set.
 */
public final class Saddle extends PlaneFunctionProvider {
    public Saddle() {
        super(new ProviderInfo("saddle", "Saddle", BuildInfo.VERSION, GradusApi.VERSION,
                "x^2 - y^2: a saddle point at the origin and no minimum, unbounded below along y. Shows how long a descent lingers "
                        + "near a saddle before it escapes."), new HorseSaddle());
    }

    private static final class HorseSaddle extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("x^2 - y^2")
                .suggestedStart(1, 0.1)
                .plotWindow(Box.of(-2, 2, -2, 2))
                .unboundedBelow()
                .logScaledContours(false)
                .build();

        @Override
        double value(double x, double y) {
            return x * x - y * y;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            gradient[0] = 2 * x;
            gradient[1] = -2 * y;
            return x * x - y * y;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
