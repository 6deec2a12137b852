package dev.gradus.app.port.out;

/**
 * One row of a run as it happens: the point after {@link #step()} updates, the objective's value
 * and the gradient there. The host reuses one view per run and its arrays are the live run state:
 * read during {@link RunObserver#step}, copy what you keep, never write.
 */
public interface StepView {

    /** Updates applied so far: 0 for the start. */
    long step();

    /** The objective's value at {@link #point()}. */
    double loss();

    /** Euclidean norm of the gradient at {@link #point()}. */
    double gradientNorm();

    /** The current point. Live: do not modify or keep. */
    double[] point();

    /** The gradient at the current point. Live: do not modify or keep. */
    double[] gradient();
}
