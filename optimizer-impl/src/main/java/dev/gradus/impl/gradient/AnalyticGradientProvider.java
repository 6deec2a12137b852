package dev.gradus.impl.gradient;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** The objective's own exact gradient: one function and one gradient evaluation per call. */
public final class AnalyticGradientProvider implements GradientEstimatorProvider {
    private static final ProviderInfo INFO = BuiltIns.info("analytic", "Analytic gradient",
            "The exact gradient the objective computes itself (derived by hand or by back-propagation).");

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public boolean appliesTo(Objective objective) {
        return objective instanceof DifferentiableObjective;
    }

    @Override
    public GradientEstimator create(Objective objective, ParameterValues values) {
        if (!(objective instanceof DifferentiableObjective)) {
            throw new IllegalArgumentException("the analytic gradient needs a DifferentiableObjective");
        }
        DifferentiableObjective differentiable = (DifferentiableObjective) objective;
        return new GradientEstimator() {
            private long calls;

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                calls++;
                return differentiable.valueAndGradient(x, gradient);
            }

            @Override
            public long functionEvaluations() {
                return calls;
            }

            @Override
            public long gradientEvaluations() {
                return calls;
            }
        };
    }
}
