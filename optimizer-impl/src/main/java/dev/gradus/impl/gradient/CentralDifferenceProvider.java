package dev.gradus.impl.gradient;

import dev.gradus.api.objective.Objective;
import dev.gradus.impl.BuiltIns;

/**
 * Central differences, id {@code central}:
 * {@code g_i = (f(x + h_i e_i) − f(x − h_i e_i)) / ((x_i + h_i) − (x_i − h_i))}, second-order
 * accurate, 2n + 1 function evaluations per call (2n for the gradient, one for the returned value).
 * The step is {@code h_i = ∛ε · max(|x_i|, 1) ≈ 6.06e-6 · max(|x_i|, 1)}, which balances the
 * truncation error {@code O(h²)} against the rounding error {@code O(ε/h)}, unless the parameter
 * {@code h} fixes it (see {@link DifferenceStep}). Applies to any objective; parallel where a
 * gradient takes long enough (see {@link FiniteDifferenceProvider}).
 *
 * <p>x is perturbed in place one coordinate at a time and each coordinate is restored to its exact
 * original value before the next; nothing is allocated per call.
 */
public final class CentralDifferenceProvider extends FiniteDifferenceProvider {
    public CentralDifferenceProvider() {
        super(BuiltIns.info("central", "Central difference",
                "Numerical gradient from symmetric differences (f(x + h e_i) - f(x - h e_i)) / 2h: 2n + 1 evaluations, error O(h^2)."),
                "cbrt(eps) = 6.06e-6", DifferenceStep.CENTRAL);
    }

    @Override
    Partials partials(Objective objective, DifferenceStep step) {
        return (x, from, to, unused, gradient) -> {
            for (int i = from; i < to; i++) {
                double xi = x[i];
                double h = step.at(xi);
                double up = DifferenceStep.above(xi, h);
                double down = DifferenceStep.below(xi, h);
                x[i] = up;
                double fUp = objective.value(x);
                x[i] = down;
                double fDown = objective.value(x);
                x[i] = xi;
                gradient[i] = (fUp - fDown) / (up - down);
            }
        };
    }

    @Override
    boolean usesValue() {
        return false;
    }

    @Override
    int evaluationsPerCoordinate() {
        return 2;
    }
}
