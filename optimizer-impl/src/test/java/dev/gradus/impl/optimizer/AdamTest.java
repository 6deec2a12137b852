package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.StateSnapshot;
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

    private static double[] vector(Adam.State state, String name) {
        return state.vectors().get(name);
    }

    @Test
    void firstStepOfAdamMovesEachCoordinateByAlmostExactlyTheLearningRate() {
        Adam adam = adam(Map.of());
        Adam.State state = adam.init(2);
        double[] x = {1, 1};

        step(adam, state, x, 0.1, 2, -0.5);

        // t = 1: m = 0.1 g = (0.2, -0.05) and v = 0.001 g^2 = (0.004, 0.00025), so the bias corrections
        // undo the averaging exactly: m̂ = m / 0.1 = g and √v̂ = √(v / 0.001) = |g|. The step is
        // lr g / (|g| + eps) = lr sign(g) (1 - eps / |g| + ...): 0.1 short by 5e-10 and 2e-9 here.
        // x = (1 - 0.1 * 2 / (2 + 1e-8), 1 + 0.1 * 0.5 / (0.5 + 1e-8)) = (0.9000000005, 1.099999998)
        assertThat(x[0]).isCloseTo(0.9000000004999999975, within(1e-15));
        assertThat(x[1]).isCloseTo(1.09999999800000004, within(1e-15));
        // (1 - 0.9 and 1 - 0.999 are not exact in binary, hence the relative tolerances)
        assertThat(vector(state, "first moment")[0]).isCloseTo(0.2, withinPercentage(1e-12));
        assertThat(vector(state, "first moment")[1]).isCloseTo(-0.05, withinPercentage(1e-12));
        assertThat(vector(state, "second moment")[0]).isCloseTo(0.004, withinPercentage(1e-12));
        assertThat(vector(state, "second moment")[1]).isCloseTo(0.00025, withinPercentage(1e-12));
    }

    @Test
    void secondAndThirdStepsOfAdamMatchHandWorkedNumbers() {
        Adam adam = adam(Map.of());
        Adam.State state = adam.init(2);
        double[] x = {1, 1};
        step(adam, state, x, 0.1, 2, -0.5);

        // t = 2, g = (1, 1):
        // m = 0.9 (0.2, -0.05) + 0.1 (1, 1) = (0.28, 0.055); v = 0.999 (0.004, 0.00025) + 0.001 (1, 1) = (0.004996, 0.00124975)
        // m̂ = m / (1 - 0.81) = (1.4736842105, 0.2894736842); v̂ = v / (1 - 0.998001) = (2.4992496248, 0.6251875938)
        // x = (0.9000000005, 1.099999998) - 0.1 m̂ / (√v̂ + 1e-8) = (0.80678203720851, 1.06338964575943)
        step(adam, state, x, 0.1, 1, 1);
        assertThat(vector(state, "first moment")).containsExactly(new double[] {0.28, 0.055}, within(1e-15));
        assertThat(vector(state, "second moment")).containsExactly(new double[] {0.004996, 0.00124975}, within(1e-15));
        assertThat(x).containsExactly(new double[] {0.8067820372085097587, 1.0633896457594343972}, within(1e-14));

        // t = 3, g = (-1, 3):
        // m = 0.9 (0.28, 0.055) + 0.1 (-1, 3) = (0.152, 0.3495); v = 0.999 v + 0.001 (1, 9) = (0.005991004, 0.01024850025)
        // m̂ = m / (1 - 0.729) = (0.5608856089, 1.2896678967); v̂ = v / (1 - 0.997002999) = (1.9989996667, 3.4195851953)
        // x = x - 0.1 m̂ / (√v̂ + 1e-8) = (0.76711151356219, 0.99364816361352)
        step(adam, state, x, 0.1, -1, 3);
        assertThat(vector(state, "first moment")).containsExactly(new double[] {0.152, 0.3495}, within(1e-15));
        assertThat(vector(state, "second moment")).containsExactly(new double[] {0.005991004, 0.01024850025}, within(1e-15));
        assertThat(x).containsExactly(new double[] {0.7671115135621858998, 0.99364816361352414167}, within(1e-14));
    }

    @Test
    void epsIsAddedAfterBiasCorrectingTheRootOfV() {
        Adam adam = adam(Map.of("eps", "1"));
        Adam.State state = adam.init(1);
        double[] x = {0};

        step(adam, state, x, 0.1, 2);

        // √v̂ + eps = |g| + 1 = 3, so x = -0.1 * 2 / 3 = -0.0667. Inside the root, 0.1 * 2 / √(4 + 1) = 0.0894;
        // added to √v before the correction, 0.1 * 0.2 / 0.1 * √0.001 / (√0.004 + 1) = 0.00595
        assertThat(x[0]).isCloseTo(-0.2 / 3, within(1e-16));
    }

    @Test
    void weightDecayIsCoupledIntoTheGradientWithoutChangingIt() {
        Adam adam = adam(Map.of("weight_decay", "0.5", "eps", "1e-300"));
        Adam.State state = adam.init(1);
        double[] x = {4};
        double[] gradient = {-1};

        adam.update(state, x, gradient, StepContext.of(0.1, 0));

        // d = g + 0.5 x = -1 + 2 = 1 > 0: with eps 1e-300 (eps must be > 0) the first step is exactly lr sign(d), down, against the raw gradient's sign
        assertThat(x[0]).isCloseTo(3.9, within(1e-15));
        assertThat(vector(state, "first moment")[0]).isCloseTo(0.1, within(1e-16));
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
        assertThat(vector(amsState, "max second moment")[0]).isCloseTo(0.1, withinPercentage(1e-12));
        assertThat(vector(amsState, "second moment")[0]).isCloseTo(0.09991, withinPercentage(1e-12));
        // after step 1 both are at -0.1 * 10 / (10 + 1e-8) = -0.0999999999; m2 = 0.9 * 1 + 0.1 * 0.1 = 0.91, m̂ = 0.91 / 0.19 = 4.7894736842
        // plain:   √v̂ = √(0.09991 / 0.001999) = 7.0696527493, step 0.1 * 4.7894736842 / 7.0696527493 = 0.0677469438
        // AMSGrad: √v̂ = √(0.1 / 0.001999) = 7.0728362420, step 0.1 * 4.7894736842 / 7.0728362420 = 0.0677164508
        assertThat(x[0]).isCloseTo(-0.0999999999 - 0.0677469438, within(1e-10));
        assertThat(y[0]).isCloseTo(-0.0999999999 - 0.0677164508, within(1e-10));
        assertThat(y[0]).isGreaterThan(x[0]);
    }

    @Test
    void smallBeta1UsesTheOtherFormOfTorchsLerpAndStillAverages() {
        Adam adam = adam(Map.of("beta1", "0.2"));
        Adam.State state = adam.init(1);

        step(adam, state, new double[1], 0.1, 5);
        step(adam, state, new double[1], 0.1, 1);

        // m1 = 0.8 * 5 = 4; m2 = 0.2 * 4 + 0.8 * 1 = 1.6
        assertThat(vector(state, "first moment")).containsExactly(new double[] {1.6}, within(1e-15));
    }

    @Test
    void theLearningRateComesFromTheContextNotTheConfiguration() {
        Adam adam = adam(Map.of("lr", "0.5"));
        Adam.State state = adam.init(1);
        double[] x = {3};

        step(adam, state, x, 0, 7);

        assertThat(x).containsExactly(3);
        assertThat(state.steps()).isEqualTo(1);
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-3), Map.entry("beta1", 0.9),
                Map.entry("beta2", 0.999), Map.entry("eps", 1e-8), Map.entry("weight_decay", 0.0), Map.entry("amsgrad", false));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("adam",
                Map.of("lr", "-1", "beta1", "1", "beta2", "-0.1", "eps", "-1", "weight_decay", "-0.01")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "beta1", "beta2", "eps", "weight_decay");
        assertThat(refused.violations()).extracting(ParameterViolation::value).containsExactly("-1", "1", "-0.1", "-1", "-0.01");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "[0, 1)", "[0, 1)", "> 0", ">= 0");
        assertThat(refused.violations()).extracting(ParameterViolation::kind).containsOnly(ParameterViolation.Kind.OUT_OF_RANGE);
        assertThat(refused.violations()).extracting(ParameterViolation::owner).containsOnly("adam");
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
            step(adam, sb, b, 0.05, Math.cos(b[0]), 4 * b[1] * b[1] * b[1]);
        }
        double[] a2 = {1, 2};
        Adam.State s2 = adam.init(2);
        for (int k = 0; k < 20; k++) {
            step(adam, s2, a2, 0.05, 2 * a2[0], 2 * a2[1]);
        }
        double[] b2 = {-3, 0.5};
        s2 = adam.init(2);
        for (int k = 0; k < 20; k++) {
            step(adam, s2, b2, 0.05, Math.cos(b2[0]), 4 * b2[1] * b2[1] * b2[1]);
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
        StateSnapshot saved = state.snapshot();
        Adam.State restored = adam.restore(saved);
        double[] y = x.clone();
        for (int k = 0; k < 7; k++) {
            step(adam, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
            step(adam, restored, y, 0.01, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(saved.arrayNames()).containsExactly("exp_avg", "exp_avg_sq", "max_exp_avg_sq");
        assertThat(restored.steps()).isEqualTo(14);
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }

    @Test
    void refusesToRestoreAStateOfAnotherShape() {
        Adam plain = adam(Map.of());
        Adam ams = adam(Map.of("amsgrad", "true"));

        assertThatThrownBy(() -> plain.restore(ams.init(2).snapshot())).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> ams.restore(plain.init(2).snapshot())).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> plain.restore(StateSnapshot.builder(3, 1).array("exp_avg", new double[3]).array("exp_avg_sq", new double[2])
                .build())).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> plain.restore(StateSnapshot.builder(2, 1).array("exp_avg", new double[2]).build()))
                .isInstanceOf(InvalidStateException.class);
    }
}
