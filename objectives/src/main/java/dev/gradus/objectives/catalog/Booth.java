package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;

/**
 * Booth's function {@code (x + 2y − 7)² + (2x + y − 5)²}: a quadratic with Hessian eigenvalues 2
 * and 18 and its minimum 0 at (1, 3); gradient descent converges for learning rates below 2/18.
 */
public final class Booth extends PlaneFunction {
    public Booth() {
        super(BuildInfo.info("booth", "Booth",
                "A tilted quadratic bowl with condition number 9 and its minimum 0 at (1, 3); plain gradient descent converges "
                        + "for learning rates below 1/9."));
    }

    @Override
    double value(double x, double y) {
        double p = x + 2 * y - 7;
        double q = 2 * x + y - 5;
        return p * p + q * q;
    }

    @Override
    double valueAndGradient(double x, double y, double[] gradient) {
        double p = x + 2 * y - 7;
        double q = 2 * x + y - 5;
        gradient[0] = 2 * p + 4 * q;
        gradient[1] = 4 * p + 2 * q;
        return p * p + q * q;
    }

    @Override
    ObjectiveMetadata describe() {
        return ObjectiveMetadata.builder(2).formula("(x + 2*y - 7)^2 + (2*x + y - 5)^2").suggestedStart(-5, -5)
                .plotWindow(Box.of(-10, 10, -10, 10)).globalMinimum(0, 1, 3).logScaledContours(true).build();
    }
}
