package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;

/**
 * Beale's function {@code (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²}: flat
 * plateaus and sharp ridges around a narrow valley leading to the minimum 0 at (3, 0.5).
 * Reference: E. M. L. Beale, "On an iterative method for finding a local minimum of a function of
 * more than one variable", 1958.
 */
public final class Beale extends PlaneFunction {
    public Beale() {
        super(BuildInfo.info("beale", "Beale",
                "Flat plateaus and steep ridges around a narrow curved valley; the minimum is 0 at (3, 0.5). "
                        + "Tests how an optimizer copes with gradients that vary over orders of magnitude."));
    }

    @Override
    double value(double x, double y) {
        double t1 = 1.5 - x + x * y;
        double t2 = 2.25 - x + x * y * y;
        double t3 = 2.625 - x + x * y * y * y;
        return t1 * t1 + t2 * t2 + t3 * t3;
    }

    @Override
    double valueAndGradient(double x, double y, double[] gradient) {
        double y2 = y * y;
        double y3 = y2 * y;
        double t1 = 1.5 - x + x * y;
        double t2 = 2.25 - x + x * y2;
        double t3 = 2.625 - x + x * y3;
        gradient[0] = 2 * t1 * (y - 1) + 2 * t2 * (y2 - 1) + 2 * t3 * (y3 - 1);
        gradient[1] = 2 * t1 * x + 4 * t2 * x * y + 6 * t3 * x * y2;
        return t1 * t1 + t2 * t2 + t3 * t3;
    }

    @Override
    ObjectiveMetadata describe() {
        return ObjectiveMetadata.builder(2).formula("(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2")
                .suggestedStart(1, 1).plotWindow(Box.of(-4.5, 4.5, -4.5, 4.5)).globalMinimum(0, 3, 0.5).logScaledContours(true).build();
    }
}
