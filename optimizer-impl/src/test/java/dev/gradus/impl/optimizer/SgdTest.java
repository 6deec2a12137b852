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

class SgdTest {
    private static final SgdProvider PROVIDER = new SgdProvider();

    private static Sgd sgd(Map<String, String> values) {
        return (Sgd) PROVIDER.create(PROVIDER.parameters().parse("sgd", values));
    }

    private static void step(Sgd sgd, Sgd.State state, double[] x, double lr, double... gradient) {
        sgd.update(state, x, gradient, StepContext.of(lr, 0));
    }

    private static InvalidParametersException refusal(Map<String, String> values) {
        return catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("sgd", values));
    }

    @Test
    void plainStepsMoveByTheLearningRateTimesTheGradient() {
        Sgd sgd = sgd(Map.of());
        Sgd.State state = sgd.init(2);
        double[] x = {1, -2};

        // x = (1, -2) - 0.1 (2, -4) = (0.8, -1.6)
        step(sgd, state, x, 0.1, 2, -4);
        assertThat(x).containsExactly(new double[] {0.8, -1.6}, within(1e-15));
        // no memory: x = (0.8, -1.6) - 0.1 (1, 1) = (0.7, -1.7)
        step(sgd, state, x, 0.1, 1, 1);
        assertThat(x).containsExactly(new double[] {0.7, -1.7}, within(1e-15));
        assertThat(state.steps()).isEqualTo(2);
        assertThat(state.vectors()).isEmpty();
    }

    @Test
    void firstMomentumBufferIsTheRawGradientEvenWithDampening() {
        Sgd sgd = sgd(Map.of("momentum", "0.9", "dampening", "0.5"));
        Sgd.State state = sgd.init(2);
        double[] x = {0, 0};

        // step 1: buf = g = (1, -2), not (1 - 0.5) g = (0.5, -1); x = -0.1 buf = (-0.1, 0.2)
        step(sgd, state, x, 0.1, 1, -2);
        assertThat(state.vectors().get("momentum buffer")).containsExactly(1, -2);
        assertThat(x).containsExactly(new double[] {-0.1, 0.2}, within(1e-15));

        // step 2: buf = 0.9 (1, -2) + 0.5 (3, 1) = (2.4, -1.3); x = (-0.1, 0.2) - 0.1 buf = (-0.34, 0.33)
        step(sgd, state, x, 0.1, 3, 1);
        assertThat(state.vectors().get("momentum buffer")).containsExactly(new double[] {2.4, -1.3}, within(1e-15));
        assertThat(x).containsExactly(new double[] {-0.34, 0.33}, within(1e-15));

        // step 3, zero gradient: buf = 0.9 (2.4, -1.3) = (2.16, -1.17); x = (-0.34, 0.33) - 0.1 buf = (-0.556, 0.447)
        step(sgd, state, x, 0.1, 0, 0);
        assertThat(state.vectors().get("momentum buffer")).containsExactly(new double[] {2.16, -1.17}, within(1e-15));
        assertThat(x).containsExactly(new double[] {-0.556, 0.447}, within(1e-15));
    }

    @Test
    void nesterovStepsAlongTheGradientPlusMomentumTimesTheBuffer() {
        Sgd sgd = sgd(Map.of("momentum", "0.9", "nesterov", "true"));
        Sgd.State state = sgd.init(2);
        double[] x = {0, 0};

        // step 1: buf = g = (1, -2); d = g + 0.9 buf = (1.9, -3.8); x = -0.1 d = (-0.19, 0.38)
        step(sgd, state, x, 0.1, 1, -2);
        assertThat(x).containsExactly(new double[] {-0.19, 0.38}, within(1e-15));

        // step 2: buf = 0.9 (1, -2) + (3, 1) = (3.9, -0.8); d = (3, 1) + 0.9 buf = (6.51, 0.28)
        // x = (-0.19, 0.38) - 0.1 d = (-0.841, 0.352)
        step(sgd, state, x, 0.1, 3, 1);
        assertThat(state.vectors().get("momentum buffer")).containsExactly(new double[] {3.9, -0.8}, within(1e-15));
        assertThat(x).containsExactly(new double[] {-0.841, 0.352}, within(1e-15));

        // step 3, zero gradient: buf = 0.9 (3.9, -0.8) = (3.51, -0.72); d = 0 + 0.9 buf = (3.159, -0.648)
        // x = (-0.841, 0.352) - 0.1 d = (-1.1569, 0.4168)
        step(sgd, state, x, 0.1, 0, 0);
        assertThat(x).containsExactly(new double[] {-1.1569, 0.4168}, within(1e-15));
    }

    @Test
    void weightDecayIsAddedToTheGradientWithoutChangingIt() {
        Sgd sgd = sgd(Map.of("weight_decay", "0.5"));
        Sgd.State state = sgd.init(2);
        double[] x = {2, -4};
        double[] gradient = {1, 1};

        // d = g + 0.5 x = (1 + 1, 1 - 2) = (2, -1); x = (2, -4) - 0.1 d = (1.8, -3.9)
        sgd.update(state, x, gradient, StepContext.of(0.1, 0));
        assertThat(x).containsExactly(new double[] {1.8, -3.9}, within(1e-15));
        // d = (1 + 0.9, 1 - 1.95) = (1.9, -0.95); x = (1.8 - 0.19, -3.9 + 0.095) = (1.61, -3.805)
        sgd.update(state, x, gradient, StepContext.of(0.1, 0));
        assertThat(x).containsExactly(new double[] {1.61, -3.805}, within(1e-15));
        assertThat(gradient).containsExactly(1, 1);
    }

    @Test
    void weightDecayEntersTheMomentumBuffer() {
        Sgd sgd = sgd(Map.of("momentum", "0.9", "weight_decay", "0.5"));
        Sgd.State state = sgd.init(1);
        double[] x = {2};

        // step 1: d = 1 + 0.5 * 2 = 2; buf = 2; x = 2 - 0.1 * 2 = 1.8
        step(sgd, state, x, 0.1, 1);
        assertThat(x[0]).isCloseTo(1.8, within(1e-15));
        // step 2: d = 1 + 0.5 * 1.8 = 1.9; buf = 0.9 * 2 + 1.9 = 3.7; x = 1.8 - 0.37 = 1.43
        step(sgd, state, x, 0.1, 1);
        assertThat(state.vectors().get("momentum buffer")[0]).isCloseTo(3.7, within(1e-15));
        assertThat(x[0]).isCloseTo(1.43, within(1e-15));
    }

    @Test
    void updateNeverWritesIntoTheGradient() {
        Sgd sgd = sgd(Map.of("momentum", "0.9", "nesterov", "true", "weight_decay", "0.1"));
        Sgd.State state = sgd.init(3);
        double[] x = {1, 2, 3};
        double[] gradient = {0.5, -1, 2};

        for (int k = 0; k < 3; k++) {
            sgd.update(state, x, gradient, StepContext.of(0.1, 0));
        }

        assertThat(gradient).containsExactly(0.5, -1, 2);
    }

    @Test
    void theLearningRateComesFromTheContextNotTheConfiguration() {
        Sgd sgd = sgd(Map.of("lr", "0.5", "momentum", "0.9", "weight_decay", "0.1"));
        Sgd.State state = sgd.init(1);
        double[] x = {3};

        step(sgd, state, x, 0, 7);
        assertThat(x).containsExactly(3);

        // d = 7 + 0.1 * 3 = 7.3; buf = 0.9 * 7.3 + 7.3 = 13.87; x = 3 - 0.01 * 13.87 = 2.8613 (with lr 0.5 it would be -3.935)
        step(sgd, state, x, 0.01, 7);
        assertThat(x[0]).isCloseTo(2.8613, within(1e-15));
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-3), Map.entry("momentum", 0.0),
                Map.entry("dampening", 0.0), Map.entry("weight_decay", 0.0), Map.entry("nesterov", false));
    }

    @Test
    void rejectsNesterovWithoutMomentumOrWithDampeningNamingTheParameters() {
        ParameterViolation withoutMomentum = refusal(Map.of("nesterov", "true")).violations().get(0);
        ParameterViolation withDampening = refusal(Map.of("nesterov", "true", "momentum", "0.9", "dampening", "0.1")).violations().get(0);

        assertThat(withoutMomentum.kind()).isEqualTo(ParameterViolation.Kind.RULE);
        assertThat(withoutMomentum.owner()).isEqualTo("sgd");
        assertThat(withoutMomentum.parameter()).isEqualTo("nesterov, momentum, dampening");
        assertThat(withoutMomentum.value()).isEqualTo("nesterov=true, momentum=0.0, dampening=0.0");
        assertThat(withDampening.kind()).isEqualTo(ParameterViolation.Kind.RULE);
        assertThat(withDampening.value()).isEqualTo("nesterov=true, momentum=0.9, dampening=0.1");
        assertThat(sgd(Map.of("nesterov", "true", "momentum", "0.9"))).isNotNull();
    }

    @Test
    void rejectsNegativeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = refusal(Map.of("lr", "-1", "momentum", "-0.5", "weight_decay", "-1"));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "momentum", "weight_decay");
        assertThat(refused.violations()).extracting(ParameterViolation::value).containsExactly("-1", "-0.5", "-1");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsOnly(">= 0");
        assertThat(refused.violations()).extracting(ParameterViolation::kind).containsOnly(ParameterViolation.Kind.OUT_OF_RANGE);
        assertThat(refused.violations()).extracting(ParameterViolation::owner).containsOnly("sgd");
    }

    @Test
    void acceptsAnyDampeningAsTorchDoes() {
        Sgd sgd = sgd(Map.of("momentum", "0.5", "dampening", "-1"));
        Sgd.State state = sgd.init(1);
        double[] x = {0};

        // buf = 1, then 0.5 * 1 + (1 - (-1)) * 1 = 2.5; x = -0.1 - 0.25 = -0.35
        step(sgd, state, x, 0.1, 1);
        step(sgd, state, x, 0.1, 1);

        assertThat(x[0]).isCloseTo(-0.35, within(1e-15));
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Sgd sgd = sgd(Map.of("momentum", "0.9", "dampening", "0.1", "weight_decay", "0.01"));
        Sgd.State state = sgd.init(3);
        double[] x = {1, -2, 3};
        for (int k = 0; k < 5; k++) {
            step(sgd, state, x, 0.05, Math.sin(x[0]), x[1] * x[1], -x[2]);
        }
        StateSnapshot saved = state.snapshot();
        Sgd.State restored = sgd.restore(saved);
        double[] y = x.clone();
        for (int k = 0; k < 5; k++) {
            step(sgd, state, x, 0.05, Math.sin(x[0]), x[1] * x[1], -x[2]);
            step(sgd, restored, y, 0.05, Math.sin(y[0]), y[1] * y[1], -y[2]);
        }

        assertThat(saved.arrayNames()).containsExactly("momentum_buffer");
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
        assertThat(restored.steps()).isEqualTo(10);
    }

    @Test
    void aPlainStateSavesOnlyItsStepCount() {
        Sgd sgd = sgd(Map.of());
        Sgd.State state = sgd.init(2);
        step(sgd, state, new double[2], 0.1, 1, 1);

        StateSnapshot saved = state.snapshot();

        assertThat(saved.arrayNames()).isEmpty();
        assertThat(sgd.restore(saved).steps()).isEqualTo(1);
        assertThat(sgd.restore(saved).dimension()).isEqualTo(2);
    }

    @Test
    void refusesToRestoreAStateOfAnotherShape() {
        Sgd withMomentum = sgd(Map.of("momentum", "0.9"));
        Sgd plain = sgd(Map.of());
        Sgd.State state = withMomentum.init(2);
        step(withMomentum, state, new double[2], 0.1, 1, 1);

        assertThatThrownBy(() -> plain.restore(state.snapshot())).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> withMomentum.restore(plain.init(2).snapshot())).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> withMomentum.restore(StateSnapshot.builder(3, 1).array("momentum_buffer", new double[2]).build()))
                .isInstanceOf(InvalidStateException.class);
    }
}
