package dev.gradus.api.optimizer;

/**
 * What an optimizer needs or offers beyond the plain step, declared by its provider so that hosts
 * and the TCK treat it accordingly instead of checking its name.
 */
public enum OptimizerCapability {
    /**
     * The optimizer evaluates the objective at further points inside one step (line searches,
     * L-BFGS) through {@link StepContext#evaluate}. Those evaluations count in the run's totals;
     * the trajectory still has one row per step. Without it, {@code evaluate} throws.
     */
    EXTRA_EVALUATIONS,

    /**
     * The optimizer's states name per-coordinate vectors through {@link OptimizerState#vectors()}
     * (a velocity, moments, an accumulator), for some or all parameter values, with their
     * {@linkplain OptimizerState#vectorKind kinds}. Views of the internals (the lab's arrows and
     * ellipses, {@code --record-state}) are offered for such optimizers. Without it, {@code vectors()}
     * is always empty.
     *
     * @since 1.3
     */
    STATE_VECTORS
}
