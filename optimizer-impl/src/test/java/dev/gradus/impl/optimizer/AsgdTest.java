package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsgdTest {
    private static final AsgdProvider PROVIDER = new AsgdProvider();

    private static Asgd asgd(Map<String, String> values) {
        return (Asgd) PROVIDER.create(PROVIDER.parameters().parse("asgd", values));
    }

    private static void step(Asgd asgd, VectorState state, double[] x, double lr, double... gradient) {
        asgd.update(state, x, gradient, StepContext.of(lr, 0));
    }

    private static double[] average(VectorState state) {
        return state.vectors().get("average");
    }

    private static double number(VectorState state, String name) {
        return state.snapshot().number(name);
    }

    /** λ = 0.1 and α = ½ make the decay visible: η after step t is 0.1 / √(1 + 0.01 t) at lr 0.1. */
    private static Asgd visible() {
        return asgd(Map.of("lambd", "0.1", "alpha", "0.5", "t0", "1"));
    }

    @Test
    void theFirstThreeStepsMatchHandWorkedNumbers() {
        Asgd asgd = visible();
        VectorState state = asgd.init(2);
        double[] x = {1, -2};

        // t = 1: η = lr of this step = 0.1; x = x (1 - 0.1 * 0.1) - 0.1 g = 0.99 (1, -2) - 0.1 (4, -1) = (0.59, -1.88)
        // μ = 1, so the average is x itself; then η = 0.1 / (1 + 0.1 * 0.1 * 1)^½ = 0.1 / √1.01 = 0.09950371902, μ = 1 / max(1, 1 - 1) = 1
        step(asgd, state, x, 0.1, 4, -1);
        assertThat(x).containsExactly(new double[] {0.59, -1.88}, within(1e-15));
        assertThat(average(state)).containsExactly(x);
        assertThat(number(state, "eta")).isCloseTo(0.09950371902099893, within(1e-17));
        assertThat(number(state, "mu")).isEqualTo(1);

        // t = 2: shrink 1 - 0.1 * 0.09950371902 = 0.99004962810
        // x = (0.59 * 0.99004962810 - 0.09950371902 * 1, -1.88 * 0.99004962810 - 0.09950371902 * 2)
        //   = (0.58412928058 - 0.09950371902, -1.86129330082 - 0.19900743804) = (0.48462556156, -2.06030073887)
        // then η = 0.1 / √1.02 = 0.09901475430, μ = 1 / max(1, 2 - 1) = 1
        step(asgd, state, x, 0.1, 1, 2);
        assertThat(x).containsExactly(new double[] {0.4846255615567621, -2.06030073886605}, within(1e-15));
        assertThat(average(state)).containsExactly(x);
        assertThat(number(state, "eta")).isCloseTo(0.09901475429766743, within(1e-17));
        assertThat(number(state, "mu")).isEqualTo(1);

        // t = 3: shrink 1 - 0.1 * 0.09901475430 = 0.99009852457
        // x = (0.48462556156 * 0.99009852457 + 0.09901475430 * 2, -2.06030073887 * 0.99009852457 - 0.09901475430 * 0.5)
        //   = (0.47982705347 + 0.19802950860, -2.03990072172 - 0.04950737715) = (0.67785656206, -2.08940809887)
        // then η = 0.1 / √1.03 = 0.09853292782, μ = 1 / max(1, 3 - 1) = 0.5
        step(asgd, state, x, 0.1, -2, 0.5);
        assertThat(x).containsExactly(new double[] {0.6778565620617059, -2.089408098871071}, within(1e-15));
        assertThat(average(state)).containsExactly(x);
        assertThat(number(state, "eta")).isCloseTo(0.09853292781642932, within(1e-17));
        assertThat(number(state, "mu")).isEqualTo(0.5);
    }

    @Test
    void theAverageBecomesARealAverageOfTheIteratesAfterT0Steps() {
        Asgd asgd = visible();
        VectorState state = asgd.init(2);
        double[] x = {1, -2};
        step(asgd, state, x, 0.1, 4, -1);
        step(asgd, state, x, 0.1, 1, 2);
        step(asgd, state, x, 0.1, -2, 0.5);
        double[] x3 = x.clone();

        // t = 4 uses μ = 0.5 (set after step 3): η = 0.09853292782, shrink 0.99014670722,
        // x4 = (0.67785656206 * 0.99014670722 - 0.09853292782, -2.08940809887 * 0.99014670722 - 0.09853292782) = (0.57264451508, -2.16735347695)
        // a = x3 + 0.5 (x4 - x3) = (x3 + x4) / 2 = (0.62525053857, -2.12838078791)
        step(asgd, state, x, 0.1, 1, 1);
        assertThat(x).containsExactly(new double[] {0.5726445150753247, -2.167353476948988}, within(1e-15));
        assertThat(average(state)).containsExactly(new double[] {(x3[0] + x[0]) / 2, (x3[1] + x[1]) / 2}, within(1e-15))
                .containsExactly(new double[] {0.6252505385685152, -2.1283807879100296}, within(1e-15));
        assertThat(number(state, "mu")).isCloseTo(1. / 3, within(1e-17));
        double[] x4 = x.clone();

        // t = 5 uses μ = 1/3: η = 0.1 / √1.04 = 0.09805806757, shrink 0.99019419324,
        // x5 = (0.57264451508 * 0.99019419324 - 3 * 0.09805806757, -2.16735347695 * 0.99019419324 + 2 * 0.09805806757) = (0.27285507091, -1.94998469244)
        // a = (x3 + x4) / 2 + (x5 - (x3 + x4) / 2) / 3 = (x3 + x4 + x5) / 3 = (0.50778538268, -2.06891542275)
        step(asgd, state, x, 0.1, 3, -2);
        assertThat(x).containsExactly(new double[] {0.272855070912816, -1.9499846924419273}, within(1e-15));
        assertThat(average(state)).containsExactly(new double[] {(x3[0] + x4[0] + x[0]) / 3, (x3[1] + x4[1] + x[1]) / 3}, within(1e-15))
                .containsExactly(new double[] {0.5077853826832821, -2.0689154227539954}, within(1e-15));
        assertThat(number(state, "mu")).isEqualTo(0.25);
    }

    @Test
    void withTheDefaultT0TheAverageIsJustTheIterate() {
        Asgd asgd = asgd(Map.of());
        VectorState state = asgd.init(1);
        double[] x = {1};
        for (int k = 0; k < 5; k++) {
            step(asgd, state, x, 0.1, 2 * x[0]);
            assertThat(average(state)).containsExactly(x);
            assertThat(number(state, "mu")).isEqualTo(1);
        }
    }

    @Test
    void theStepSizeStartsAtTheFirstStepsLearningRateFromTheContext() {
        Asgd asgd = asgd(Map.of("lr", "0.5", "lambd", "0"));
        VectorState state = asgd.init(1);
        double[] x = {1};

        step(asgd, state, x, 0.3, 2);

        // λ = 0: plain SGD with η = 0.3 (the context's lr, not the configured 0.5): x = 1 - 0.3 * 2 = 0.4; η stays 0.3 / 1^α
        assertThat(x[0]).isCloseTo(0.4, within(1e-16));
        assertThat(number(state, "eta")).isEqualTo(0.3);
    }

    @Test
    void aScheduleActsOneStepLate() {
        Asgd asgd = visible();
        VectorState constant = asgd.init(2);
        VectorState scheduled = asgd.init(2);
        double[] x = {1, -2};
        double[] y = {1, -2};
        step(asgd, constant, x, 0.1, 4, -1);
        step(asgd, scheduled, y, 0.1, 4, -1);

        // step 2 runs with η = 0.1 / √1.01 from step 1 whatever lr it is given, so both are at (0.48462556156, -2.06030073887)
        step(asgd, constant, x, 0.1, 1, 2);
        step(asgd, scheduled, y, 0.05, 1, 2);
        assertThat(y).containsExactly(x);
        // but step 2's lr 0.05 sets the η of step 3: 0.05 / (1 + 0.1 * 0.05 * 2)^½ = 0.05 / √1.01 = 0.04975185951
        assertThat(number(scheduled, "eta")).isCloseTo(0.049751859510499465, within(1e-17));

        // step 3 with η = 0.04975185951: shrink 1 - 0.1 * 0.04975185951 = 0.99502481405
        // y = (0.48462556156 * 0.99502481405 + 2 * 0.04975185951, -2.06030073887 * 0.99502481405 - 0.5 * 0.04975185951) = (0.58171817829, -2.07492628933)
        step(asgd, constant, x, 0.05, -2, 0.5);
        step(asgd, scheduled, y, 0.05, -2, 0.5);
        assertThat(x).containsExactly(new double[] {0.6778565620617059, -2.089408098871071}, within(1e-15));
        assertThat(y).containsExactly(new double[] {0.5817181782923841, -2.0749262893303557}, within(1e-15));
    }

    @Test
    void weightDecayIsCoupledIntoTheGradientWithoutChangingIt() {
        Asgd asgd = asgd(Map.of("weight_decay", "0.5", "lambd", "0"));
        VectorState state = asgd.init(1);
        double[] x = {4};
        double[] gradient = {-1};

        asgd.update(state, x, gradient, StepContext.of(0.1, 0));

        // g = -1 + 0.5 * 4 = 1: x = 4 - 0.1 * 1 = 3.9, against the raw gradient's sign
        assertThat(x[0]).isCloseTo(3.9, within(1e-15));
        assertThat(gradient).containsExactly(-1);
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-2), Map.entry("lambd", 1e-4),
                Map.entry("alpha", 0.75), Map.entry("t0", 1e6), Map.entry("weight_decay", 0.0));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("asgd",
                Map.of("lr", "-1", "lambd", "-1e-4", "alpha", "-0.75", "t0", "-1", "weight_decay", "-0.01")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "lambd", "alpha", "t0", "weight_decay");
        assertThat(refused.violations()).extracting(ParameterViolation::value).containsExactly("-1", "-1e-4", "-0.75", "-1", "-0.01");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsOnly(">= 0");
        assertThat(refused.violations()).extracting(ParameterViolation::kind).containsOnly(ParameterViolation.Kind.OUT_OF_RANGE);
        assertThat(refused.violations()).extracting(ParameterViolation::owner).containsOnly("asgd");
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Asgd asgd = asgd(Map.of("lambd", "0.01", "t0", "3", "weight_decay", "0.01"));
        VectorState state = asgd.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 4; k++) {
            step(asgd, state, x, 0.05, Math.cos(x[0]), 3 * x[1]);
        }
        StateSnapshot saved = state.snapshot();
        VectorState restored = asgd.restore(saved);
        double[] y = x.clone();
        // the restored run crosses t0 and starts averaging
        for (int k = 0; k < 6; k++) {
            step(asgd, state, x, 0.05, Math.cos(x[0]), 3 * x[1]);
            step(asgd, restored, y, 0.05, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(saved.arrayNames()).containsExactly("ax");
        assertThat(saved.numberNames()).containsExactly("eta", "mu");
        assertThat(restored.steps()).isEqualTo(10);
        assertThat(number(restored, "mu")).isEqualTo(1. / 7);
        assertThat(average(restored)).isNotEqualTo(y);
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }

    @Test
    void refusesToRestoreAStateWithoutItsNumbers() {
        Asgd asgd = asgd(Map.of());

        assertThatThrownBy(() -> asgd.restore(StateSnapshot.builder(2, 1).array("ax", new double[2]).number("eta", 0.01).build()))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("mu");
    }
}
