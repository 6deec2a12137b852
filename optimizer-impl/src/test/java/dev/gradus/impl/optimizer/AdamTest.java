package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamTest {
    private static final AdamProvider PROVIDER = new AdamProvider();

    private static Adam adam(Map<String, String> values) {
        return (Adam) PROVIDER.create(PROVIDER.parameters().parse("adam", values));
    }

    private static void step(Adam adam, Adam.State state, double[] x, double lr, double... gradient) {
        adam.update(state, x, gradient, StepContext.of(lr, 0));
    }

    /**
     * The textbook form of one Adam step, written independently of the implementation's operation
     * order: m̂ = m / (1 - β1^t), v̂ = v / (1 - β2^t), x -= lr m̂ / (√v̂ + eps).
     */
    private static double textbookStep(double x, double m, double v, long t, double lr, double beta1, double beta2, double eps) {
        double mHat = m / (1 - Math.pow(beta1, t));
        double vHat = v / (1 - Math.pow(beta2, t));
        return x - lr * mHat / (Math.sqrt(vHat) + eps);
    }

    @Test
    void firstStepMovesEachCoordinateByAlmostExactlyTheLearningRate() {
        Adam adam = adam(Map.of());
        Adam.State state = adam.init(2);
        double[] x = {1, 1};

        step(adam, state, x, 0.1, 2, -0.5);

        // t = 1: m = 0.1 g and v = 0.001 g^2, so m̂ = g and v̂ = g^2: the step is lr g / (|g| + eps)
        assertThat(x[0]).isEqualTo(1 - 0.1 * 2 / (2 + 1e-8), within(1e-16));
        assertThat(x[1]).isEqualTo(1 + 0.1 * 0.5 / (0.5 + 1e-8), within(1e-16));
        // (1 - 0.9 and 1 - 0.999 are not exact in binary, hence the relative tolerances)
        assertThat(state.vectors().get("first moment")[0]).isCloseTo(0.2, withinPercentage(1e-12));
        assertThat(state.vectors().get("first moment")[1]).isCloseTo(-0.05, withinPercentage(1e-12));
        assertThat(state.vectors().get("second moment")[0]).isCloseTo(0.004, withinPercentage(1e-12));
        assertThat(state.vectors().get("second moment")[1]).isCloseTo(0.00025, withinPercentage(1e-12));
    }

    @Test
    void secondStepMatchesTheTextbookFormula() {
        Adam adam = adam(Map.of());
        Adam.State state = adam.init(2);
        double[] x = {1, 1};
        step(adam, state, x, 0.1, 2, -0.5);
        double[] afterOne = x.clone();

        step(adam, state, x, 0.1, 1, 1);

        // m2 = 0.9 (0.2, -0.05) + 0.1 (1, 1) = (0.28, 0.055)
        // v2 = 0.999 (0.004, 0.00025) + 0.001 (1, 1) = (0.004996, 0.00124975)
        assertThat(state.vectors().get("first moment")).containsExactly(new double[] {0.28, 0.055}, within(1e-15));
        assertThat(state.vectors().get("second moment")).containsExactly(new double[] {0.004996, 0.00124975}, within(1e-15));
        assertThat(x[0]).isCloseTo(textbookStep(afterOne[0], 0.28, 0.004996, 2, 0.1, 0.9, 0.999, 1e-8), withinPercentage(1e-12));
        assertThat(x[1]).isCloseTo(textbookStep(afterOne[1], 0.055, 0.00124975, 2, 0.1, 0.9, 0.999, 1e-8), withinPercentage(1e-12));
    }

    @Test
    void epsIsAddedAfterBiasCorrectingTheRootOfV() {
        Adam adam = adam(Map.of("eps", "1"));
        Adam.State state = adam.init(1);
        double[] x = {0};

        step(adam, state, x, 0.1, 2);

        // √v̂ + eps = |g| + 1 = 3, so the step is 0.1 * 2 / 3. Inside the root it would be 0.1 * 2 / √5;
        // added before the correction, 0.1 * 0.2 / ((√0.004 + 1) / √0.001)
        assertThat(x[0]).isCloseTo(-0.2 / 3, within(1e-16));
    }

    @Test
    void weightDecayIsCoupledIntoTheGradient() {
        Adam adam = adam(Map.of("weight_decay", "0.5", "eps", "0"));
        Adam.State state = adam.init(1);
        double[] x = {4};
        double[] gradient = {-1};

        adam.update(state, x, gradient, StepContext.of(0.1, 0));

        // g + 0.5 x = -1 + 2 = 1 > 0, so the first step goes down by lr, against the raw gradient's sign
        assertThat(x[0]).isEqualTo(3.9, within(1e-15));
        assertThat(gradient).containsExactly(-1);
    }

    @Test
    void amsgradUsesTheRunningMaximumOfTheRawSecondMoment() {
        Adam plain = adam(Map.of());
        Adam ams = adam(Map.of("amsgrad", "true"));
        Adam.State plainState = plain.init(1);
        Adam.State amsState = ams.init(1);
        double[] x = {0};
        double[] y = {0};

        step(plain, plainState, x, 0.1, 10);
        step(ams, amsState, y, 0.1, 10);
        assertThat(y).containsExactly(x);
        step(plain, plainState, x, 0.1, 0.1);
        step(ams, amsState, y, 0.1, 0.1);

        // v1 = 0.001 * 100 = 0.1; v2 = 0.999 * 0.1 + 0.001 * 0.01 = 0.09991 < v1, so AMSGrad keeps 0.1
        assertThat(amsState.vectors().get("max second moment")[0]).isCloseTo(0.1, withinPercentage(1e-12));
        assertThat(amsState.vectors().get("second moment")[0]).isCloseTo(0.09991, withinPercentage(1e-12));
        double m2 = 0.9 * 1 + 0.1 * 0.1;
        assertThat(y[0]).isCloseTo(textbookStep(-0.1 * 10 / (10 + 1e-8), m2, 0.1, 2, 0.1, 0.9, 0.999, 1e-8), withinPercentage(1e-12));
        assertThat(x[0]).isCloseTo(textbookStep(-0.1 * 10 / (10 + 1e-8), m2, 0.09991, 2, 0.1, 0.9, 0.999, 1e-8), withinPercentage(1e-12));
        assertThat(y[0]).isNotEqualTo(x[0]);
    }

    @Test
    void smallBeta1UsesTheOtherLerpFormAndStillAverages() {
        Adam adam = adam(Map.of("beta1", "0.2"));
        Adam.State state = adam.init(1);

        step(adam, state, new double[1], 0.1, 5);
        step(adam, state, new double[1], 0.1, 1);

        // m1 = 0.8 * 5 = 4; m2 = 0.2 * 4 + 0.8 * 1 = 1.6
        assertThat(state.vectors().get("first moment")).containsExactly(new double[] {1.6}, within(1e-15));
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-3), Map.entry("beta1", 0.9),
                Map.entry("beta2", 0.999), Map.entry("eps", 1e-8), Map.entry("weight_decay", 0.0), Map.entry("amsgrad", false));
    }

    @Test
    void refusesOutOfRangeValuesNamingEachParameter() {
        InvalidParametersException e = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("adam",
                Map.of("lr", "-1", "beta1", "1", "beta2", "-0.1", "eps", "-1", "weight_decay", "-0.01")));

        assertThat(e.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "beta1", "beta2", "eps", "weight_decay");
        assertThat(e.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "[0, 1)", "[0, 1)", ">= 0", ">= 0");
    }

    @Test
    void interleavedRunsEqualSeparateRuns() {
        Adam adam = adam(Map.of("amsgrad", "true", "weight_decay", "0.01"));
        double[] a = {1, 2};
        double[] b = {-3, 0.5};
        Adam.State sa = adam.init(2);
        Adam.State sb = adam.init(2);
        for (int k = 0; k < 20; k++) {
            step(adam, sa, a, 0.05, 2 * a[0], 2 * a[1]);
            step(adam, sb, b, 0.05, 2 * b[0], 2 * b[1]);
        }
        double[] a2 = {1, 2};
        double[] b2 = {-3, 0.5};
        Adam.State s2 = adam.init(2);
        for (int k = 0; k < 20; k++) {
            step(adam, s2, a2, 0.05, 2 * a2[0], 2 * a2[1]);
        }
        s2 = adam.init(2);
        for (int k = 0; k < 20; k++) {
            step(adam, s2, b2, 0.05, 2 * b2[0], 2 * b2[1]);
        }

        assertThat(a).containsExactly(a2);
        assertThat(b).containsExactly(b2);
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Adam adam = adam(Map.of("amsgrad", "true"));
        Adam.State state = adam.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 7; k++) {
            step(adam, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
        }
        Adam.State restored = adam.restore(state.snapshot());
        double[] y = x.clone();
        for (int k = 0; k < 7; k++) {
            step(adam, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
            step(adam, restored, y, 0.01, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }

    @Test
    void refusesAStateOfAnotherShape() {
        Adam ams = adam(Map.of("amsgrad", "true"));
        Adam.State state = ams.init(2);

        assertThatThrownBy(() -> adam(Map.of()).restore(state.snapshot())).isInstanceOf(InvalidStateException.class).hasMessageContaining("AMSGrad");
        assertThatThrownBy(() -> ams.restore(adam(Map.of()).init(2).snapshot())).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("max_exp_avg_sq");
    }
}
