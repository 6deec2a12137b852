package dev.gradus.api.gradient;

/**
 * Gives the value and an estimate of the gradient of one objective, counting the evaluations it
 * spends. Made per run by a {@link dev.gradus.api.spi.GradientEstimatorProvider}, bound to that
 * run's objective; used by one thread at a time.
 *
 * <p>Counting: one call of {@code Objective.value} is one function evaluation; one call of
 * {@code DifferentiableObjective.valueAndGradient} is one function and one gradient evaluation.
 * The run result reports the sums, so they must be honest.
 */
public interface GradientEstimator {

    /**
     * The value at {@code x} and the gradient estimate there.
     *
     * @param x        the point. Not modified on return (it may be perturbed and restored exactly during the call).
     * @param gradient receives the estimate; every element is overwritten. Modified.
     * @return {@code f(x)}
     */
    double valueAndGradient(double[] x, double[] gradient);

    /** Function evaluations spent since this estimator was made. */
    long functionEvaluations();

    /** Exact-gradient evaluations spent since this estimator was made. */
    long gradientEvaluations();
}
