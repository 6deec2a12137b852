package dev.gradus.learning.model;

import dev.gradus.objectives.math.Fdlibm;

/**
 * A sigmoid over one logit {@code z}, {@code p = P(class 1) = 1 / (1 + e^-z)}, followed by the
 * binary cross-entropy of the target {@code y} in {0, 1}.
 *
 * <p>With {@code epsilon = 0} the loss is {@code max(z, 0) - y z + log(1 + e^-|z|)}, torch's
 * {@code BCEWithLogitsLoss} (equal to {@code -y log p - (1 - y) log(1 - p)} but without overflow
 * or the log of a rounded-off zero), with derivative {@code p - y}.
 *
 * <p>With {@code epsilon > 0} the loss is {@code -log(p + epsilon)} for {@code y = 1} and
 * {@code -log(q + epsilon)} for {@code y = 0}, where {@code q = 1 - p = sigmoid(-z)} is computed
 * directly (no cancellation near {@code p = 1}). Since {@code dp/dz = p q}, the exact derivatives are
 * {@code -p q / (p + epsilon)} and {@code p q / (q + epsilon)}.
 */
final class SigmoidCrossEntropy implements ClassificationLoss {
    private final double epsilon;

    /** @param epsilon added to the probability before the log; 0 for the exact form */
    SigmoidCrossEntropy(double epsilon) {
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be finite and >= 0, was " + epsilon);
        }
        this.epsilon = epsilon;
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public int classes() {
        return 2;
    }

    @Override
    public double loss(double[] output, int offset, double target) {
        double z = output[offset];
        if (epsilon == 0) {
            return Math.max(z, 0) - target * z + StrictMath.log1p(StrictMath.exp(-Math.abs(z)));
        }
        return -Fdlibm.log((target == 1 ? Activation.sigmoid(z) : Activation.sigmoid(-z)) + epsilon);
    }

    @Override
    public double lossAndDelta(double[] output, int offset, double target, double[] delta) {
        double z = output[offset];
        double p = Activation.sigmoid(z);
        if (epsilon == 0) {
            delta[offset] = p - target;
            return Math.max(z, 0) - target * z + StrictMath.log1p(StrictMath.exp(-Math.abs(z)));
        }
        double q = Activation.sigmoid(-z);
        if (target == 1) {
            delta[offset] = -p * q / (p + epsilon);
            return -Fdlibm.log(p + epsilon);
        }
        delta[offset] = p * q / (q + epsilon);
        return -Fdlibm.log(q + epsilon);
    }

    @Override
    public void probabilities(double[] output, int offset, double[] probabilities) {
        probabilities[0] = Activation.sigmoid(-output[offset]);
        probabilities[1] = Activation.sigmoid(output[offset]);
    }
}
