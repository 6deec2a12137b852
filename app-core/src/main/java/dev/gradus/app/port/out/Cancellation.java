package dev.gradus.app.port.out;

/**
 * Asked once per step whether the run should stop. Implementations answer fast (a volatile read):
 * it sits in the step loop.
 */
@FunctionalInterface
public interface Cancellation {

    /** Never cancels. */
    Cancellation NEVER = () -> false;

    /** Whether the run should stop now, with the "cancelled" reason. */
    boolean isCancelled();
}
