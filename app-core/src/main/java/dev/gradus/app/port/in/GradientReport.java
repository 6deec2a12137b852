package dev.gradus.app.port.in;

import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.ProviderInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The gradients of one objective at one point, side by side.
 *
 * @param objective           the objective provider
 * @param objectiveParameters its effective parameter values
 * @param metadata            the objective's metadata at this dimension (coordinate names, formula)
 * @param point               where everything was evaluated
 * @param value               {@code f(point)}
 * @param exact               the objective's exact gradient (the reference of every error), or null
 *                            when it has none
 * @param estimates           one per estimator compared, in the order asked; when none was named, every
 *                            one that applies, the exact one first, then by id
 */
public record GradientReport(ProviderInfo objective, ParameterValues objectiveParameters, ObjectiveMetadata metadata, double[] point,
                             double value, Estimate exact, List<Estimate> estimates) {

    public GradientReport {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(objectiveParameters, "objectiveParameters");
        Objects.requireNonNull(metadata, "metadata");
        point = point.clone();
        estimates = List.copyOf(estimates);
    }

    /** A copy of the point. */
    @Override
    public double[] point() {
        return point.clone();
    }

    /** The exact gradient, when the objective has one. */
    public Optional<Estimate> exactGradient() {
        return Optional.ofNullable(exact);
    }

    /**
     * One estimator's gradient.
     *
     * @param estimator           the estimator provider
     * @param parameters          its effective values
     * @param value               the value it returned with the gradient
     * @param gradient            the gradient it gave
     * @param functionEvaluations objective evaluations it spent for this one gradient
     * @param gradientEvaluations exact-gradient evaluations it spent
     * @param absoluteError       {@code ||g - g_exact||}, NaN when there is no exact gradient
     * @param relativeError       {@code ||g - g_exact|| / ||g_exact||}, NaN when there is no exact gradient or it is zero
     */
    public record Estimate(ProviderInfo estimator, ParameterValues parameters, double value, double[] gradient, long functionEvaluations,
                           long gradientEvaluations, double absoluteError, double relativeError) {

        public Estimate {
            Objects.requireNonNull(estimator, "estimator");
            Objects.requireNonNull(parameters, "parameters");
            gradient = gradient.clone();
        }

        /** A copy of the gradient. */
        @Override
        public double[] gradient() {
            return gradient.clone();
        }
    }
}
