package dev.gradus.app.port.out;

/**
 * One row of a run as it happens: the point after {@link #step()} updates, the objective's value
 * and the gradient there. The host reuses one view per run and its arrays are the live run state:
 * read during {@link RunObserver#step}, copy what you keep, never write.
 */
public interface StepView {

    /** Updates applied so far: 0 for the start (the saved step count for a resumed run's first row). */
    long step();

    /**
     * The objective's value at {@link #point()}; for a stochastic objective its value on all the
     * data (see {@link #lossEvaluated()}).
     */
    double loss();

    /** Euclidean norm of the gradient at {@link #point()}. */
    double gradientNorm();

    /** The current point. Live: do not modify or keep. */
    double[] point();

    /**
     * The objective's gradient at the current point, as the estimator gave it: before any negation
     * for maximizing or clipping. Live: do not modify or keep.
     */
    double[] gradient();

    /**
     * The optimizer's named state vectors after {@link #step()} updates (velocity, moments, ...),
     * empty when it keeps none (the default). Live: do not modify or keep.
     */
    default java.util.Map<String, double[]> stateVectors() {
        return java.util.Map.of();
    }

    /**
     * The provider call the run is making at this moment ({@code optimizer 'adam'}, {@code objective
     * 'rosenbrock' with gradient 'analytic'}), or null between calls; unlike the rest of the view it
     * may be read from another thread, by a watchdog that wants to say which call did not return.
     */
    default String calling() {
        return null;
    }

    /**
     * Objective and exact-gradient evaluations spent so far, this row's included (extra
     * evaluations of a line search too); -1 when the host does not count them.
     */
    default long evaluations() {
        return -1;
    }

    /**
     * What state vector {@code name} of {@link #stateVectors()} is (a direction, a per-coordinate
     * scale or a point), as the optimizer declares it; a direction by default.
     */
    default dev.gradus.api.optimizer.StateVectorKind stateVectorKind(String name) {
        return dev.gradus.api.optimizer.StateVectorKind.DIRECTION;
    }

    /**
     * For a stochastic objective, the loss on this step's mini-batch (the value the gradient is
     * of); else the same as {@link #loss()}.
     */
    default double batchLoss() {
        return loss();
    }

    /**
     * For a stochastic objective, the value at {@code at} of this step's mini-batch objective, the
     * one whose gradient this row carries, so that a view can draw the batch's own landscape (seed
     * 000's fitted curve of the step); NaN for any other objective, and NaN when the objective
     * fails there. Call only during {@link RunObserver#step}; {@code at} has the run's dimension
     * and is not modified.
     */
    default double batchValueAt(double[] at) {
        return Double.NaN;
    }

    /**
     * For a classifier, the fraction of all examples classified right at this point, when the
     * full-data loss was computed for this row; else NaN.
     */
    default double accuracy() {
        return Double.NaN;
    }

    /**
     * Whether {@link #loss()} was computed for this row: always, except on the rows that
     * {@code --eval-every} skips, where it is NaN and means nothing.
     */
    default boolean lossEvaluated() {
        return true;
    }
}
