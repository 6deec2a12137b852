package dev.gradus.api.objective;

/**
 * What the objectives of a provider offer, declared by the provider so that hosts know it before
 * they make one (which estimator is the default, whether batch options apply) and the TCK knows
 * which optional rules to hold it to.
 *
 * @since 1.3
 */
public enum ObjectiveCapability {
    /**
     * Every objective it makes has an exact gradient: it is a {@link DifferentiableObjective}, or,
     * for a stochastic one, its {@link StochasticObjective#batch() batch} objective is. Without it,
     * none has one and Gradus estimates gradients numerically.
     */
    EXACT_GRADIENT,

    /**
     * Every objective it makes is a {@link StochasticObjective}: its gradient is taken on a
     * mini-batch of examples the host draws each step ({@code --batch-size}, {@code --sampling}).
     * Without it, none is.
     */
    STOCHASTIC
}
