package dev.gradus.api.optimizer;

/**
 * A configured first-order update rule. Immutable and thread-safe; all per-run data lives in its
 * state {@code S}.
 *
 * <p>Contract for implementers:
 * <ul>
 *   <li>{@link #update} allocates nothing and does O(n) work (optimizers that keep a history, such
 *       as L-BFGS, O(n) per history entry); it reads the gradient and does not modify it.</li>
 *   <li>An optimizer with a learning rate declares it as the parameter {@code lr} and uses
 *       {@link StepContext#learningRate()} in {@code update}, never its configured value, so that
 *       schedules apply.</li>
 *   <li>The same configuration, state and inputs give bit-identical results.</li>
 *   <li>{@code restore(state.snapshot())} continues exactly as {@code state} would.</li>
 * </ul>
 *
 * @param <S> the state type
 */
public interface Optimizer<S extends OptimizerState> {

    /**
     * A fresh state for a run in {@code dimension} coordinates, before the first step.
     *
     * @param dimension the number of parameters, at least 1
     */
    S init(int dimension);

    /**
     * Performs one optimizer step.
     *
     * @param state      this run's state, of {@code parameters.length} coordinates. Modified.
     * @param parameters the current point; the new point is written in place. Modified.
     * @param gradient   the gradient at {@code parameters}, finite. Not modified.
     * @param context    the current learning rate and value, and extra evaluations where declared
     */
    void update(S state, double[] parameters, double[] gradient, StepContext context);

    /**
     * A state equal to the one that produced {@code snapshot}.
     *
     * @throws dev.gradus.api.error.InvalidStateException when the snapshot lacks an entry this
     *     optimizer needs or an entry has the wrong length
     */
    S restore(StateSnapshot snapshot);
}
