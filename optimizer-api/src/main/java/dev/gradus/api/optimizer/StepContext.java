package dev.gradus.api.optimizer;

/**
 * What the host tells an optimizer for one step. The host reuses one context object per run:
 * read it during {@code update}, do not keep it.
 */
public interface StepContext {

    /**
     * The learning rate for this step: the {@code lr} parameter's value, or what a schedule made
     * of it. NaN for optimizers that declare no {@code lr}.
     */
    double learningRate();

    /** The objective's value at the current parameters (the point the gradient was taken at). */
    double value();

    /**
     * Evaluates the objective and its gradient at another point, for optimizers that declare
     * {@link OptimizerCapability#EXTRA_EVALUATIONS}. Counted in the run's evaluation totals.
     *
     * @param point    where to evaluate. Not modified.
     * @param gradient receives the gradient there. Modified.
     * @return the value at {@code point}, possibly NaN or infinite
     * @throws IllegalStateException when the optimizer did not declare the capability
     */
    double evaluate(double[] point, double[] gradient);

    /**
     * A context with a fixed learning rate and value and no extra evaluations: for tests, and
     * for code that drives an optimizer by hand.
     */
    static StepContext of(double learningRate, double value) {
        return new StepContext() {
            @Override
            public double learningRate() {
                return learningRate;
            }

            @Override
            public double value() {
                return value;
            }

            @Override
            public double evaluate(double[] point, double[] gradient) {
                throw new IllegalStateException("extra evaluations need OptimizerCapability.EXTRA_EVALUATIONS and a host that provides them");
            }
        };
    }
}
