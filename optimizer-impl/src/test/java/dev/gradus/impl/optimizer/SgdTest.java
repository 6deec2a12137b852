package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
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

    @Test
    void plainStepMovesAgainstTheGradient() {
        Sgd sgd = sgd(Map.of());
        Sgd.State state = sgd.init(2);
        double[] x = {1, -2};

        step(sgd, state, x, 0.1, 2, -4);

        // x - 0.1 g = (1 - 0.2, -2 + 0.4)
        assertThat(x).containsExactly(new double[] {0.8, -1.6}, within(1e-15));
        assertThat(state.steps()).isEqualTo(1);
        assertThat(state.vectors()).isEmpty();
    }

    @Test
    void firstMomentumBufferIsTheRawGradientEvenWithDampening() {
        Sgd sgd = sgd(Map.of("momentum", "0.9", "dampening", "0.5"));
        Sgd.State state = sgd.init(2);
        double[] x = {0, 0};

        // step 1: buf = g = (1, -2), not (1 - 0.5) g; x = -0.1 buf = (-0.1, 0.2)
        step(sgd, state, x, 0.1, 1, -2);
        assertThat(x).containsExactly(new double[] {-0.1, 0.2}, within(1e-15));
        assertThat(state.vectors().get("momentum buffer")).containsExactly(1, -2);

        // step 2: buf = 0.9 (1, -2) + 0.5 (3, 1) = (2.4, -1.3); x = (-0.1, 0.2) - 0.1 buf = (-0.34, 0.33)
        step(sgd, state, x, 0.1, 3, 1);
        assertThat(state.vectors().get("momentum buffer")).containsExactly(new double[] {2.4, -1.3}, within(1e-15));
        assertThat(x).containsExactly(new double[] {-0.34, 0.33}, within(1e-15));
    }

    @Test
    void nesterovStepsAlongGradientPlusMomentumTimesBuffer() {
        Sgd sgd = sgd(Map.of("momentum", "0.9", "nesterov", "true"));
        Sgd.State state = sgd.init(2);
        double[] x = {0, 0};

        // step 1: buf = g = (1, -2); d = g + 0.9 buf = (1.9, -3.8); x = -0.1 d = (-0.19, 0.38)
        step(sgd, state, x, 0.1, 1, -2);
        assertThat(x).containsExactly(new double[] {-0.19, 0.38}, within(1e-15));

        // step 2: buf = 0.9 (1, -2) + (3, 1) = (3.9, -0.8); d = (3, 1) + 0.9 buf = (6.51, 0.28)
        // x = (-0.19, 0.38) - 0.1 d = (-0.841, 0.352)
        step(sgd, state, x, 0.1, 3, 1);
        assertThat(x).containsExactly(new double[] {-0.841, 0.352}, within(1e-15));
    }

    @Test
    void weightDecayIsAddedToTheGradientWithoutChangingIt() {
        Sgd sgd = sgd(Map.of("weight_decay", "0.5"));
        Sgd.State state = sgd.init(2);
        double[] x = {2, -4};
        double[] gradient = {1, 1};

        sgd.update(state, x, gradient, StepContext.of(0.1, 0));

        // d = g + 0.5 x = (2, -1); x = (2, -4) - 0.1 d = (1.8, -3.9)
        assertThat(x).containsExactly(new double[] {1.8, -3.9}, within(1e-15));
        assertThat(gradient).containsExactly(1, 1);
    }

    @Test
    void theLearningRateComesFromTheContext() {
        Sgd sgd = sgd(Map.of("lr", "0.5", "momentum", "0.9"));
        Sgd.State state = sgd.init(1);
        double[] x = {3};

        step(sgd, state, x, 0, 7);

        assertThat(x).containsExactly(3);
    }

    @Test
    void defaultsAreTorchs() {
        var defaults = PROVIDER.parameters().defaults();

        assertThat(defaults.asMap()).containsExactly(Map.entry("lr", 1e-3), Map.entry("momentum", 0.0), Map.entry("dampening", 0.0),
                Map.entry("weight_decay", 0.0), Map.entry("nesterov", false));
    }

    @Test
    void refusesNesterovWithoutMomentumAndNegativeValuesNamingEach() {
        InvalidParametersException nesterov = catchThrowableOfType(InvalidParametersException.class,
                () -> PROVIDER.parameters().parse("sgd", Map.of("nesterov", "true")));
        assertThat(nesterov.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ParameterViolation.Kind.RULE);
            assertThat(v.parameter()).contains("nesterov").contains("momentum");
        });
        assertThat(catchThrowableOfType(InvalidParametersException.class,
                () -> PROVIDER.parameters().parse("sgd", Map.of("nesterov", "true", "momentum", "0.9", "dampening", "0.1")))).isNotNull();

        InvalidParametersException negative = catchThrowableOfType(InvalidParametersException.class,
                () -> PROVIDER.parameters().parse("sgd", Map.of("lr", "-1", "momentum", "-0.5", "weight_decay", "-1")));
        assertThat(negative.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "momentum", "weight_decay");
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Sgd sgd = sgd(Map.of("momentum", "0.9", "dampening", "0.1", "weight_decay", "0.01"));
        Sgd.State state = sgd.init(3);
        double[] x = {1, -2, 3};
        for (int k = 0; k < 5; k++) {
            step(sgd, state, x, 0.05, Math.sin(x[0]), x[1] * x[1], -x[2]);
        }
        Sgd.State restored = sgd.restore(state.snapshot());
        double[] y = x.clone();
        for (int k = 0; k < 5; k++) {
            step(sgd, state, x, 0.05, Math.sin(x[0]), x[1] * x[1], -x[2]);
            step(sgd, restored, y, 0.05, Math.sin(y[0]), y[1] * y[1], -y[2]);
        }

        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
        assertThat(restored.steps()).isEqualTo(10);
    }

    @Test
    void refusesAStateOfAnotherShape() {
        Sgd withMomentum = sgd(Map.of("momentum", "0.9"));
        Sgd.State state = withMomentum.init(2);
        step(withMomentum, state, new double[2], 0.1, 1, 1);
        StateSnapshot snapshot = state.snapshot();

        assertThatThrownBy(() -> sgd(Map.of()).restore(snapshot)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("momentum buffer");
        assertThatThrownBy(() -> withMomentum.restore(StateSnapshot.builder(2, 3).build())).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> withMomentum.restore(StateSnapshot.builder(3, 1).array("momentum_buffer", new double[2]).build()))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void updateAllocatesNoStateAndKeepsTheDimension() {
        Optimizer<?> optimizer = PROVIDER.create(PROVIDER.parameters().parse("sgd", Map.of("momentum", "0.5")));
        OptimizerState state = optimizer.init(4);

        assertThat(state.dimension()).isEqualTo(4);
        assertThat(state.vectors().get("momentum buffer")).hasSize(4);
    }
}
