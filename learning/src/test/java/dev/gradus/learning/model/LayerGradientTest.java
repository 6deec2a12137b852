package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each layer kind's backward pass is the derivative of its forward pass, checked by central differences at seeded random points. */
class LayerGradientTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void denseBackPropagatesToItsWeightsBiasesAndInputs(long seed) {
        Dense layer = new Dense(3, 4, 2, 14);
        double[] theta = CentralDifference.randomPoint(seed, 20, 1);
        double[] x = CentralDifference.randomPoint(seed + 100, 3, 1);
        double[] c = CentralDifference.randomPoint(seed + 200, 4, 1);
        double[] gradient = new double[20];
        double[] dx = new double[5];

        layer.backward(theta, x, 0, c, 0, 0.5, gradient, dx, 1);

        CentralDifference.assertGradient(t -> 0.5 * weighted(layer, t, x, c), theta, gradient, "dense, parameters");
        CentralDifference.assertGradient(in -> weighted(layer, theta, in, c), x, Arrays.copyOfRange(dx, 1, 4), "dense, inputs");
        assertThat(gradient[0]).as("outside the layer's slice").isZero();
        assertThat(gradient[1]).isZero();
        assertThat(gradient[18]).isZero();
        assertThat(dx[0]).as("before dxOffset").isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void denseComputesXTimesWPlusBInNumpysLayout(long seed) {
        Dense layer = new Dense(2, 3, 0, 6);
        double[] theta = CentralDifference.randomPoint(seed, 9, 1);
        double[] x = {0.5, -2};
        double[] y = new double[3];

        layer.forward(theta, x, 0, y, 0);

        for (int j = 0; j < 3; j++) {
            assertThat(y[j]).isCloseTo(theta[6 + j] + x[0] * theta[j] + x[1] * theta[3 + j], within(1e-15));
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void activationBackPropagatesItsSlope(Activation activation) {
        double[] z = CentralDifference.randomPoint(7, 12, 2);
        double[] c = CentralDifference.randomPoint(8, 12, 1);
        double[] a = new double[12];
        double[] dz = new double[12];

        activation.forward(z, a, 0, 12);
        activation.backward(z, a, c, dz, 0, 12);

        CentralDifference.assertGradient(in -> {
            double[] out = new double[12];
            activation.forward(in, out, 0, 12);
            return dot(c, out);
        }, z, dz, activation.id());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1e-7, 0.1})
    void softmaxCrossEntropyDeltaIsTheDerivativeOfItsLoss(double epsilon) {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(3, epsilon);
        for (long seed = 1; seed <= 3; seed++) {
            double[] logits = CentralDifference.randomPoint(seed, 3, 2);
            for (int target = 0; target < 3; target++) {
                assertDeltaIsDerivative(loss, logits, target, "softmax eps=" + epsilon + " target " + target);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1e-7, 0.1})
    void sigmoidCrossEntropyDeltaIsTheDerivativeOfItsLoss(double epsilon) {
        SigmoidCrossEntropy loss = new SigmoidCrossEntropy(epsilon);
        for (double z : new double[] {-7, -1.3, 0.2, 2.5, 9}) {
            for (int target = 0; target < 2; target++) {
                assertDeltaIsDerivative(loss, new double[] {z}, target, "sigmoid eps=" + epsilon + " z=" + z + " target " + target);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-3, 0.25, 4})
    void squaredErrorDeltaIsTheDerivativeOfItsLoss(double prediction) {
        assertDeltaIsDerivative(SquaredError.INSTANCE, new double[] {prediction}, 1.5, "squared error");
    }

    private static void assertDeltaIsDerivative(OutputLoss loss, double[] output, double target, String what) {
        double[] delta = new double[output.length];
        double value = loss.lossAndDelta(output, 0, target, delta);

        assertThat(value).as("%s: value beside the delta", what).isEqualTo(loss.loss(output, 0, target));
        CentralDifference.assertGradient(o -> loss.loss(o, 0, target), output, delta, what);
    }

    private static double weighted(Dense layer, double[] theta, double[] x, double[] c) {
        double[] y = new double[layer.outputs()];
        layer.forward(theta, x, 0, y, 0);
        return dot(c, y);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
