package dev.gradus.api.objective;

import java.util.List;

/**
 * Implemented by an objective that trains a classifier over its parameter vector (logistic
 * regression, a softmax network): hosts report its accuracy and draw its decision regions.
 */
public interface Classifier {

    /** The number of input features of one example. */
    int inputDimension();

    /** The class names, in index order; at least two. */
    List<String> classNames();

    /**
     * The class probabilities the classifier with {@code parameters} gives one input.
     *
     * @param parameters    a point of the objective. Not modified.
     * @param input         {@link #inputDimension()} features. Not modified.
     * @param probabilities receives one probability per class, summing to 1. Modified.
     */
    void probabilities(double[] parameters, double[] input, double[] probabilities);

    /**
     * The fraction of all the objective's examples whose most probable class (the first on ties)
     * is their class, in [0, 1].
     *
     * @param parameters a point of the objective. Not modified.
     */
    double accuracy(double[] parameters);
}
