package dev.gradus.impl.gradient;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ProviderInfo;

/**
 * What the finite-difference estimators share: they apply to any objective, take the step
 * parameter {@code h} (see {@link DifferenceStep}), and count function evaluations only.
 */
abstract class FiniteDifferenceProvider implements GradientEstimatorProvider {
    private final ProviderInfo info;
    private final ParameterSpace parameters;
    private final double scale;

    /**
     * @param info  the provider's identity
     * @param rule  the scaled rule's constant in words, for the description of {@code h}
     * @param scale that constant
     */
    FiniteDifferenceProvider(ProviderInfo info, String rule, double scale) {
        this.info = info;
        this.parameters = DifferenceStep.parameters(rule);
        this.scale = scale;
    }

    /** The estimator for {@code objective} with differences of {@code step}. */
    abstract GradientEstimator estimator(Objective objective, DifferenceStep step);

    @Override
    public final ProviderInfo info() {
        return info;
    }

    @Override
    public final ParameterSpace parameters() {
        return parameters;
    }

    @Override
    public final boolean appliesTo(Objective objective) {
        return true;
    }

    @Override
    public final GradientEstimator create(Objective objective, ParameterValues values) {
        return estimator(objective, new DifferenceStep(values.real("h"), scale));
    }

    /** An estimator that spends function evaluations only, counted in {@link #evaluations}. */
    abstract static class Differences implements GradientEstimator {
        long evaluations;

        @Override
        public final long functionEvaluations() {
            return evaluations;
        }

        @Override
        public final long gradientEvaluations() {
            return 0;
        }
    }
}
