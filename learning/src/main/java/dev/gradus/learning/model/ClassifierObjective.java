package dev.gradus.learning.model;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.ObjectiveMetadata;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link ModelObjective} whose network ends in a {@link ClassificationLoss}: it also reports the
 * class probabilities of an input and the accuracy over all the examples, computed as the loss
 * computes them.
 */
final class ClassifierObjective extends ModelObjective implements Classifier {
    private final ClassificationLoss loss;
    private final List<String> classNames;

    /**
     * The classifier objective of {@code network} on classification data.
     *
     * @throws ClassCastException when the network's loss is not a {@link ClassificationLoss}
     */
    ClassifierObjective(Network network, DataSet data, ObjectiveMetadata metadata) {
        super(network, data, metadata);
        this.loss = (ClassificationLoss) network.loss();
        this.classNames = data.classNames();
        if (loss.classes() != classNames.size()) {
            throw new IllegalArgumentException("a loss over " + loss.classes() + " classes for data with " + classNames.size());
        }
    }

    @Override
    public int inputDimension() {
        return network().inputs();
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public void probabilities(double[] parameters, double[] input, double[] probabilities) {
        Network.Workspace workspace = workspace();
        network().forward(parameters, input, 0, workspace);
        loss.probabilities(workspace.pre, network().outputOffset(), probabilities);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Right after a gradient over every example in order at the same point, on the same thread
     * (a full-batch run's step), this is the prediction count that gradient's passes made, with
     * no example run forward again: the same outputs, the same probabilities, the same count.
     */
    @Override
    public double accuracy(double[] parameters) {
        Network.Workspace workspace = workspace();
        if (workspace.countedAt != null && Arrays.equals(workspace.countedAt, parameters)) {
            return (double) workspace.counted / examples();
        }
        int correct = 0;
        for (int row = 0; row < examples(); row++) {
            network().forward(parameters, features(), rowOffset(row), workspace);
            if (predicts(row, workspace)) {
                correct++;
            }
        }
        return (double) correct / examples();
    }

    @Override
    void afterRow(int row, Network.Workspace workspace) {
        if (row == 0) {
            workspace.counting = 0;
        }
        if (predicts(row, workspace)) {
            workspace.counting++;
        }
    }

    @Override
    void afterEveryRow(double[] x, Network.Workspace workspace) {
        if (workspace.countedAt == null || workspace.countedAt.length != x.length) {
            workspace.countedAt = new double[x.length];
        }
        System.arraycopy(x, 0, workspace.countedAt, 0, x.length);
        workspace.counted = workspace.counting;
    }

    /** Whether the outputs in {@code workspace.pre} put {@code row}'s class first (the first of equal probabilities). */
    private boolean predicts(int row, Network.Workspace workspace) {
        double[] p = workspace.probabilities;
        loss.probabilities(workspace.pre, network().outputOffset(), p);
        int best = 0;
        for (int j = 1; j < p.length; j++) {
            if (p[j] > p[best]) {
                best = j;
            }
        }
        return best == (int) target(row);
    }
}
