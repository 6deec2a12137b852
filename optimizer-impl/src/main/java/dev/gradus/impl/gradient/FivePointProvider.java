package dev.gradus.impl.gradient;

import dev.gradus.api.objective.Objective;
import dev.gradus.impl.BuiltIns;

/**
 * The five-point stencil, id {@code five-point}: the fourth-order central difference
 * {@code g_i = (f(x − 2h e_i) − 8 f(x − h e_i) + 8 f(x + h e_i) − f(x + 2h e_i)) / 12h}, 4n + 1
 * function evaluations per call (4n for the gradient, one for the returned value). Its error is
 * {@code h⁴ f⁽⁵⁾ / 30}: halving the step divides it by 16. The step is
 * {@code h_i = ε^(1/5) · max(|x_i|, 1) ≈ 7.40e-4 · max(|x_i|, 1)}, which balances that truncation
 * error against the rounding error {@code O(ε/h)} (about 1e-12 relative on a well-scaled function),
 * unless the parameter {@code h} fixes it (see {@link DifferenceStep}). Applies to any objective;
 * parallel where a gradient takes long enough (see {@link FiniteDifferenceProvider}).
 *
 * <p>The four points are {@code x_i ± h} and {@code x_i ± 2h} as doubles, which are not always
 * exactly symmetric once rounded. Rather than dividing by a nominal {@code 12h}, the partial is the
 * derivative at {@code x_i} of the cubic through the four points actually evaluated, from their
 * actual offsets {@code t_k}: with offsets {@code p, q, r} of the three others, the weight of point
 * {@code k} is {@code (pq + pr + qr) / ((t_k − p)(t_k − q)(t_k − r))}. For exactly symmetric
 * offsets these are the stencil's {@code (1, −8, 8, −1) / 12h}; for rounded ones the fourth-order
 * cancellation survives up to the rounding of the offsets themselves. The offsets are never zero
 * and never equal: each point is at least one double beyond the previous.
 *
 * <p>x is perturbed in place one coordinate at a time and each coordinate is restored to its exact
 * original value before the next; nothing is allocated per call.
 */
public final class FivePointProvider extends FiniteDifferenceProvider {
    public FivePointProvider() {
        super(BuiltIns.info("five-point", "Five-point stencil",
                "Numerical gradient from the fourth-order central stencil over x +- h and x +- 2h: 4n + 1 evaluations, error O(h^4)."),
                "eps^(1/5) = 7.40e-4", DifferenceStep.FIVE_POINT);
    }

    @Override
    Partials partials(Objective objective, DifferenceStep step) {
        return (x, from, to, unused, gradient) -> {
            for (int i = from; i < to; i++) {
                double xi = x[i];
                double h = step.at(xi);
                double up1 = DifferenceStep.above(xi, h);
                double up2 = DifferenceStep.above(up1, up1 - xi);
                double down1 = DifferenceStep.below(xi, h);
                double down2 = DifferenceStep.below(down1, xi - down1);
                x[i] = down2;
                double f0 = objective.value(x);
                x[i] = down1;
                double f1 = objective.value(x);
                x[i] = up1;
                double f2 = objective.value(x);
                x[i] = up2;
                double f3 = objective.value(x);
                x[i] = xi;
                gradient[i] = cubicSlope(down2 - xi, down1 - xi, up1 - xi, up2 - xi, f0, f1, f2, f3);
            }
        };
    }

    /** The slope at 0 of the cubic through {@code (t_k, f_k)}: the sum of {@code f_k} times its Lagrange basis polynomial's slope at 0. */
    static double cubicSlope(double t0, double t1, double t2, double t3, double f0, double f1, double f2, double f3) {
        return f0 * weight(t0, t1, t2, t3) + f1 * weight(t1, t0, t2, t3) + f2 * weight(t2, t0, t1, t3) + f3 * weight(t3, t0, t1, t2);
    }

    /** The slope at 0 of the Lagrange basis polynomial that is 1 at {@code t} and 0 at {@code p}, {@code q}, {@code r}. */
    private static double weight(double t, double p, double q, double r) {
        return (p * q + p * r + q * r) / ((t - p) * (t - q) * (t - r));
    }

    @Override
    boolean usesValue() {
        return false;
    }

    @Override
    int evaluationsPerCoordinate() {
        return 4;
    }
}
