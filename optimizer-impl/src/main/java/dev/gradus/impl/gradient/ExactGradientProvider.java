package dev.gradus.impl.gradient;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.GradientSource;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ProviderInfo;

/**
 * Reads a {@link DifferentiableObjective}'s own gradient: one function and one gradient evaluation
 * per call. The two built-in exact estimators differ only in which objectives they apply to, by
 * the objective's {@link GradientSource}, so that a report says how the gradient was made.
 */
abstract class ExactGradientProvider implements GradientEstimatorProvider {
    private final ProviderInfo info;
    private final GradientSource source;

    ExactGradientProvider(ProviderInfo info, GradientSource source) {
        this.info = info;
        this.source = source;
    }

    @Override
    public final ProviderInfo info() {
        return info;
    }

    @Override
    public final boolean appliesTo(Objective objective) {
        return objective instanceof DifferentiableObjective d && d.gradientSource() == source;
    }

    @Override
    public final GradientEstimator create(Objective objective, ParameterValues values) {
        if (!appliesTo(objective)) {
            throw new IllegalArgumentException("the " + info.id() + " gradient needs a DifferentiableObjective whose gradient source is "
                    + source + ", not " + objective);
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
