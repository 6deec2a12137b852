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

class RpropTest {
    private static final RpropProvider PROVIDER = new RpropProvider();

    private static Rprop rprop(Map<String, String> values) {
        return (Rprop) PROVIDER.create(PROVIDER.parameters().parse("rprop", values));
    }

    private static void step(Rprop rprop, VectorState state, double[] x, double lr, double... gradient) {
        rprop.update(state, x, gradient, StepContext.of(lr, 0));
    }

    private static double[] stepSize(VectorState state) {
        return state.vectors().get("step size");
    }

    private static double[] previous(VectorState state) {
        return state.vectors().get("previous gradient");
    }

    @Test
    void stepSizesGrowWhileTheSignHoldsAndAFlipShrinksAndSkips() {
        Rprop rprop = rprop(Map.of());
        VectorState state = rprop.init(3);
        double[] x = {0, 0, 0};

        // t = 1: every Δ = lr = 0.1; the remembered gradient is 0, so every product is 0 and Δ is unchanged.
        // x = -sign(3, -0.001, 0) 0.1 = (-0.1, 0.1, 0): the magnitudes 3 and 0.001 make no difference, a zero gradient no move
        step(rprop, state, x, 0.1, 3, -0.001, 0);
        assertThat(x).containsExactly(new double[] {-0.1, 0.1, 0}, within(1e-16));
        assertThat(stepSize(state)).containsExactly(new double[] {0.1, 0.1, 0.1}, within(1e-16));
        assertThat(previous(state)).containsExactly(3, -0.001, 0);

        // t = 2, g = (1, -5, 2): products (3, 0.005, 0) -> Δ = (0.1 * 1.2, 0.1 * 1.2, 0.1) = (0.12, 0.12, 0.1)
        // x = (-0.1 - 0.12, 0.1 + 0.12, 0 - 0.1) = (-0.22, 0.22, -0.1)
        step(rprop, state, x, 0.1, 1, -5, 2);
        assertThat(stepSize(state)).containsExactly(new double[] {0.12, 0.12, 0.1}, within(1e-16));
        assertThat(x).containsExactly(new double[] {-0.22, 0.22, -0.1}, within(1e-16));

        // t = 3, g = (-1, -1, 2): products (-1, 5, 4) -> Δ = (0.12 * 0.5, 0.12 * 1.2, 0.1 * 1.2) = (0.06, 0.144, 0.12);
        // the flipped first coordinate's gradient is zeroed: it does not move and is remembered as 0
        // x = (-0.22, 0.22 + 0.144, -0.1 - 0.12) = (-0.22, 0.364, -0.22)
        step(rprop, state, x, 0.1, -1, -1, 2);
        assertThat(stepSize(state)).containsExactly(new double[] {0.06, 0.144, 0.12}, within(1e-16));
        assertThat(x).containsExactly(new double[] {-0.22, 0.364, -0.22}, within(1e-16));
        assertThat(previous(state)).containsExactly(0, -1, 2);

        // t = 4, g = (-1, -1, -2): products (0, 1, -4): the first coordinate's product is 0 after the flip, so its Δ stays 0.06 and it
        // moves again; Δ = (0.06, 0.144 * 1.2, 0.12 * 0.5) = (0.06, 0.1728, 0.06); the third flips and stays
        // x = (-0.22 + 0.06, 0.364 + 0.1728, -0.22) = (-0.16, 0.5368, -0.22)
        step(rprop, state, x, 0.1, -1, -1, -2);
        assertThat(stepSize(state)).containsExactly(new double[] {0.06, 0.1728, 0.06}, within(1e-16));
        assertThat(x).containsExactly(new double[] {-0.16, 0.5368, -0.22}, within(1e-15));
        assertThat(previous(state)).containsExactly(-1, -1, 0);
    }

