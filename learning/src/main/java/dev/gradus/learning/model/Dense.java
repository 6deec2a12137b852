package dev.gradus.learning.model;

/**
 * An affine layer {@code y = x W + b} over a slice of a flat parameter vector: {@code W} has
 * {@code inputs} rows and {@code outputs} columns, stored row-major from {@code weightOffset} as
 * numpy's {@code w1} of seed 003 ({@code W[i][j]} at {@code weightOffset + i * outputs + j}, with
 * {@code i} the input index), and {@code b} has {@code outputs} entries from {@code biasOffset}.
 * Immutable; it holds only the shape, so one layer serves every thread.
 */
final class Dense {
    /**
     * Layers with at least this many outputs add each input's row of weights to all the outputs
     * at once (a loop the JIT vectorises); narrower ones sum each output in a register. Both add
     * the same products in the same order, so they give the same bits.
     */
    static final int WIDE = 16;

    private final int inputs;
    private final int outputs;
    private final int weightOffset;
    private final int biasOffset;

    /**
     * @param inputs       rows of {@code W}, at least 1
     * @param outputs      columns of {@code W} and entries of {@code b}, at least 1
     * @param weightOffset where {@code W[0][0]} is in the parameter vector
     * @param biasOffset   where {@code b[0]} is in the parameter vector
     */
    Dense(int inputs, int outputs, int weightOffset, int biasOffset) {
        if (inputs < 1 || outputs < 1 || weightOffset < 0 || biasOffset < 0) {
            throw new IllegalArgumentException("bad dense layer " + inputs + " x " + outputs + " at " + weightOffset + ", " + biasOffset);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.weightOffset = weightOffset;
        this.biasOffset = biasOffset;
    }

    int inputs() {
        return inputs;
    }

    int outputs() {
        return outputs;
    }

    /** The index of {@code W[i][j]} in the parameter vector. */
    int weightIndex(int i, int j) {
        return weightOffset + i * outputs + j;
    }

    /** The index of {@code b[j]} in the parameter vector. */
    int biasIndex(int j) {
        return biasOffset + j;
    }

    /**
     * {@code y = x W + b}.
     *
     * @param theta the parameter vector. Not modified.
     * @param x     {@code inputs} values from {@code xOffset}. Not modified.
     * @param y     receives {@code outputs} values from {@code yOffset}. Modified.
     */
    void forward(double[] theta, double[] x, int xOffset, double[] y, int yOffset) {
        if (outputs < WIDE) {
            forwardByOutput(theta, x, xOffset, y, yOffset);
        } else {
            forwardByInput(theta, x, xOffset, y, yOffset);
        }
    }

    /** {@link #forward} one output at a time, its sum in a register. */
    void forwardByOutput(double[] theta, double[] x, int xOffset, double[] y, int yOffset) {
        for (int j = 0; j < outputs; j++) {
            double sum = theta[biasOffset + j];
            int w = weightOffset + j;
            for (int i = 0; i < inputs; i++) {
                sum += x[xOffset + i] * theta[w];
                w += outputs;
            }
            y[yOffset + j] = sum;
        }
    }

    /** {@link #forward} one input at a time, its row of weights added to every output. */
    void forwardByInput(double[] theta, double[] x, int xOffset, double[] y, int yOffset) {
        System.arraycopy(theta, biasOffset, y, yOffset, outputs);
        for (int i = 0; i < inputs; i++) {
            double xi = x[xOffset + i];
            int row = weightOffset + i * outputs;
            for (int j = 0; j < outputs; j++) {
                y[yOffset + j] += xi * theta[row + j];
            }
        }
    }

    /**
     * Back-propagates {@code dL/dy}: adds {@code scale * dL/dW = scale * x^T dy} and
     * {@code scale * dL/db = scale * dy} to the gradient, and writes {@code dL/dx = W dy}.
     *
     * @param theta    the parameter vector. Not modified.
     * @param x        the layer's input of the forward pass. Not modified.
     * @param dy       {@code dL/dy}, {@code outputs} values from {@code dyOffset}. Not modified.
     * @param scale    the factor of this example's contribution ({@code 1/m} for a mean over m rows)
     * @param gradient receives the scaled contributions, added. Modified.
     * @param dx       receives {@code dL/dx} from {@code dxOffset}; null when not needed (the first
     *                 layer). Modified.
     */
    void backward(double[] theta, double[] x, int xOffset, double[] dy, int dyOffset, double scale, double[] gradient, double[] dx,
            int dxOffset) {
        for (int j = 0; j < outputs; j++) {
            gradient[biasOffset + j] += scale * dy[dyOffset + j];
        }
        for (int i = 0; i < inputs; i++) {
            double sx = scale * x[xOffset + i];
            int row = weightOffset + i * outputs;
            double back = 0;
            for (int j = 0; j < outputs; j++) {
                double d = dy[dyOffset + j];
                gradient[row + j] += sx * d;
                back += theta[row + j] * d;
            }
            if (dx != null) {
                dx[dxOffset + i] = back;
            }
        }
    }

    /** {@code sum_ij W[i][j]^2}: the layer's part of the l2 penalty (biases are not penalised). */
    double squaredWeights(double[] theta) {
        double sum = 0;
        int end = weightOffset + inputs * outputs;
        for (int k = weightOffset; k < end; k++) {
            sum += theta[k] * theta[k];
        }
        return sum;
    }

    /** Adds {@code factor * W} to the weights' part of the gradient: the l2 penalty's gradient for {@code factor = l2}. Modified. */
    void addWeights(double[] theta, double factor, double[] gradient) {
        int end = weightOffset + inputs * outputs;
        for (int k = weightOffset; k < end; k++) {
            gradient[k] += factor * theta[k];
        }
    }
}
