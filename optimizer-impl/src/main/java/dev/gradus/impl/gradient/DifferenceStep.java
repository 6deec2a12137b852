package dev.gradus.impl.gradient;

import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;

/**
 * The step of a finite difference at one coordinate: fixed when the user gives {@code h > 0}, else
 * scaled to the coordinate, {@code h = c · max(|x_i|, 1)}. The scale keeps the relative perturbation
 * constant for large coordinates and the absolute one for small ones; {@code c} balances truncation
 * error (O(h) forward, O(h²) central) against rounding error (O(ε/h)), which gives c = √ε for
 * forward and c = ∛ε for central differences (ε = 2^-52).
 */
final class DifferenceStep {
    /** √ε ≈ 1.49e-8: the forward-difference scale. */
    static final double FORWARD = Math.sqrt(Math.ulp(1.0));
    /** ∛ε ≈ 6.06e-6: the central-difference scale. */
    static final double CENTRAL = Math.cbrt(Math.ulp(1.0));

    private final double fixed;
    private final double scale;

    /**
     * @param fixed the user's step, or 0 for the scaled rule
     * @param scale c of the scaled rule
     */
    DifferenceStep(double fixed, double scale) {
        this.fixed = fixed;
        this.scale = scale;
    }

    /** The {@code h} parameter both numerical estimators declare. */
    static ParameterSpace parameters(String rule) {
        return ParameterSpace.of(RealParameter.logScale("h",
                "difference step; 0 chooses it per coordinate as " + rule + " * max(|x_i|, 1)", 0, Range.atLeast(0)));
    }

    /** The step for a coordinate of value {@code xi}. */
    double at(double xi) {
        return fixed > 0 ? fixed : scale * Math.max(Math.abs(xi), 1.0);
    }

    /** {@code xi + h}, at least one representable number away from {@code xi}. */
    static double above(double xi, double h) {
        double up = xi + h;
        return up > xi ? up : Math.nextUp(xi);
    }

    /** {@code xi - h}, at least one representable number away from {@code xi}. */
    static double below(double xi, double h) {
        double down = xi - h;
        return down < xi ? down : Math.nextDown(xi);
    }
}
