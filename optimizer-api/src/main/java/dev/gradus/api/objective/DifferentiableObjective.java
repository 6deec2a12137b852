package dev.gradus.api.objective;

/**
 * An objective that knows its exact gradient: derived by hand or by back-propagation (the
 * {@code analytic} gradient estimator applies), or by automatic differentiation of a formula (the
 * {@code autodiff} estimator applies); {@link #gradientSource()} says which.
 */
public interface DifferentiableObjective extends Objective {

    /**
     * The value and the gradient at {@code x}, computed together (they usually share work).
     *
     * @param x        a point of length {@link #dimension()}. Not modified.
     * @param gradient receives {@code grad f(x)}; every element is overwritten. Modified.
     * @return {@code f(x)}
     */
    double valueAndGradient(double[] x, double[] gradient);

    /** How the gradient is computed; {@link GradientSource#ANALYTIC} unless overridden. */
    default GradientSource gradientSource() {
        return GradientSource.ANALYTIC;
    }
}
