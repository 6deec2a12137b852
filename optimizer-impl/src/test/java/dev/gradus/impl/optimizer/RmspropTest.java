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

class RmspropTest {
    private static final RmspropProvider PROVIDER = new RmspropProvider();

    private static Rmsprop rmsprop(Map<String, String> values) {
        return (Rmsprop) PROVIDER.create(PROVIDER.parameters().parse("rmsprop", values));
    }

    private static void step(Rmsprop rmsprop, VectorState state, double[] x, double lr, double... gradient) {
        rmsprop.update(state, x, gradient, StepContext.of(lr, 0));
    }

    @Test
    void withoutBiasCorrectionTheFirstStepIsTenTimesTheRateAtTheDefaultAlpha() {
        Rmsprop rmsprop = rmsprop(Map.of());
        VectorState state = rmsprop.init(2);
        double[] x = {1, 1};

        // t = 1, g = (2, -0.5): v = 0.01 g² = (0.04, 0.0025), √v = 0.1 |g|, so x -= 0.01 g / (0.1 |g| + 1e-8) ≈ 0.1 sign(g)
        step(rmsprop, state, x, 0.01, 2, -0.5);
        assertThat(x).containsExactly(new double[] {0.9000000049999998, 1.099999980000004}, within(1e-15));
        assertThat(state.vectors().get("square average")[0]).isCloseTo(0.04, withinPercentage(1e-12));

        // t = 2, g = (1, 1): v = 0.99 v + 0.01 = (0.0496, 0.012475); x -= 0.01 / (√v + 1e-8) = (0.0449013185, 0.0895323062)
        step(rmsprop, state, x, 0.01, 1, 1);
        assertThat(x).containsExactly(new double[] {0.855098681509435, 1.0104676918088664}, within(1e-15));
        assertThat(state.vectors()).containsOnlyKeys("square average");
    }

    @Test
    void centeredSubtractsTheSquaredMeanAndMomentumAccumulatesTheScaledStep() {
        Rmsprop rmsprop = rmsprop(Map.of("alpha", "0.9", "centered", "true", "momentum", "0.5"));
        VectorState state = rmsprop.init(1);
        double[] x = {0};

        // t = 1, g = 2: v = 0.1 * 4 = 0.4, a = 0.1 * 2 = 0.2, d = √(0.4 - 0.04) + eps = 0.6; b = 2 / 0.6 = 3.3333; x = -0.1 b
        step(rmsprop, state, x, 0.1, 2);
        assertThat(x[0]).isCloseTo(-0.3333333277777779, within(1e-15));
        assertThat(state.vectors().get("gradient average")[0]).isCloseTo(0.2, within(1e-16));
        assertThat(state.vectors().get("momentum buffer")[0]).isCloseTo(3.3333332777777787, within(1e-14));

        // t = 2, g = 1: v = 0.36 + 0.1 = 0.46, a = 0.18 + 0.1 = 0.28, d = √(0.46 - 0.0784) = 0.6177378; g / d = 1.6188081
        // b = 0.5 * 3.3333333 + 1.6188081 = 3.2854764; x = -0.3333333 - 0.3285476 = -0.6618810
        step(rmsprop, state, x, 0.1, 1);
        assertThat(state.vectors().get("square average")[0]).isCloseTo(0.46, within(1e-15));
        assertThat(state.vectors().get("gradient average")[0]).isCloseTo(0.28, within(1e-15));
        assertThat(x[0]).isCloseTo(-0.6618809661056658, within(1e-14));
    }

    @Test
    void epsIsAddedOutsideTheRoot() {
        Rmsprop rmsprop = rmsprop(Map.of("alpha", "0", "eps", "1"));
        VectorState state = rmsprop.init(1);
        double[] x = {0};

        step(rmsprop, state, x, 0.1, 3);

        // alpha 0: v = g² = 9; x = -0.1 * 3 / (3 + 1) = -0.075 (inside the root: 0.1 * 3 / √10 = 0.0949)
        assertThat(x[0]).isCloseTo(-0.075, within(1e-17));
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-2), Map.entry("alpha", 0.99),
                Map.entry("eps", 1e-8), Map.entry("weight_decay", 0.0), Map.entry("momentum", 0.0), Map.entry("centered", false));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("rmsprop",
                Map.of("lr", "-1", "alpha", "1.5", "eps", "0", "weight_decay", "-1", "momentum", "-0.5")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "alpha", "eps", "weight_decay", "momentum");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "[0, 1]", "> 0", ">= 0", ">= 0");
    }

    @Test
    void aRestoredStateContinuesBitForBitAndAnotherConfigurationsStateIsRefused() {
        Rmsprop rmsprop = rmsprop(Map.of("centered", "true", "momentum", "0.9"));
        VectorState state = rmsprop.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 5; k++) {
            step(rmsprop, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
        }
        VectorState restored = rmsprop.restore(state.snapshot());
        double[] y = x.clone();
        for (int k = 0; k < 5; k++) {
            step(rmsprop, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
            step(rmsprop, restored, y, 0.01, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(state.snapshot().arrayNames()).containsExactlyInAnyOrder("square_avg", "momentum_buffer", "grad_avg");
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
        assertThatThrownBy(() -> rmsprop(Map.of()).restore(state.snapshot())).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("grad_avg").hasMessageContaining("momentum_buffer").hasMessageContaining("not centered");
    }
}
