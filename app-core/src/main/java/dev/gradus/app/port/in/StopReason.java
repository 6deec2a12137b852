package dev.gradus.app.port.in;

/** Why a run stopped. Reaching the budget is a stop reason like any other, not an error. */
public enum StopReason {
    /** The step budget was used up. */
    STEP_BUDGET("step-budget", "step budget reached"),
    /** The gradient norm fell below the tolerance. */
    GRADIENT_TOLERANCE("gradient-tolerance", "gradient norm below tolerance"),
    /** The loss or the gradient became NaN or infinite; the run stopped at that row. */
    DIVERGED("diverged", "diverged"),
    /** The run took longer than its time limit; the detail says where it stood, and which call did not return. */
    TIME_LIMIT("time-limit", "time limit reached"),
    /** Stopped on request. */
    CANCELLED("cancelled", "cancelled"),
    /** The objective, estimator or optimizer threw during the run; the detail names it. */
    FAILED("failed", "a provider failed");

    private final String id;
    private final String words;

    StopReason(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The reason as written in outputs: {@code step-budget}, {@code diverged}, ... */
    public String id() {
        return id;
    }

    /** The reason in words. */
    public String words() {
        return words;
    }

    /** Whether the run finished normally (budget or tolerance). */
    public boolean finished() {
        return this == STEP_BUDGET || this == GRADIENT_TOLERANCE;
    }
}
