package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamaxTest {
    private static final AdamaxProvider PROVIDER = new AdamaxProvider();

    private static Adamax adamax(Map<String, String> values) {
        return (Adamax) PROVIDER.create(PROVIDER.parameters().parse("adamax", values));
    }

    private static void step(Adamax adamax, VectorState state, double[] x, double lr, double... gradient) {
        adamax.update(state, x, gradient, StepContext.of(lr, 0));
    }

    @Test
    void firstTwoStepsMatchHandWorkedNumbers() {
        Adamax adamax = adamax(Map.of());
        VectorState state = adamax.init(1);
        double[] x = {0};

        // t = 1, g = 2: m = 0.2, u = max(0, 2 + 1e-8); x = -(0.1 / 0.1) * 0.2 / 2.00000001 = -0.0999999995
        step(adamax, state, x, 0.1, 2);
        assertThat(x[0]).isCloseTo(-0.0999999995, within(1e-17));
        assertThat(state.vectors().get("infinity norm")).containsExactly(2.00000001);

        // t = 2, g = 1: m = 0.18 + 0.1 = 0.28; u = max(0.999 * 2.00000001, 1 + 1e-8) = 1.99800000999 (the old maximum, decayed)
        // x -= (0.1 / 0.19) * 0.28 / 1.99800000999 = 0.0737579681
        step(adamax, state, x, 0.1, 1);
        assertThat(state.vectors().get("first moment")[0]).isCloseTo(0.28, within(1e-16));
        assertThat(state.vectors().get("infinity norm")[0]).isCloseTo(1.99800000999, within(1e-15));
        assertThat(x[0]).isCloseTo(-0.17375796762602075, within(1e-15));
    }

    @Test
    void epsIsInsideTheMax() {
        Adamax adamax = adamax(Map.of("eps", "1"));
        VectorState state = adamax.init(1);
        double[] x = {0};

        step(adamax, state, x, 0.1, 2);

        // u = max(0, |2| + 1) = 3; x = -0.1 * 2 / 3. (Added after the max it would be the same here; with a larger
        // decayed maximum it would not be:)
        assertThat(x[0]).isCloseTo(-0.2 / 3, within(1e-17));
        step(adamax, state, x, 0.1, 0.5);
        // u = max(0.999 * 3, 0.5 + 1) = 2.997: eps entered through the old maximum, not added again
        assertThat(state.vectors().get("infinity norm")[0]).isCloseTo(2.997, within(1e-15));
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 2e-3), Map.entry("beta1", 0.9),
                Map.entry("beta2", 0.999), Map.entry("eps", 1e-8), Map.entry("weight_decay", 0.0));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("adamax",
                Map.of("lr", "-1", "beta1", "1", "beta2", "1", "eps", "0", "weight_decay", "-1")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "beta1", "beta2", "eps", "weight_decay");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "[0, 1)", "[0, 1)", "> 0", ">= 0");
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Adamax adamax = adamax(Map.of("weight_decay", "0.1"));
        VectorState state = adamax.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 5; k++) {
            step(adamax, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
        }
        VectorState restored = adamax.restore(state.snapshot());
        double[] y = x.clone();
        for (int k = 0; k < 5; k++) {
            step(adamax, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
            step(adamax, restored, y, 0.01, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(state.snapshot().arrayNames()).containsExactlyInAnyOrder("exp_avg", "exp_inf");
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }
}
