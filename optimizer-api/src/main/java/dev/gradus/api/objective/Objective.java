package dev.gradus.api.objective;

/**
 * A function from {@code R^n} to {@code R} to be minimized.
 *
 * <p>Contract for implementers:
 * <ul>
 *   <li>{@link #value} does not modify {@code x} ("Not modified.") and keeps no reference to it.</li>
 *   <li>It returns NaN or an infinity where the function is undefined or overflows; it does not
 *       throw for such points. Gradus stops the run there with the "diverged" reason.</li>
 *   <li>It is safe to call from several threads at once, each with its own point (numerical
 *       gradients may evaluate coordinates in parallel on copies of x); keep per-call scratch
 *       space local.</li>
 *   <li>It allocates nothing per call where it can avoid it: it sits in the step loop.</li>
 * </ul>
 */
public interface Objective {

    /** The number of coordinates {@code n}; fixed for the life of the objective. */
    int dimension();

    /**
     * The value at {@code x}.
     *
     * @param x a point of length {@link #dimension()}. Not modified.
     * @return {@code f(x)}, possibly NaN or infinite
     */
    double value(double[] x);

    /** What is known about this objective at this dimension. */
    ObjectiveMetadata metadata();
}
