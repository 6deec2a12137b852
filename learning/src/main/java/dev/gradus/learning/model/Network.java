package dev.gradus.learning.model;

import java.util.List;

/**
 * A chain of {@link Dense} layers with one {@link Activation} between each two, ending in an
 * {@link OutputLoss} on the last layer's raw outputs, over a flat parameter vector; with an l2
 * penalty on the weights. Every model of this package is one: linear regression is one dense layer
 * and a squared error, the multilayer perceptron several layers and a softmax cross-entropy.
 *
 * <p>Immutable and thread-safe: the per-example activations and derivatives live in a
 * {@link Workspace}, one per thread, which the caller supplies; nothing is allocated per call.
 */
final class Network {
    private final int parameters;
    private final Dense[] layers;
    private final Activation hidden;
    private final OutputLoss loss;
    private final double l2;
    /** Where each layer's outputs start in a workspace's arrays. */
    private final int[] offsets;
    private final int units;

    /**
     * @param parameters the length of the parameter vector; the layers' slices lie within it
     * @param layers     at least one; each layer's inputs are the previous one's outputs
     * @param hidden     applied to every layer's outputs but the last; ignored for one layer
     * @param loss       reads the last layer's outputs
     * @param l2         the coefficient of {@code l2/2 * sum W^2} over every layer's weights, at least 0
     */
    Network(int parameters, List<Dense> layers, Activation hidden, OutputLoss loss, double l2) {
        this.parameters = parameters;
        this.layers = layers.toArray(new Dense[0]);
        this.hidden = hidden;
        this.loss = loss;
        this.l2 = l2;
        if (this.layers.length == 0 || (this.layers.length > 1 && hidden == null)) {
            throw new IllegalArgumentException("a network needs a layer, and an activation between layers");
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be finite and >= 0, was " + l2);
        }
        this.offsets = new int[this.layers.length];
        int units = 0;
        for (int l = 0; l < this.layers.length; l++) {
            if (l > 0 && this.layers[l].inputs() != this.layers[l - 1].outputs()) {
                throw new IllegalArgumentException("layer " + (l + 1) + " takes " + this.layers[l].inputs() + " inputs, but layer " + l + " gives "
                        + this.layers[l - 1].outputs());
            }
            offsets[l] = units;
            units += this.layers[l].outputs();
        }
        Dense top = this.layers[this.layers.length - 1];
        if (top.outputs() != loss.outputs()) {
            throw new IllegalArgumentException("the last layer gives " + top.outputs() + " outputs, the loss reads " + loss.outputs());
        }
        this.units = units;
    }

    /** The length of the parameter vector. */
    int parameters() {
        return parameters;
    }

    /** The number of input features. */
    int inputs() {
        return layers[0].inputs();
    }

    OutputLoss loss() {
        return loss;
    }

    /** Whether the loss is differentiable in the parameters everywhere. */
    boolean smooth() {
        return loss.smooth() && (layers.length == 1 || hidden.smooth());
    }

    /** Scratch space for one thread. */
    Workspace newWorkspace() {
        return new Workspace(units, loss instanceof ClassificationLoss c ? c.classes() : 0);
    }

    /**
     * Runs the example {@code x[xOffset ..]} forward; the last layer's outputs are then in
     * {@code workspace.pre} from {@link #outputOffset()}.
     */
    void forward(double[] theta, double[] x, int xOffset, Workspace workspace) {
        double[] in = x;
        int inOffset = xOffset;
        for (int l = 0; l < layers.length; l++) {
            int out = offsets[l];
            layers[l].forward(theta, in, inOffset, workspace.pre, out);
            if (l < layers.length - 1) {
                hidden.forward(workspace.pre, workspace.post, out, layers[l].outputs());
            }
            in = workspace.post;
            inOffset = out;
        }
    }

    /** Where the last layer's outputs are in a workspace. */
    int outputOffset() {
        return offsets[layers.length - 1];
    }

    /**
     * The loss of one example, without the penalty.
     *
     * @param theta the parameters. Not modified.
     * @param x     the features, {@link #inputs()} values from {@code xOffset}. Not modified.
     */
    double loss(double[] theta, double[] x, int xOffset, double target, Workspace workspace) {
        forward(theta, x, xOffset, workspace);
        return loss.loss(workspace.pre, outputOffset(), target);
    }

    /**
     * The loss of one example, without the penalty, and {@code scale} times its gradient added to
     * {@code gradient} by back-propagation.
     *
     * @param gradient receives the scaled gradient, added. Modified.
     */
    double lossAndGradient(double[] theta, double[] x, int xOffset, double target, double scale, double[] gradient, Workspace workspace) {
        forward(theta, x, xOffset, workspace);
        int top = layers.length - 1;
        double value = loss.lossAndDelta(workspace.pre, offsets[top], target, workspace.delta);
        for (int l = top; l > 0; l--) {
            int in = offsets[l - 1];
            layers[l].backward(theta, workspace.post, in, workspace.delta, offsets[l], scale, gradient, workspace.dPost, in);
            hidden.backward(workspace.pre, workspace.post, workspace.dPost, workspace.delta, in, layers[l - 1].outputs());
        }
        layers[0].backward(theta, x, xOffset, workspace.delta, offsets[0], scale, gradient, null, 0);
        return value;
    }

    /** {@code l2/2 * sum W^2} over every layer's weights; biases are not penalised. */
    double penalty(double[] theta) {
        if (l2 == 0) {
            return 0;
        }
        double sum = 0;
        for (Dense layer : layers) {
            sum += layer.squaredWeights(theta);
        }
        return l2 / 2 * sum;
    }

    /** Adds the penalty's gradient {@code l2 * W} to the weights' part of {@code gradient}. Modified. */
    void addPenaltyGradient(double[] theta, double[] gradient) {
        if (l2 == 0) {
            return;
        }
        for (Dense layer : layers) {
            layer.addWeights(theta, l2, gradient);
        }
    }

    /** The per-thread scratch of a {@link Network}: one example's activations and their derivatives. */
    static final class Workspace {
        /** Every layer's outputs before the activation. */
        final double[] pre;
        /** Every layer's outputs after the activation (unused for the last). */
        final double[] post;
        /** {@code dL/dpre}. */
        final double[] delta;
        /** {@code dL/dpost}. */
        final double[] dPost;
        /** One probability per class, for classifiers. */
        final double[] probabilities;
        /** A classifier's outputs of every example from the last gradient over every example in order on this thread. */
        double[] keptOutputs;
        /** The point of {@link #keptOutputs}; null while they are being written or when none are kept. */
        double[] keptAt;
        /** The array {@link #keptAt} points to when set, reused. */
        double[] keptPoint;

        private Workspace(int units, int classes) {
            this.pre = new double[units];
            this.post = new double[units];
            this.delta = new double[units];
            this.dPost = new double[units];
            this.probabilities = new double[classes];
        }
    }
}
