package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdagradTest {
    private static final AdagradProvider PROVIDER = new AdagradProvider();

    private static Adagrad adagrad(Map<String, String> values) {
        return (Adagrad) PROVIDER.create(PROVIDER.parameters().parse("adagrad", values));
    }

    private static void step(Adagrad adagrad, VectorState state, double[] x, double lr, double... gradient) {
        adagrad.update(state, x, gradient, StepContext.of(lr, 0));
    }

    @Test
    void firstTwoStepsMatchHandWorkedNumbers() {
        Adagrad adagrad = adagrad(Map.of());
        VectorState state = adagrad.init(2);
        double[] x = {1, 1};

        // t = 1, g = (2, -0.5): s = (4, 0.25); x = 1 - 0.1 g / (√s + 1e-10) = (1 - 0.2 / (2 + 1e-10), 1 + 0.05 / (0.5 + 1e-10))
        step(adagrad, state, x, 0.1, 2, -0.5);
        assertThat(x).containsExactly(new double[] {0.900000000005, 1.09999999998}, within(1e-15));
        assertThat(state.vectors().get("accumulator")).containsExactly(4, 0.25);

        // t = 2, g = (1, 1): s = (5, 1.25); x -= 0.1 / (√s + 1e-10) = (0.1 / 2.2360679775, 0.1 / 1.1180339887) = (0.0447213595, 0.0894427191)
        step(adagrad, state, x, 0.1, 1, 1);
        assertThat(x).containsExactly(new double[] {0.8552786404570042, 1.0105572808880086}, within(1e-15));
        assertThat(state.vectors().get("accumulator")).containsExactly(5, 1.25);
    }

    @Test
    void theDecayedRateUsesTMinusOne() {
        Adagrad adagrad = adagrad(Map.of("lr_decay", "1"));
        VectorState state = adagrad.init(1);
        double[] x = {0};

        // step 1: lr / (1 + 0 * 1) = 0.1, s = 4, x = -0.1 * 2 / 2 = -0.1 (minus 5e-12 from eps)
        step(adagrad, state, x, 0.1, 2);
        assertThat(x[0]).isCloseTo(-0.099999999995, within(1e-16));
        // step 2: lr / (1 + 1 * 1) = 0.05, s = 8, x -= 0.05 * 2 / √8 = 0.0353553391
        step(adagrad, state, x, 0.1, 2);
        assertThat(x[0]).isCloseTo(-0.1353553390530774, within(1e-15));
    }

    @Test
    void epsIsAddedOutsideTheRoot() {
        Adagrad adagrad = adagrad(Map.of("eps", "1"));
        VectorState state = adagrad.init(1);
        double[] x = {0};

        step(adagrad, state, x, 0.1, 2);

        // 0.1 * 2 / (√4 + 1) = 0.0667; inside the root it would be 0.1 * 2 / √5 = 0.0894
        assertThat(x[0]).isCloseTo(-0.2 / 3, within(1e-17));
    }

    @Test
    void theAccumulatorStartsAtTheInitialValueAndWeightDecayEntersTheGradient() {
        Adagrad adagrad = adagrad(Map.of("initial_accumulator_value", "1", "weight_decay", "0.5"));
        VectorState state = adagrad.init(1);
        double[] x = {2};
        assertThat(state.vectors().get("accumulator")).containsExactly(1);

        step(adagrad, state, x, 0.1, 1);

        // g = 1 + 0.5 * 2 = 2; s = 1 + 4 = 5; x = 2 - 0.1 * 2 / (√5 + 1e-10)
        assertThat(state.vectors().get("accumulator")).containsExactly(5);
        assertThat(x[0]).isCloseTo(2 - 0.2 / (Math.sqrt(5) + 1e-10), within(1e-15));
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-2), Map.entry("lr_decay", 0.0),
                Map.entry("weight_decay", 0.0), Map.entry("initial_accumulator_value", 0.0), Map.entry("eps", 1e-10));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("adagrad",
                Map.of("lr", "-1", "lr_decay", "-0.1", "weight_decay", "-1", "initial_accumulator_value", "-1", "eps", "0")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter)
                .containsExactly("lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", ">= 0", ">= 0", ">= 0", "> 0");
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        Adagrad adagrad = adagrad(Map.of("lr_decay", "0.1", "initial_accumulator_value", "0.3"));
        VectorState state = adagrad.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 5; k++) {
            step(adagrad, state, x, 0.1, Math.cos(x[0]), 3 * x[1]);
        }
        VectorState restored = adagrad.restore(state.snapshot());
        double[] y = x.clone();
        for (int k = 0; k < 5; k++) {
            step(adagrad, state, x, 0.1, Math.cos(x[0]), 3 * x[1]);
            step(adagrad, restored, y, 0.1, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(state.snapshot().arrayNames()).containsExactly("sum");
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }
}
