package dev.gradus.impl.gradient;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/**
 * Forward differences, id {@code forward}: {@code g_i = (f(x + h_i e_i) − f(x)) / ((x_i + h_i) − x_i)},
 * first-order accurate, n + 1 function evaluations per call ({@code f(x)} once). The step is
 * {@code h_i = √ε · max(|x_i|, 1) ≈ 1.49e-8 · max(|x_i|, 1)}, which balances the truncation error
 * {@code O(h)} against the rounding error {@code O(ε/h)}, unless the parameter {@code h} fixes it
 * (see {@link DifferenceStep}). Applies to any objective.
 *
 * <p>x is perturbed in place one coordinate at a time and each coordinate is restored to its exact
 * original value before the next; nothing is allocated per call.
 */
public final class ForwardDifferenceProvider implements GradientEstimatorProvider {
    private static final ProviderInfo INFO = BuiltIns.info("forward", "Forward difference",
            "Numerical gradient from one-sided differences (f(x + h e_i) - f(x)) / h: n + 1 evaluations, error O(h).");
    private static final ParameterSpace PARAMETERS = DifferenceStep.parameters("sqrt(eps) = 1.49e-8");

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public boolean appliesTo(Objective objective) {
        return true;
    }

    @Override
    public GradientEstimator create(Objective objective, ParameterValues values) {
        DifferenceStep step = new DifferenceStep(values.real("h"), DifferenceStep.FORWARD);
        return new GradientEstimator() {
            private long evaluations;

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                double fx = objective.value(x);
                for (int i = 0; i < x.length; i++) {
                    double xi = x[i];
                    double up = DifferenceStep.above(xi, step.at(xi));
                    x[i] = up;
                    double fUp = objective.value(x);
                    x[i] = xi;
                    gradient[i] = (fUp - fx) / (up - xi);
                }
                evaluations += x.length + 1L;
                return fx;
            }

            @Override
            public long functionEvaluations() {
                return evaluations;
            }

            @Override
            public long gradientEvaluations() {
                return 0;
            }
        };
    }
}
