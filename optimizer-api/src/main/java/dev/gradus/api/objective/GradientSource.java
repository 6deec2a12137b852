package dev.gradus.api.objective;

/**
 * How a {@link DifferentiableObjective} computes its exact gradient, which says which exact
 * estimator applies to it: {@code analytic} to the one, {@code autodiff} to the other. Either is
 * exact up to rounding; the difference is what a report should say was used.
 */
public enum GradientSource {
    /** Written out by hand (or by hand-written back-propagation): the {@code analytic} estimator. */
    ANALYTIC("analytic"),
    /** Derived by automatic differentiation of a formula: the {@code autodiff} estimator. */
    AUTOMATIC_DIFFERENTIATION("autodiff");

    private final String estimatorId;

    GradientSource(String estimatorId) {
        this.estimatorId = estimatorId;
    }

    /** The id of the built-in estimator that reads this kind of exact gradient. */
    public String estimatorId() {
        return estimatorId;
    }
}