    @Test
    void theMagnitudeOfTheGradientIsIgnored() {
        Rprop rprop = rprop(Map.of());
        VectorState state = rprop.init(2);
        double[] x = {0, 0};

        step(rprop, state, x, 0.1, 1e-12, 1e12);
        step(rprop, state, x, 0.1, 5e-12, 5e12);

        // both coordinates: 0.1, then 0.12: x = -(0.1 + 0.12) = -0.22
        assertThat(x[0]).isEqualTo(x[1]).isCloseTo(-0.22, within(1e-16));
    }

    @Test
    void stepSizesAreClampedAtTheMaximum() {
        Rprop rprop = rprop(Map.of("step_size_max", "0.15"));
        VectorState state = rprop.init(1);
        double[] x = {0};

        // Δ = 0.1, 0.12, 0.144, min(0.1728, 0.15) = 0.15, min(0.18, 0.15) = 0.15; x = -(0.1 + 0.12 + 0.144 + 0.15 + 0.15) = -0.664
        for (int k = 0; k < 5; k++) {
            step(rprop, state, x, 0.1, 1);
        }
        assertThat(stepSize(state)).containsExactly(0.15);
        assertThat(x[0]).isCloseTo(-0.664, within(1e-15));
    }

    @Test
    void aFirstLearningRateAboveTheMaximumIsClampedAtOnce() {
        Rprop rprop = rprop(Map.of());
        VectorState state = rprop.init(1);
        double[] x = {0};

        // Δ = lr = 100 is clamped by the same step as torch's: min(100 * 1, 50) = 50
        step(rprop, state, x, 100, 1);

        assertThat(x).containsExactly(-50);
        assertThat(stepSize(state)).containsExactly(50);
    }

    @Test
    void stepSizesAreClampedAtTheMinimum() {
        Rprop rprop = rprop(Map.of("step_size_min", "0.03"));
        VectorState state = rprop.init(1);
        double[] x = {0};

        // g alternates +, -, +, -, +: the flips at t = 2 and 4 halve Δ and skip the move, the steps after them see a product of 0
        // Δ: 0.1, 0.05 (flip), 0.05 (product 0), max(0.025, 0.03) = 0.03 (flip), 0.03 (product 0)
        // x = -0.1, -0.1, -0.15, -0.15, -0.18
        double[] expectedX = {-0.1, -0.1, -0.15, -0.15, -0.18};
        double[] expectedDelta = {0.1, 0.05, 0.05, 0.03, 0.03};
        for (int k = 0; k < 5; k++) {
            step(rprop, state, x, 0.1, k % 2 == 0 ? 1 : -1);
            assertThat(x[0]).isCloseTo(expectedX[k], within(1e-15));
            assertThat(stepSize(state)[0]).isCloseTo(expectedDelta[k], within(1e-16));
        }
    }

