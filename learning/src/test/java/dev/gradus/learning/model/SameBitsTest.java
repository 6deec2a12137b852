package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The faster forms of the layer and the loss give the bits of the plain ones they replaced, so a
 * run's every reported number stays what it was.
 */
class SameBitsTest {
    private final SplittableRandom random = new SplittableRandom(2026);

    private double[] values(int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = random.nextInt(10) == 0 ? 0 : (random.nextDouble() - 0.5) * Math.scalb(1.0, random.nextInt(-20, 20));
        }
        return v;
    }

    private static long[] bits(double[] v) {
        long[] b = new long[v.length];
        for (int k = 0; k < v.length; k++) {
            b[k] = Double.doubleToRawLongBits(v[k]);
        }
        return b;
    }

    @Test
    void aLayerSummedByOutputGivesTheBitsOfOneSummedByInput() {
        int[][] shapes = {{2, 8}, {8, 2}, {1, 1}, {3, 15}, {15, 3}, {2, 16}, {30, 17}, {5, 40}};
        for (int[] shape : shapes) {
            int inputs = shape[0];
            int outputs = shape[1];
            for (int trial = 0; trial < 200; trial++) {
                Dense layer = new Dense(inputs, outputs, 3, 3 + inputs * outputs);
                double[] theta = values(3 + inputs * outputs + outputs + 2);
                double[] x = values(inputs + 4);
                double[] byOutput = values(outputs + 5);
                double[] byInput = byOutput.clone();
                double[] dispatched = byOutput.clone();

                layer.forwardByOutput(theta, x, 4, byOutput, 5);
                layer.forwardByInput(theta, x, 4, byInput, 5);
                layer.forward(theta, x, 4, dispatched, 5);

                assertThat(bits(byOutput)).as("%d x %d", inputs, outputs).isEqualTo(bits(byInput));
                assertThat(bits(dispatched)).as("%d x %d", inputs, outputs).isEqualTo(bits(byInput));
            }
        }
    }

    /** The softmax cross-entropy as it was written before the largest class's exp(0) was skipped. */
    private static double plainLoss(double[] z, int t, double epsilon) {
        double max = z[0];
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += StrictMath.exp(v - max);
        }
        if (epsilon == 0) {
            return StrictMath.log(sum) - (z[t] - max);
        }
        return -StrictMath.log(StrictMath.exp(z[t] - max) / sum + epsilon);
    }

    @Test
    void theSoftmaxLossGivesTheBitsOfThePlainFormulaWithStrictMath() {
        double[][] special = {{0, 0}, {-0.0, 0.0}, {1000, 0}, {3, 3, 3}, {Double.POSITIVE_INFINITY, 1}, {Double.NaN, 1}, {-800, 5, 5}};
        for (double epsilon : new double[] {0, 1e-7}) {
            for (int classes = 2; classes <= 5; classes++) {
                SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(classes, epsilon);
                for (int trial = 0; trial < 2000; trial++) {
                    double[] z = values(classes);
                    if (trial % 7 == 0) {
                        z[random.nextInt(classes)] = z[random.nextInt(classes)];
                    }
                    int t = random.nextInt(classes);
                    double[] delta = new double[classes];

                    assertThat(Double.doubleToRawLongBits(loss.loss(z, 0, t))).isEqualTo(Double.doubleToRawLongBits(plainLoss(z, t, epsilon)));
                    assertThat(Double.doubleToRawLongBits(loss.lossAndDelta(z, 0, t, delta)))
                            .isEqualTo(Double.doubleToRawLongBits(plainLoss(z, t, epsilon)));
                }
            }
            for (double[] z : special) {
                SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(z.length, epsilon);
                double expected = plainLoss(z, 1, epsilon);
                double actual = loss.loss(z, 0, 1);

                assertThat(Double.isNaN(actual) ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(actual)))
                        .as("%s", java.util.Arrays.toString(z))
                        .isEqualTo(Double.isNaN(expected) ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(expected)));
            }
        }
    }

    @Test
    void theSoftmaxProbabilitiesGiveTheBitsOfThePlainFormula() {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(3, 0);
        for (int trial = 0; trial < 2000; trial++) {
            double[] z = values(3);
            double max = Math.max(z[0], Math.max(z[1], z[2]));
            double sum = 0;
            double[] expected = new double[3];
            for (int j = 0; j < 3; j++) {
                expected[j] = StrictMath.exp(z[j] - max);
                sum += expected[j];
            }
            for (int j = 0; j < 3; j++) {
                expected[j] /= sum;
            }
            double[] actual = new double[3];

            loss.probabilities(z, 0, actual);

            assertThat(bits(actual)).isEqualTo(bits(expected));
        }
    }
}
