package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;

/**
 * {@code f(x, y) = x²/20 + y²}: a bowl twenty times flatter along x than along y, the function of
 * the optimizer-comparison figures in "Deep Learning from Scratch" (seed articles 002 and 004).
 * Gradient descent zig-zags across the steep axis while it crawls along the flat one.
 */
public final class ElongatedBowl extends PlaneFunction {
    public ElongatedBowl() {
        super(BuildInfo.info("elongated-bowl", "Elongated bowl",
                "x^2/20 + y^2, twenty times flatter along x than y: plain gradient descent zig-zags, momentum and adaptive methods do "
                        + "not. The optimizer-comparison function of Deep Learning from Scratch."));
    }

    @Override
    double value(double x, double y) {
        return x * x / 20 + y * y;
    }

    @Override
    double valueAndGradient(double x, double y, double[] gradient) {
        gradient[0] = x / 10;
        gradient[1] = 2 * y;
        return value(x, y);
    }

    @Override
    ObjectiveMetadata describe() {
        return ObjectiveMetadata.builder(2).formula("x^2/20 + y^2").suggestedStart(-7, 2).plotWindow(Box.of(-10, 10, -5, 5))
                .globalMinimum(0, 0, 0).logScaledContours(true).build();
    }
}
