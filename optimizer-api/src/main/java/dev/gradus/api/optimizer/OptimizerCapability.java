package dev.gradus.api.optimizer;

/**
 * What an optimizer needs beyond the plain step, declared by its provider so that hosts and the
 * TCK treat it accordingly instead of checking its name.
 */
public enum OptimizerCapability {
    /**
     * The optimizer evaluates the objective at further points inside one step (line searches,
     * L-BFGS) through {@link StepContext#evaluate}. Those evaluations count in the run's totals;
     * the trajectory still has one row per step.
     */
    EXTRA_EVALUATIONS
}
