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

class RadamTest {
    private static final RadamProvider PROVIDER = new RadamProvider();

    private static Radam radam(Map<String, String> values) {
        return (Radam) PROVIDER.create(PROVIDER.parameters().parse("radam", values));
    }

    private static void step(Radam radam, VectorState state, double[] x, double lr, double... gradient) {
        radam.update(state, x, gradient, StepContext.of(lr, 0));
    }

    private static double[] vector(VectorState state, String name) {
        return state.vectors().get(name);
    }

    // At the default β2 = 0.999: ρ∞ = 2 / 0.001 - 1 = 1999 and ρ_t = 1999 - 2 t 0.999^t / (1 - 0.999^t):
    //   ρ_5 = 1999 - 10 * 0.99500999000 / 0.00499000999500 = 1999 - 1994.00400200 = 4.99599800  (<= 5: not rectified)
    //   ρ_6 = 1999 - 12 * 0.99401498001 / 0.00598501998501 = 1999 - 1993.00583625 = 5.99416375  (> 5: the first rectified step)
    //   r_6 = √((ρ_6 - 4)(ρ_6 - 2) ρ∞ / ((ρ∞ - 4)(ρ∞ - 2) ρ_6)) = √(1.99416375 * 3.99416375 * 1999 / (1995 * 1997 * 5.99416375))
    //       = √(15922.0681 / 23880838.3) = √0.000666729866 = 0.0258211128
    private static final double R_6 = 0.02582111280185855;

    @Test
    void theFirstStepsAreMomentumSgdOnTheBiasCorrectedMean() {
        Radam radam = radam(Map.of());
        VectorState state = radam.init(2);
        double[] x = {1, 1};

        // t = 1, g = (2, -0.5): m = (0.2, -0.05), m̂ = m / 0.1 = g; ρ_1 = 1999 - 2 * 0.999 / 0.001 = 1 <= 5
        // x = (1, 1) - 0.1 (2, -0.5) = (0.8, 1.05), whatever v is
        step(radam, state, x, 0.1, 2, -0.5);
        assertThat(x).containsExactly(new double[] {0.8, 1.05}, within(1e-15));
        assertThat(vector(state, "first moment")).containsExactly(new double[] {0.2, -0.05}, within(1e-15));
        assertThat(vector(state, "second moment")[0]).isCloseTo(0.004, withinPercentage(1e-12));
        assertThat(vector(state, "second moment")[1]).isCloseTo(0.00025, withinPercentage(1e-12));

        // t = 2, g = (1, 1): m = (0.28, 0.055), m̂ = m / 0.19 = (1.47368421053, 0.28947368421); ρ_2 = 1.9995 <= 5
        // x = (0.8 - 0.147368421053, 1.05 - 0.028947368421) = (0.652631578947, 1.021052631579)
        step(radam, state, x, 0.1, 1, 1);
        assertThat(vector(state, "second moment")).containsExactly(new double[] {0.004996, 0.00124975}, within(1e-15));
        assertThat(x).containsExactly(new double[] {0.6526315789473685, 1.0210526315789474}, within(1e-15));

        // t = 3, g = (-1, 3): m = (0.152, 0.3495), m̂ = m / 0.271 = (0.56088560886, 1.28966789668); ρ_3 = 2.9987 <= 5
        // x = (0.652631578947 - 0.056088560886, 1.021052631579 - 0.128966789668) = (0.596543018062, 0.892085841911)
        step(radam, state, x, 0.1, -1, 3);
        assertThat(vector(state, "first moment")).containsExactly(new double[] {0.152, 0.3495}, within(1e-15));
        assertThat(x).containsExactly(new double[] {0.5965430180617596, 0.8920858419110507}, within(1e-15));
    }

    @Test
    void stepsOneToFiveAreUnrectifiedAndStepSixIsTheFirstRectifiedOne() {
        Radam radam = radam(Map.of());
        VectorState state = radam.init(1);
        double[] x = {0};

        // a constant gradient 2: m_t = 2 (1 - 0.9^t), so m̂ = 2 at every step, and v_t = 4 (1 - 0.999^t)
        // t = 1..5 (ρ_t <= 5): x moves by exactly lr m̂ = 0.2 each step
        for (int t = 1; t <= 5; t++) {
            step(radam, state, x, 0.1, 2);
            assertThat(x[0]).isCloseTo(-0.2 * t, within(1e-15));
        }

        // t = 6 (ρ_6 = 5.99416375 > 5): √v = 2 √(1 - 0.999^6) = 2 * 0.0773629109, so the adaptive factor
        // √(1 - 0.999^6) / (√v + eps) = 1 / (2 + 1e-8 / 0.0773629109), and the step is 0.1 * 2 * r_6 / (2 + 1.29e-7):
        // x = -1 - 0.1 * 0.0258211128 = -1.00258211113 (the rectification shrinks the step 77-fold)
        step(radam, state, x, 0.1, 2);
        assertThat(x[0]).isCloseTo(-1 - 0.1 * R_6 * 2 / (2 + 1e-8 / 0.07736291091347328), within(1e-15))
                .isCloseTo(-1.0025821111133029, within(1e-15));

        // t = 7: ρ_7 = 1999 - 14 * 0.99302096503 / 0.00697903497 = 6.99199600, r_7 = 0.0327388144, √(1 - 0.999^7) = 0.0835406187
        // x = -1.00258211111 - 0.1 * 2 * 0.0327388144 / (2 + 1e-8 / 0.0835406187) = -1.00258211111 - 0.00327388125 = -1.00585599236
        step(radam, state, x, 0.1, 2);
        assertThat(x[0]).isCloseTo(-1.0058559923583539, within(1e-14));
    }

