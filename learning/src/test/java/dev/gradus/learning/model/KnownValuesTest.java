package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.StochasticObjective;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Losses at points worked out by hand, and seed 003's own formula for its network. */
class KnownValuesTest {
    /** x = 1, 2, 3 and y = 2, 3, 7. */
    private static final DataSet THREE_ROWS = new DataSet("three-rows", List.of("x"), "y", new double[] {1, 2, 3}, new double[] {2, 3, 7}, List.of());

    @Test
    void linearRegressionLossIsTheMeanSquaredErrorWithoutAHalf() {
        StochasticObjective f = Fixtures.create(Fixtures.LINEAR, THREE_ROWS, Map.of());

        // w = 2, b = 1 predicts 3, 5, 7: errors 1, 2, 0, squares 1, 4, 0
        assertThat(f.value(new double[] {2, 1})).isCloseTo(5.0 / 3, within(1e-15));
    }

    @Test
    void l2AddsHalfItsCoefficientTimesTheSquaredWeightsButNotTheBias() {
        StochasticObjective f = Fixtures.create(Fixtures.LINEAR, THREE_ROWS, Map.of("l2", 0.5));
        double[] gradient = new double[2];

        // 5/3 + 0.5/2 * 2^2; the bias 1 is not penalised
        assertThat(f.value(new double[] {2, 1})).isCloseTo(5.0 / 3 + 1, within(1e-15));
        // d/dw = (2/3)(1*1 + 2*2 + 0*3) + 0.5*2 = 10/3 + 1, d/db = (2/3)(1 + 2 + 0) = 2
        ((DifferentiableObjective) f).valueAndGradient(new double[] {2, 1}, gradient);
        assertThat(gradient).containsExactly(new double[] {10.0 / 3 + 1, 2}, within(1e-14));
    }

    @Test
    void polynomialRegressionEvaluatesTheCoefficientsFromC0Up() {
        DataSet data = new DataSet("curve", List.of("x"), "y", new double[] {-1, 0, 2}, new double[] {1, 2, 3}, List.of());
        StochasticObjective f = Fixtures.create(Fixtures.POLYNOMIAL, data, Map.of("degree", 2));

        // 1 + 2x + 3x^2 gives 2, 1, 17: errors 1, -1, 14
        assertThat(f.value(new double[] {1, 2, 3})).isCloseTo((1 + 1 + 196) / 3.0, within(1e-13));
    }

    @Test
    void binaryLogisticRegressionAtZeroLosesLogTwo() {
        StochasticObjective f = Fixtures.create(Fixtures.LOGISTIC, Fixtures.xor(), Map.of());

        assertThat(f.value(new double[3])).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void binaryLogisticRegressionIsTheCrossEntropyOfTheSigmoid() {
        DataSet one = new DataSet("one", List.of("x"), "class", new double[] {2}, new double[] {1}, List.of("no", "yes"));
        StochasticObjective exact = Fixtures.create(Fixtures.LOGISTIC, one, Map.of());
        StochasticObjective guarded = Fixtures.create(Fixtures.LOGISTIC, one, Map.of("log_epsilon", 0.1));
        double p = 1 / (1 + Math.exp(-(0.4 * 2 - 0.3)));

        assertThat(exact.value(new double[] {0.4, -0.3})).isCloseTo(-Math.log(p), within(1e-15));
        assertThat(guarded.value(new double[] {0.4, -0.3})).isCloseTo(-Math.log(p + 0.1), within(1e-15));
    }

    @Test
    void softmaxCrossEntropyOfTwoClassesIsMinusLogOfTheTargetsShare() {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(2, 0);
        double a = 0.7;
        double b = -1.9;

        assertThat(loss.loss(new double[] {a, b}, 0, 0)).isCloseTo(-Math.log(Math.exp(a) / (Math.exp(a) + Math.exp(b))), within(1e-15));
        assertThat(loss.loss(new double[] {a, b}, 0, 1)).isCloseTo(-Math.log(Math.exp(b) / (Math.exp(a) + Math.exp(b))), within(1e-15));
    }

    @Test
    void softmaxCrossEntropyStaysFiniteForHugeLogits() {
        SoftmaxCrossEntropy exact = new SoftmaxCrossEntropy(2, 0);
        SigmoidCrossEntropy binary = new SigmoidCrossEntropy(0);

        assertThat(exact.loss(new double[] {1000, 0}, 0, 1)).isEqualTo(1000);
        assertThat(exact.loss(new double[] {1000, 0}, 0, 0)).isZero();
        assertThat(binary.loss(new double[] {-800}, 0, 1)).isEqualTo(800);
        assertThat(binary.loss(new double[] {800}, 0, 1)).isZero();
    }

    @Test
    void logEpsilonOfSeed003BoundsTheLossAtMinusLogEpsilon() {
        SoftmaxCrossEntropy guarded = new SoftmaxCrossEntropy(2, 1e-7);

        assertThat(guarded.loss(new double[] {1000, 0}, 0, 1)).isCloseTo(-Math.log(1e-7), within(1e-12));
    }

    @Test
    void mlpWithLogEpsilon1e7ComputesSeed003sLoss() {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of("log_epsilon", 1e-7));
        double[] theta = CentralDifference.randomPoint(3, 42, 0.8);

        assertThat(f.value(theta)).isCloseTo(Seed003.loss(theta), within(1e-15));
    }

