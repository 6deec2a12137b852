/**
 * Models fitted to a data set, as objectives over their flattened parameter vector: linear and
 * polynomial regression, logistic regression and the multilayer perceptron of seed 003, each an
 * {@link dev.gradus.api.spi.ObjectiveProvider} registered through {@code META-INF/services} and
 * each making a {@link dev.gradus.api.objective.StochasticObjective} (the mean loss on all the
 * data, and on the mini-batch the host selects) whose gradient is exact, by back-propagation; the
 * classifiers are also {@link dev.gradus.api.objective.Classifier}s. Every model is one
 * {@code Network}: dense layers, an activation between them and a loss on the last layer's outputs
 * (squared error, softmax or sigmoid cross-entropy), each written once with its forward and
 * backward pass over flat arrays, in {@link java.lang.StrictMath} so runs are bit for bit the same
 * everywhere. Evaluation keeps its scratch per thread and allocates nothing per call. Data sets
 * themselves belong elsewhere.
 */
package dev.gradus.learning.model;
