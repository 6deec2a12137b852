package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;

/**
 * Himmelblau's function {@code (x² + y − 11)² + (x + y² − 7)²}: four global minima of value 0, so
 * where a run ends depends on where it starts. The three irrational minimizers are given to full
 * double precision (found by Newton's method; the gradient there is below 1e-13).
 * Reference: D. M. Himmelblau, "Applied Nonlinear Programming", 1972.
 */
public final class Himmelblau extends PlaneFunction {
    public Himmelblau() {
        super(BuildInfo.info("himmelblau", "Himmelblau",
                "Four global minima of value 0, at (3, 2) and three irrational points: which one a run reaches depends on its start "
                        + "and its optimizer."));
    }

    @Override
    double value(double x, double y) {
        double u = x * x + y - 11;
        double v = x + y * y - 7;
        return u * u + v * v;
    }

    @Override
    double valueAndGradient(double x, double y, double[] gradient) {
        double u = x * x + y - 11;
        double v = x + y * y - 7;
        gradient[0] = 4 * x * u + 2 * v;
        gradient[1] = 2 * u + 4 * y * v;
        return u * u + v * v;
    }

    @Override
    ObjectiveMetadata describe() {
        return ObjectiveMetadata.builder(2).formula("(x^2 + y - 11)^2 + (x + y^2 - 7)^2").suggestedStart(0, 0)
                .plotWindow(Box.of(-5, 5, -5, 5))
                .globalMinimum(0, 3, 2)
                .globalMinimum(0, -2.805118086952745, 3.131312518250573)
                .globalMinimum(0, -3.779310253377747, -3.2831859912861696)
                .globalMinimum(0, 3.5844283403304917, -1.8481265269644034)
                .logScaledContours(true).build();
    }
}
