package dev.gradus.learning.model;

/**
 * The loss of one example, read off the last dense layer's outputs (the logits or the prediction),
 * with its derivative with respect to those outputs. Immutable; thread-safe.
 */
interface OutputLoss {

    /** How many outputs it reads. */
    int outputs();

    /**
     * The example's loss.
     *
     * @param output {@link #outputs()} values from {@code offset}. Not modified.
     * @param target the example's target: a class index for a classification loss
     */
    double loss(double[] output, int offset, double target);

    /**
     * The example's loss and {@code dL/d output}, the exact derivative of {@link #loss}.
     *
     * @param output {@link #outputs()} values from {@code offset}. Not modified.
     * @param delta  receives the derivative at the same offset. Modified.
     */
    double lossAndDelta(double[] output, int offset, double target, double[] delta);

    /** Whether the loss is differentiable everywhere in the outputs. */
    default boolean smooth() {
        return true;
    }
}
