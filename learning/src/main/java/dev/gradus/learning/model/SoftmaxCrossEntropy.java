package dev.gradus.learning.model;

import dev.gradus.objectives.math.Fdlibm;

/**
 * Softmax over {@code k} logits followed by the cross-entropy of the target class.
 *
 * <p>With {@code epsilon = 0} the loss is {@code -log softmax(z)_t = log sum_j e^(z_j - m) - (z_t - m)}
 * with {@code m = max_j z_j}: the log-sum-exp form of torch's {@code CrossEntropyLoss}, which
 * neither overflows nor takes the log of a rounded-off zero. Its derivative is
 * {@code p - onehot(t)} with {@code p = softmax(z)}.
 *
 * <p>With {@code epsilon > 0} the loss is {@code -log(p_t + epsilon)}, the form of seed 003
 * ({@code np.log(y[i, idx] + 1e-7)}), bounded above by {@code -log epsilon}. Its exact derivative is
 * {@code r (p - onehot(t))} with {@code r = p_t / (p_t + epsilon)}, since
 * {@code dp_t/dz_j = p_t (onehot(t)_j - p_j)}: the plain gradient shrunk where the target is
 * improbable.
 */
final class SoftmaxCrossEntropy implements ClassificationLoss {
    private final int classes;
    private final double epsilon;

    /**
     * @param classes at least 2
     * @param epsilon added to the target's probability before the log; 0 for the exact log-softmax
     */
    SoftmaxCrossEntropy(int classes, double epsilon) {
        if (classes < 2 || !(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("softmax cross-entropy needs at least 2 classes and a finite epsilon >= 0, got " + classes + ", "
                    + epsilon);
        }
        this.classes = classes;
        this.epsilon = epsilon;
    }

    @Override
    public int outputs() {
        return classes;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public double loss(double[] output, int offset, double target) {
        int t = offset + (int) target;
        double max = max(output, offset);
        double sum = 0;
        double et = 0;
        for (int j = offset; j < offset + classes; j++) {
            double e = shiftedExp(output[j] - max);
            sum += e;
            if (j == t) {
                et = e;
            }
        }
        if (epsilon == 0) {
            return Fdlibm.log(sum) - (output[t] - max);
        }
        return -Fdlibm.log(et / sum + epsilon);
    }

    @Override
    public double lossAndDelta(double[] output, int offset, double target, double[] delta) {
        int t = offset + (int) target;
        double max = max(output, offset);
        double sum = 0;
        for (int j = offset; j < offset + classes; j++) {
            double e = shiftedExp(output[j] - max);
            delta[j] = e;
            sum += e;
        }
        double pt = delta[t] / sum;
        double loss;
        double r;
        if (epsilon == 0) {
            loss = Fdlibm.log(sum) - (output[t] - max);
            r = 1;
        } else {
            loss = -Fdlibm.log(pt + epsilon);
            r = pt / (pt + epsilon);
        }
        for (int j = offset; j < offset + classes; j++) {
            delta[j] = r * (delta[j] / sum - (j == t ? 1 : 0));
        }
        return loss;
    }

    @Override
    public void probabilities(double[] output, int offset, double[] probabilities) {
        double max = max(output, offset);
        double sum = 0;
        for (int j = 0; j < classes; j++) {
            double e = shiftedExp(output[offset + j] - max);
            probabilities[j] = e;
            sum += e;
        }
        for (int j = 0; j < classes; j++) {
            probabilities[j] /= sum;
        }
    }

    /**
     * {@code StrictMath.exp(d)} for a logit less the largest: the largest class's own {@code d} is
     * exactly 0 (a finite value less itself), whose exponential is exactly 1 without computing it.
     */
    private static double shiftedExp(double d) {
        return d == 0 ? 1 : StrictMath.exp(d);
    }

    private double max(double[] output, int offset) {
        double max = output[offset];
        for (int j = offset + 1; j < offset + classes; j++) {
            max = Math.max(max, output[j]);
        }
        return max;
    }
}