    @Test
    void aLaterLearningRateHasNoEffect() {
        Rprop rprop = rprop(Map.of());
        VectorState constant = rprop.init(2);
        VectorState scheduled = rprop.init(2);
        double[] x = {1, -1};
        double[] y = {1, -1};
        double[] lrs = {0.1, 100, 1e-9, 0, 5};
        for (int k = 0; k < lrs.length; k++) {
            step(rprop, constant, x, 0.1, Math.cos(3 * x[0]), x[1] - 0.5);
            step(rprop, scheduled, y, lrs[k], Math.cos(3 * y[0]), y[1] - 0.5);
            assertThat(y).containsExactly(x);
        }
        assertThat(scheduled.snapshot()).isEqualTo(constant.snapshot());
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-2), Map.entry("eta_minus", 0.5),
                Map.entry("eta_plus", 1.2), Map.entry("step_size_min", 1e-6), Map.entry("step_size_max", 50.0));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("rprop",
                Map.of("lr", "-1", "eta_minus", "1", "eta_plus", "1", "step_size_min", "-1e-6", "step_size_max", "0")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter)
                .containsExactly("lr", "eta_minus", "eta_plus", "step_size_min", "step_size_max");
        assertThat(refused.violations()).extracting(ParameterViolation::value).containsExactly("-1", "1", "1", "-1e-6", "0");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "(0, 1)", "> 1", ">= 0", "> 0");
        assertThat(refused.violations()).extracting(ParameterViolation::kind).containsOnly(ParameterViolation.Kind.OUT_OF_RANGE);
        assertThat(refused.violations()).extracting(ParameterViolation::owner).containsOnly("rprop");

        InvalidParametersException zeroEtaMinus = catchThrowableOfType(InvalidParametersException.class,
                () -> PROVIDER.parameters().parse("rprop", Map.of("eta_minus", "0")));
        assertThat(zeroEtaMinus.violations()).extracting(ParameterViolation::allowed).containsExactly("(0, 1)");
    }

    @Test
    void rejectsAMinimumStepSizeAboveTheMaximumNamingBoth() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class,
                () -> PROVIDER.parameters().parse("rprop", Map.of("step_size_min", "1", "step_size_max", "0.5")));

        assertThat(refused.violations()).hasSize(1);
        ParameterViolation violation = refused.violations().get(0);
        assertThat(violation.kind()).isEqualTo(ParameterViolation.Kind.RULE);
        assertThat(violation.owner()).isEqualTo("rprop");
        assertThat(violation.parameter()).isEqualTo("step_size_min, step_size_max");
        assertThat(violation.value()).isEqualTo("step_size_min=1.0, step_size_max=0.5");
        assertThat(violation.allowed()).contains("step_size_min <= step_size_max");
        assertThat(refused).hasMessageContaining("step_size_min").hasMessageContaining("step_size_max");

        // equal bounds are allowed: every step size is then that one value
        Rprop fixed = rprop(Map.of("step_size_min", "0.5", "step_size_max", "0.5"));
        VectorState state = fixed.init(1);
        double[] x = {0};
        step(fixed, state, x, 0.1, 1);
        step(fixed, state, x, 0.1, 1);
        assertThat(x[0]).isEqualTo(-1);
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Rprop rprop = rprop(Map.of());
        VectorState state = rprop.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 7; k++) {
            step(rprop, state, x, 0.01, Math.cos(3 * x[0]), x[1] - 0.5);
        }
        StateSnapshot saved = state.snapshot();
        VectorState restored = rprop.restore(saved);
        double[] y = x.clone();
        for (int k = 0; k < 7; k++) {
            step(rprop, state, x, 0.01, Math.cos(3 * x[0]), x[1] - 0.5);
            step(rprop, restored, y, 0.01, Math.cos(3 * y[0]), y[1] - 0.5);
        }

        assertThat(saved.arrayNames()).containsExactly("prev", "step_size");
        assertThat(restored.steps()).isEqualTo(14);
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }

    @Test
    void aRestoredStateKeepsItsStepSizesInsteadOfRefillingThemWithTheLearningRate() {
        Rprop rprop = rprop(Map.of());
        VectorState state = rprop.init(1);
        double[] x = {0};
        step(rprop, state, x, 0.1, 1);
        VectorState restored = rprop.restore(state.snapshot());

        // the restored state has taken a step, so lr 7 is ignored: Δ = 0.1 * 1.2 = 0.12
        step(rprop, restored, x, 7, 1);

        assertThat(x[0]).isCloseTo(-0.22, within(1e-16));
    }

    @Test
    void refusesToRestoreAStateOfAnotherShape() {
        Rprop rprop = rprop(Map.of());

        assertThatThrownBy(() -> rprop.restore(StateSnapshot.builder(2, 1).array("prev", new double[2]).build()))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("step_size");
        assertThatThrownBy(() -> rprop.restore(StateSnapshot.builder(2, 1).array("prev", new double[2]).array("step_size", new double[3]).build()))
                .isInstanceOf(InvalidStateException.class);
    }
}
