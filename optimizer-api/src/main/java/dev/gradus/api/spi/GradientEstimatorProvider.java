package dev.gradus.api.spi;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.param.ParameterValues;

/**
 * Makes {@link GradientEstimator}s. Register an implementation in
 * {@code META-INF/services/dev.gradus.api.spi.GradientEstimatorProvider}.
 */
public interface GradientEstimatorProvider extends Provider {

    /** Whether this estimator can work on {@code objective} (the exact one needs a differentiable objective). */
    boolean appliesTo(Objective objective);

    /**
     * An estimator for one run on {@code objective}.
     *
     * @param objective an objective this provider {@link #appliesTo applies to}
     * @param values    values of {@link #parameters()}, already validated
     * @throws IllegalArgumentException when it does not apply to {@code objective}; hosts ask
     *     {@link #appliesTo} first
     */
    GradientEstimator create(Objective objective, ParameterValues values);
}