    @Test
    void epsIsAddedToTheRawRootOfVAndTheBiasCorrectionMultipliesItIn() {
        Radam radam = radam(Map.of("eps", "1"));
        VectorState state = radam.init(1);
        double[] x = {0};
        for (int t = 1; t <= 5; t++) {
            step(radam, state, x, 0.1, 2);
        }
        assertThat(x[0]).isCloseTo(-1, within(1e-15));

        step(radam, state, x, 0.1, 2);

        // √(1 - 0.999^6) = 0.0773629109, √v = 2 * 0.0773629109 = 0.1547258218
        // adaptive = 0.0773629109 / (0.1547258218 + 1) = 0.0669967792; step = 0.1 * m̂ * adaptive * r_6 = 0.1 * 2 * 0.0669967792 * 0.0258211128
        // x = -1 - 0.000345986279. With eps after the bias correction, as in Adam, it would be 0.1 * 2 / (2 + 1) * r_6 = 0.00172140752.
        assertThat(x[0]).isCloseTo(-1.000345986278581, within(1e-15));
    }

    @Test
    void weightDecayIsCoupledIntoTheGradientWithoutChangingIt() {
        Radam radam = radam(Map.of("weight_decay", "0.5"));
        VectorState state = radam.init(1);
        double[] x = {4};
        double[] gradient = {-1};

        radam.update(state, x, gradient, StepContext.of(0.1, 0));

        // g = -1 + 0.5 * 4 = 1: the un-rectified first step moves by lr m̂ = 0.1 * 1, against the raw gradient's sign
        assertThat(x[0]).isCloseTo(3.9, within(1e-15));
        assertThat(gradient).containsExactly(-1);
    }

    @Test
    void theLearningRateComesFromTheContextNotTheConfiguration() {
        Radam radam = radam(Map.of("lr", "0.5"));
        VectorState state = radam.init(1);
        double[] x = {3};

        step(radam, state, x, 0, 7);

        assertThat(x).containsExactly(3);
        assertThat(state.steps()).isEqualTo(1);
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-3), Map.entry("beta1", 0.9),
                Map.entry("beta2", 0.999), Map.entry("eps", 1e-8), Map.entry("weight_decay", 0.0));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("radam",
                Map.of("lr", "-1", "beta1", "1", "beta2", "1.5", "eps", "0", "weight_decay", "-0.01")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "beta1", "beta2", "eps", "weight_decay");
        assertThat(refused.violations()).extracting(ParameterViolation::value).containsExactly("-1", "1", "1.5", "0", "-0.01");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "[0, 1)", "[0, 1)", "> 0", ">= 0");
        assertThat(refused.violations()).extracting(ParameterViolation::kind).containsOnly(ParameterViolation.Kind.OUT_OF_RANGE);
        assertThat(refused.violations()).extracting(ParameterViolation::owner).containsOnly("radam");
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Radam radam = radam(Map.of("weight_decay", "0.01"));
        VectorState state = radam.init(2);
        double[] x = {1, -1};
        // 4 steps before the snapshot, so the restored run crosses into the rectified phase at step 6
        for (int k = 0; k < 4; k++) {
            step(radam, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
        }
        StateSnapshot saved = state.snapshot();
        VectorState restored = radam.restore(saved);
        double[] y = x.clone();
        for (int k = 0; k < 8; k++) {
            step(radam, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
            step(radam, restored, y, 0.01, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(saved.arrayNames()).containsExactly("exp_avg", "exp_avg_sq");
        assertThat(saved.numberNames()).isEmpty();
        assertThat(restored.steps()).isEqualTo(12);
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }

    @Test
    void refusesToRestoreAStateOfAnotherOptimizer() {
        Radam radam = radam(Map.of());
        StateSnapshot nadamLike = StateSnapshot.builder(2, 3).array("exp_avg", new double[2]).array("exp_avg_sq", new double[2])
                .number("mu_product", 0.5).build();

        assertThatThrownBy(() -> radam.restore(nadamLike)).isInstanceOf(InvalidStateException.class).hasMessageContaining("mu_product");
    }
}
