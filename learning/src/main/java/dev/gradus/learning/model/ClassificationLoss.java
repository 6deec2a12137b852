package dev.gradus.learning.model;

/** A loss over class probabilities, which a {@link dev.gradus.api.objective.Classifier} reports. */
interface ClassificationLoss extends OutputLoss {

    /** The number of classes. */
    int classes();

    /**
     * The class probabilities the outputs stand for.
     *
     * @param output        {@link #outputs()} values from {@code offset}. Not modified.
     * @param probabilities receives {@link #classes()} values summing to 1. Modified.
     */
    void probabilities(double[] output, int offset, double[] probabilities);
}
