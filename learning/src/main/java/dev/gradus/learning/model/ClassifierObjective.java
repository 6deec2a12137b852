package dev.gradus.learning.model;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.ObjectiveMetadata;
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

    @Override
    public double accuracy(double[] parameters) {
        Network.Workspace workspace = workspace();
        double[] p = workspace.probabilities;
        int correct = 0;
        for (int row = 0; row < examples(); row++) {
            network().forward(parameters, features(), rowOffset(row), workspace);
            loss.probabilities(workspace.pre, network().outputOffset(), p);
            int best = 0;
            for (int j = 1; j < p.length; j++) {
                if (p[j] > p[best]) {
                    best = j;
                }
            }
            if (best == (int) target(row)) {
                correct++;
            }
        }
        return (double) correct / examples();
    }
}
