package dev.gradus.learning.model;

/**
 * The squared error {@code (y_hat - y)^2} of one prediction, without a factor 1/2: averaged over
 * the examples it is torch's {@code MSELoss()}. Its derivative is {@code 2 (y_hat - y)}.
 */
final class SquaredError implements OutputLoss {
    static final SquaredError INSTANCE = new SquaredError();

    private SquaredError() {
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public double loss(double[] output, int offset, double target) {
        double error = output[offset] - target;
        return error * error;
    }

    @Override
    public double lossAndDelta(double[] output, int offset, double target, double[] delta) {
        double error = output[offset] - target;
        delta[offset] = 2 * error;
        return error * error;
    }
}
