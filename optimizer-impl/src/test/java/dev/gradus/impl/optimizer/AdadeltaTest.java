package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdadeltaTest {
    private static final AdadeltaProvider PROVIDER = new AdadeltaProvider();

    private static Adadelta adadelta(Map<String, String> values) {
        return (Adadelta) PROVIDER.create(PROVIDER.parameters().parse("adadelta", values));
    }

    private static void step(Adadelta adadelta, VectorState state, double[] x, double lr, double... gradient) {
        adadelta.update(state, x, gradient, StepContext.of(lr, 0));
    }

    @Test
    void firstTwoStepsMatchHandWorkedNumbers() {
        Adadelta adadelta = adadelta(Map.of());
        VectorState state = adadelta.init(1);
        double[] x = {0};

        // t = 1, g = 2: v = 0.1 * 4 = 0.4; Δ = √(0 + 1e-6) / √(0.4 + 1e-6) * 2 = 1e-3 / 0.6324563 * 2 = 0.0031622737
        // u = 0.1 Δ² = 9.99997500e-7; x = -Δ
        step(adadelta, state, x, 1, 2);
        assertThat(x[0]).isCloseTo(-0.003162273707328716, within(1e-17));
        assertThat(state.vectors().get("square average")[0]).isCloseTo(0.4, within(1e-16));
        assertThat(state.vectors().get("update average")[0]).isCloseTo(9.999975000062502e-07, withinPercentage(1e-12));

        // t = 2, g = 1: v = 0.36 + 0.1 = 0.46; Δ = √(u + 1e-6) / √(0.46 + 1e-6) = 1.41420790e-3 / 0.67823374 = 0.0020851406
        step(adadelta, state, x, 1, 1);
        assertThat(x[0]).isCloseTo(-0.005247414278231316, within(1e-17));
        assertThat(state.vectors().get("update average")[0]).isCloseTo(1.3347788700480273e-06, withinPercentage(1e-12));
    }

    @Test
    void epsSitsInsideBothRootsAndTheLearningRateScalesTheUpdate() {
        Adadelta adadelta = adadelta(Map.of("eps", "1", "rho", "0"));
        VectorState state = adadelta.init(1);
        double[] x = {0};

        step(adadelta, state, x, 0.5, 3);

        // rho 0: v = 9; Δ = √(0 + 1) / √(9 + 1) * 3 = 0.9486833; x = -0.5 Δ. (Outside the roots, Δ = 1 / (3 + 1) * 3 = 0.75.)
        assertThat(x[0]).isCloseTo(-0.5 * 3 / Math.sqrt(10), within(1e-16));
        assertThat(state.vectors().get("update average")[0]).isCloseTo(0.9, within(1e-15));
    }

    @Test
    void weightDecayEntersTheGradient() {
        Adadelta plain = adadelta(Map.of("rho", "0", "eps", "1"));
        Adadelta decayed = adadelta(Map.of("rho", "0", "eps", "1", "weight_decay", "1"));
        double[] x = {2};
        double[] y = {2};

        step(plain, plain.init(1), x, 1, 3);
        step(decayed, decayed.init(1), y, 1, 1);

        // g + 1 * x = 1 + 2 = 3: the same update as the plain one with gradient 3
        assertThat(y).containsExactly(x);
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1.0), Map.entry("rho", 0.9),
                Map.entry("eps", 1e-6), Map.entry("weight_decay", 0.0));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("adadelta",
                Map.of("lr", "-1", "rho", "1.1", "eps", "-1e-6", "weight_decay", "-1")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "rho", "eps", "weight_decay");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "[0, 1]", "> 0", ">= 0");
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Adadelta adadelta = adadelta(Map.of());
        VectorState state = adadelta.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 5; k++) {
            step(adadelta, state, x, 1, Math.cos(x[0]), 3 * x[1]);
        }
        VectorState restored = adadelta.restore(state.snapshot());
        double[] y = x.clone();
        for (int k = 0; k < 5; k++) {
            step(adadelta, state, x, 1, Math.cos(x[0]), 3 * x[1]);
            step(adadelta, restored, y, 1, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(state.snapshot().arrayNames()).containsExactlyInAnyOrder("square_avg", "acc_delta");
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }
}
