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
    /** The most output values a thread keeps from a gradient for the accuracy after it: 8 MiB. */
    private static final long KEPT_OUTPUTS = 1 << 20;

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
     * (a full-batch run's step), this counts from the outputs that gradient's passes computed, kept
     * for the purpose, with no example run forward again: the same outputs, the same probabilities,
     * the same count.
     */
    @Override
    public double accuracy(double[] parameters) {
        Network.Workspace workspace = workspace();
        boolean kept = workspace.keptAt != null && Arrays.equals(workspace.keptAt, parameters);
        int outputs = loss.outputs();
        int correct = 0;
        for (int row = 0; row < examples(); row++) {
            if (kept) {
                loss.probabilities(workspace.keptOutputs, row * outputs, workspace.probabilities);
            } else {
                network().forward(parameters, features(), rowOffset(row), workspace);
                loss.probabilities(workspace.pre, network().outputOffset(), workspace.probabilities);
            }
            if (mostProbable(workspace.probabilities) == (int) target(row)) {
                correct++;
            }
        }
        return (double) correct / examples();
    }

    @Override
    void afterRow(int row, Network.Workspace workspace) {
        int outputs = loss.outputs();
        if (row == 0) {
            workspace.keptAt = null;
            if (workspace.keptOutputs == null && (long) examples() * outputs <= KEPT_OUTPUTS) {
                workspace.keptOutputs = new double[examples() * outputs];
            }
        }
        if (workspace.keptOutputs != null) {
            System.arraycopy(workspace.pre, network().outputOffset(), workspace.keptOutputs, row * outputs, outputs);
        }
    }

    @Override
    void afterEveryRow(double[] x, Network.Workspace workspace) {
        if (workspace.keptOutputs == null) {
            return;
        }
        if (workspace.keptPoint == null || workspace.keptPoint.length != x.length) {
            workspace.keptPoint = new double[x.length];
        }
        System.arraycopy(x, 0, workspace.keptPoint, 0, x.length);
        workspace.keptAt = workspace.keptPoint;
    }

    /** The first of the most probable classes. */
    private static int mostProbable(double[] p) {
        int best = 0;
        for (int j = 1; j < p.length; j++) {
            if (p[j] > p[best]) {
                best = j;
            }
        }
        return best;
    }
}
