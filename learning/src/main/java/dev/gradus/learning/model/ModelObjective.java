package dev.gradus.learning.model;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.objective.StochasticObjective;
import java.util.Arrays;

/**
 * A {@link Network} fitted to a data set: the mean loss over the examples plus the network's l2
 * penalty, as a function of the flat parameter vector.
 *
 * <p>{@link #value} and {@link #valueAndGradient} are over every example; {@link #batch()} is the
 * same over the examples last {@linkplain #select selected} (a repeated index counts as often as it
 * is given), every example in order before the first selection. Both carry the same penalty, so a
 * batch of every example is the full objective bit for bit. Gradients are exact, by
 * back-propagation.
 *
 * <p>Thread safety: evaluations keep their scratch in a per-thread {@link Network.Workspace}, so
 * any number of threads may evaluate at once, each with its own point, and the single-threaded step
 * loop allocates nothing. {@link #select} must not run during an evaluation of the batch; the host
 * calls it between steps, from one thread, and hands the work to other threads only after it.
 */
class ModelObjective implements StochasticObjective, DifferentiableObjective {
    private final Network network;
    private final int inputs;
    private final int examples;
    private final double[] features;
    private final double[] targets;
    private final ObjectiveMetadata metadata;
    private final ThreadLocal<Network.Workspace> workspaces;
    private final Batch batch = new Batch();
    private int[] selected;
    private int selectedCount;
    /** Whether the batch is every example once, in order: the full data. */
    private boolean everyExampleInOrder = true;

    /**
     * @param network  the model; its inputs are the columns of {@code features}
     * @param features the examples' inputs, row-major, {@code network.inputs()} per row (not copied: the caller's own copy)
     * @param targets  one target per row (not copied: the caller's own copy)
     * @param metadata for this objective and its batch, of the network's dimension
     */
    private ModelObjective(Network network, double[] features, double[] targets, ObjectiveMetadata metadata) {
        if (targets.length == 0 || features.length != targets.length * network.inputs()) {
            throw new IllegalArgumentException(features.length + " feature values do not make " + targets.length + " rows of " + network.inputs());
        }
        if (metadata.dimension() != network.parameters()) {
            throw new IllegalArgumentException("metadata of dimension " + metadata.dimension() + " for " + network.parameters() + " parameters");
        }
        this.network = network;
        this.inputs = network.inputs();
        this.examples = targets.length;
        this.features = features;
        this.targets = targets;
        this.metadata = metadata;
        this.workspaces = ThreadLocal.withInitial(network::newWorkspace);
        this.selected = new int[examples];
        for (int i = 0; i < examples; i++) {
            selected[i] = i;
        }
        this.selectedCount = examples;
    }

    /**
     * The model objective of {@code network} on the data's features and targets.
     *
     * @param metadata for this objective and its batch, of the network's dimension
     */
    ModelObjective(Network network, DataSet data, ObjectiveMetadata metadata) {
        this(network, data.featureMatrix(), data.targetVector(), metadata);
    }

    /** The model objective of {@code network} on {@code features} (row-major, copied) and the data's targets. */
    ModelObjective(Network network, double[] features, DataSet data, ObjectiveMetadata metadata) {
        this(network, features.clone(), data.targetVector(), metadata);
    }

    Network network() {
        return network;
    }

    /** The calling thread's scratch. */
    final Network.Workspace workspace() {
        return workspaces.get();
    }

    /** The features of {@code row}: {@code inputs} values from {@code rowOffset(row)} of {@link #features()}. */
    final int rowOffset(int row) {
        return row * inputs;
    }

    /** The examples' inputs, row-major: the live array, never written. */
    final double[] features() {
        return features;
    }

    final double target(int row) {
        return targets[row];
    }

    @Override
    public int dimension() {
        return network.parameters();
    }

    @Override
    public ObjectiveMetadata metadata() {
        return metadata;
    }

    @Override
    public int examples() {
        return examples;
    }

    @Override
    public double value(double[] x) {
        Network.Workspace workspace = workspaces.get();
        double sum = 0;
        for (int row = 0; row < examples; row++) {
            sum += network.loss(x, features, row * inputs, targets[row], workspace);
        }
        return sum / examples + network.penalty(x);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        Network.Workspace workspace = workspaces.get();
        Arrays.fill(gradient, 0);
        double scale = 1.0 / examples;
        double sum = 0;
        for (int row = 0; row < examples; row++) {
            sum += network.lossAndGradient(x, features, row * inputs, targets[row], scale, gradient, workspace);
            afterRow(row, workspace);
        }
        afterEveryRow(x, workspace);
        network.addPenaltyGradient(x, gradient);
        return sum / examples + network.penalty(x);
    }

    /**
     * Called by a gradient over every example in order after each example's pass, with the
     * example's outputs in {@code workspace.pre}: a subclass may take what else it needs from them
     * (a classifier, its prediction) instead of running the example forward again.
     */
    void afterRow(int row, Network.Workspace workspace) {
    }

    /** Called after the last {@link #afterRow} of a gradient over every example in order, at {@code x}. */
    void afterEveryRow(double[] x, Network.Workspace workspace) {
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code count < 1} or an index is outside
     *     {@code [0, examples())}; the batch is then unchanged
     */
    @Override
    public void select(int[] indices, int count) {
        if (count < 1 || count > indices.length) {
            throw new IllegalArgumentException("a batch needs 1 to " + indices.length + " indices, got count " + count);
        }
        for (int k = 0; k < count; k++) {
            if (indices[k] < 0 || indices[k] >= examples) {
                throw new IllegalArgumentException("batch index " + indices[k] + " at position " + k + " is outside [0, " + examples + ")");
            }
        }
        if (count > selected.length) {
            selected = new int[count];
        }
        System.arraycopy(indices, 0, selected, 0, count);
        selectedCount = count;
        boolean inOrder = count == examples;
        for (int k = 0; inOrder && k < count; k++) {
            inOrder = indices[k] == k;
        }
        everyExampleInOrder = inOrder;
    }

    @Override
    public DifferentiableObjective batch() {
        return batch;
    }

    /** The objective on the selected examples: the same model, mean loss and penalty. */
    private final class Batch implements DifferentiableObjective {

        @Override
        public int dimension() {
            return network.parameters();
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }

        @Override
        public double value(double[] x) {
            Network.Workspace workspace = workspaces.get();
            int[] rows = selected;
            int count = selectedCount;
            double sum = 0;
            for (int k = 0; k < count; k++) {
                int row = rows[k];
                sum += network.loss(x, features, row * inputs, targets[row], workspace);
            }
            return sum / count + network.penalty(x);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            Network.Workspace workspace = workspaces.get();
            int[] rows = selected;
            int count = selectedCount;
            Arrays.fill(gradient, 0);
            double scale = 1.0 / count;
            double sum = 0;
            boolean everyRow = everyExampleInOrder;
            for (int k = 0; k < count; k++) {
                int row = rows[k];
                sum += network.lossAndGradient(x, features, row * inputs, targets[row], scale, gradient, workspace);
                if (everyRow) {
                    afterRow(row, workspace);
                }
            }
            if (everyRow) {
                afterEveryRow(x, workspace);
            }
            network.addPenaltyGradient(x, gradient);
            return sum / count + network.penalty(x);
        }
    }
}
