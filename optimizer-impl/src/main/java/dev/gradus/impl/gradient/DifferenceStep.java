package dev.gradus.impl.gradient;

import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;

/**
 * The step of a finite difference at one coordinate. With the parameter {@code h = 0} (the default)
 * it is scaled to the coordinate, {@code h_i = c · max(|x_i|, 1)}: relative to large coordinates,
 * absolute near zero. {@code c} balances truncation error against rounding error {@code O(ε/h)}
 * (ε = 2^-52, the machine epsilon): {@code c = √ε ≈ 1.49e-8} for forward differences (truncation
 * {@code O(h)}), {@code c = ∛ε ≈ 6.06e-6} for central ones ({@code O(h²)}) and
 * {@code c = ε^(1/5) ≈ 7.40e-4} for the five-point stencil ({@code O(h⁴)}). A positive {@code h}
 * is used as a fixed step for every coordinate.
 *
 * <p>The estimators divide by the difference of the perturbed coordinates actually evaluated
 * ({@code (x_i + h) − x_i} after rounding), not by {@code h}, which removes the representation error
 * of the step. Where a fixed step is below half the spacing of doubles at {@code x_i}, the perturbed
 * coordinate is the next double, so the divisor is never zero.
 */
final class DifferenceStep {
    /** √ε ≈ 1.49e-8: the forward-difference scale. */
    static final double FORWARD = Math.sqrt(Math.ulp(1.0));
    /** ∛ε ≈ 6.06e-6: the central-difference scale. */
    static final double CENTRAL = Math.cbrt(Math.ulp(1.0));
    /** ε^(1/5) ≈ 7.40e-4: the five-point scale, balancing truncation {@code O(h⁴)} against rounding {@code O(ε/h)}. */
    static final double FIVE_POINT = Math.pow(Math.ulp(1.0), 0.2);

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

    /**
     * The {@code h} parameter every numerical estimator declares.
     *
     * @param rule {@code c} in words, for the description ({@code sqrt(eps) = 1.49e-8})
     */
    static RealParameter parameter(String rule) {
        return RealParameter.logScale("h",
                "difference step; 0 (the default) chooses h_i = c * max(|x_i|, 1) per coordinate with c = " + rule
                        + ", a positive value is a fixed step for every coordinate", 0, Range.atLeast(0));
    }

    /** The step for a coordinate of value {@code xi}. */
    double at(double xi) {
        return fixed > 0 ? fixed : scale * Math.max(Math.abs(xi), 1.0);
    }

    /** {@code xi + h}, at least one representable number above {@code xi}. */
    static double above(double xi, double h) {
        double up = xi + h;
        return up > xi ? up : Math.nextUp(xi);
    }

    /** {@code xi - h}, at least one representable number below {@code xi}. */
    static double below(double xi, double h) {
        double down = xi - h;
        return down < xi ? down : Math.nextDown(xi);
    }
}
