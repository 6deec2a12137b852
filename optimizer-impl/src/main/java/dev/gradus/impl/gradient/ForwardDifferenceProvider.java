package dev.gradus.impl.gradient;

import dev.gradus.api.objective.Objective;
import dev.gradus.impl.BuiltIns;

/**
 * Forward differences, id {@code forward}: {@code g_i = (f(x + h_i e_i) − f(x)) / ((x_i + h_i) − x_i)},
 * first-order accurate, n + 1 function evaluations per call ({@code f(x)} once). The step is
 * {@code h_i = √ε · max(|x_i|, 1) ≈ 1.49e-8 · max(|x_i|, 1)}, which balances the truncation error
 * {@code O(h)} against the rounding error {@code O(ε/h)}, unless the parameter {@code h} fixes it
 * (see {@link DifferenceStep}). Applies to any objective; parallel where a gradient takes long enough
 * (see {@link FiniteDifferenceProvider}).
 *
 * <p>x is perturbed in place one coordinate at a time and each coordinate is restored to its exact
 * original value before the next; nothing is allocated per call.
 */
public final class ForwardDifferenceProvider extends FiniteDifferenceProvider {
    public ForwardDifferenceProvider() {
        super(BuiltIns.info("forward", "Forward difference",
                "Numerical gradient from one-sided differences (f(x + h e_i) - f(x)) / h: n + 1 evaluations, error O(h)."),
                "sqrt(eps) = 1.49e-8", DifferenceStep.FORWARD);
    }

    @Override
    Partials partials(Objective objective, DifferenceStep step) {
        return (x, from, to, fx, gradient) -> {
            for (int i = from; i < to; i++) {
                double xi = x[i];
                double up = DifferenceStep.above(xi, step.at(xi));
                x[i] = up;
                double fUp = objective.value(x);
                x[i] = xi;
                gradient[i] = (fUp - fx) / (up - xi);
            }
        };
    }

    @Override
    boolean usesValue() {
        return true;
    }

    @Override
    int evaluationsPerCoordinate() {
        return 1;
    }
}
