package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the elongated bowl {@code f(x, y) = x^2/20 + y^2} under the id {@code elongated-bowl}:
 * the function of the optimizer comparison in Koki Saito, "Deep Learning from Scratch" (2016),
 * section 6.1, and of seed article 004. Its Hessian is {@code diag(1/10, 2)}, so it is twenty times
 * flatter along x than along y: gradient descent zig-zags across y while it crawls along x, and
 * converges only for learning rates below 1.
 *
 * <p>Gradient: {@code (x/10, 2y)}. Minimum: 0 at the origin. Start: (-7, 2), as in the book.
 */
public final class ElongatedBowl extends PlaneFunctionProvider {
    public ElongatedBowl() {
        super(new ProviderInfo("elongated-bowl", "Elongated bowl", BuildInfo.VERSION, GradusApi.VERSION,
                "x^2/20 + y^2, a bowl twenty times flatter along x than along y, from the optimizer comparison of Deep Learning from "
                        + "Scratch. Shows plain gradient descent zig-zagging where momentum and adaptive methods do not."), new Bowl());
    }

    private static final class Bowl extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("x^2/20 + y^2")
                .suggestedStart(-7, 2)
                .plotWindow(Box.of(-10, 10, -5, 5))
                .globalMinimum(new double[] {0, 0}, 0)
                .logScaledContours(true)
                .build();

        @Override
        double value(double x, double y) {
            return x * x / 20 + y * y;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            gradient[0] = x / 10;
            gradient[1] = 2 * y;
            return x * x / 20 + y * y;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