    @Test
    void mlpWithoutEpsilonDiffersFromSeed003OnlyByTheEpsilon() {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of());
        double[] theta = CentralDifference.randomPoint(4, 42, 0.8);

        assertThat(f.value(theta)).isNotEqualTo(Seed003.loss(theta)).isCloseTo(Seed003.loss(theta), within(1e-5));
    }

    /**
     * Seed 003's numpy code, transcribed loop for loop: {@code predict} (dot, relu, dot, softmax
     * after subtracting the maximum) and {@code cross_entropy_error} (the mean of
     * {@code -log(y[i, t] + 1e-7)}), with {@code w1} (2 x 8), {@code b1}, {@code w2} (8 x 2),
     * {@code b2} read from the flat vector in the order the mlp lays them out.
     */
    private static final class Seed003 {
        static double loss(double[] theta) {
            double[][] w1 = new double[2][8];
            double[] b1 = new double[8];
            double[][] w2 = new double[8][2];
            double[] b2 = new double[2];
            int k = 0;
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 8; j++) {
                    w1[i][j] = theta[k++];
                }
            }
            for (int j = 0; j < 8; j++) {
                b1[j] = theta[k++];
            }
            for (int i = 0; i < 8; i++) {
                for (int j = 0; j < 2; j++) {
                    w2[i][j] = theta[k++];
                }
            }
            for (int j = 0; j < 2; j++) {
                b2[j] = theta[k++];
            }
            double[][] input = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
            int[] t = {0, 1, 1, 0};
            double loss = 0;
            for (int n = 0; n < 4; n++) {
                double[] v2 = new double[8];
                for (int j = 0; j < 8; j++) {
                    v2[j] = input[n][0] * w1[0][j] + input[n][1] * w1[1][j] + b1[j];
                    v2[j] = v2[j] <= 0 ? 0 : v2[j];
                }
                double[] v3 = new double[2];
                for (int j = 0; j < 2; j++) {
                    for (int i = 0; i < 8; i++) {
                        v3[j] += v2[i] * w2[i][j];
                    }
                    v3[j] += b2[j];
                }
                double max = Math.max(v3[0], v3[1]);
                double e0 = Math.exp(v3[0] - max);
                double e1 = Math.exp(v3[1] - max);
                double y = (t[n] == 0 ? e0 : e1) / (e0 + e1);
                loss = loss + Math.log(y + 1e-7);
            }
            return -loss / 4;
        }
    }
}
