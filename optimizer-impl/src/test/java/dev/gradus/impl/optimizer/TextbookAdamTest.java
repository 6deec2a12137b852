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

class TextbookAdamTest {
    private static final TextbookAdamProvider PROVIDER = new TextbookAdamProvider();

    private static TextbookAdam adam(Map<String, String> values) {
        return (TextbookAdam) PROVIDER.create(PROVIDER.parameters().parse("textbook-adam", values));
    }

    private static void step(TextbookAdam adam, VectorState state, double[] x, double lr, double... gradient) {
        adam.update(state, x, gradient, StepContext.of(lr, 0));
    }

    private static double[] vector(VectorState state, String name) {
        return state.vectors().get(name);
    }

    @Test
    void firstStepFallsShortOfTheLearningRateByEpsOverRootOfOneMinusBeta2() {
        TextbookAdam adam = adam(Map.of());
        VectorState state = adam.init(2);
        double[] x = {1, 1};

        step(adam, state, x, 0.1, 2, -0.5);

        // t = 1: lr_t = 0.1 √0.001 / 0.1 = √0.001 = 0.0316227766; m = 0.1 g = (0.2, -0.05); v = 0.001 g^2 = (0.004, 0.00025)
        // √v = √0.001 |g|, so the step is 0.1 g / (|g| + 1e-7 / √0.001) = 0.1 sign(g) |g| / (|g| + 3.16227766e-6):
        // x = (1 - 0.2 / 2.00000316227766, 1 + 0.05 / 0.50000316227766) = (0.90000015811363, 1.09999936754847)
        // (torch's adam, eps after the correction, would give 1 - 0.2 / (2 + 1e-7) = 0.900000005: 31.6 times closer)
        assertThat(x[0]).isCloseTo(0.90000015811363300881, within(1e-15));
        assertThat(x[1]).isCloseTo(1.0999993675484679410, within(1e-15));
        // (1 - 0.9 and 1 - 0.999 are not exact in binary, hence the relative tolerances)
        assertThat(vector(state, "first moment")[0]).isCloseTo(0.2, withinPercentage(1e-12));
        assertThat(vector(state, "first moment")[1]).isCloseTo(-0.05, withinPercentage(1e-12));
        assertThat(vector(state, "second moment")[0]).isCloseTo(0.004, withinPercentage(1e-12));
        assertThat(vector(state, "second moment")[1]).isCloseTo(0.00025, withinPercentage(1e-12));
    }

    @Test
    void secondAndThirdStepsMatchHandWorkedNumbers() {
        TextbookAdam adam = adam(Map.of());
        VectorState state = adam.init(2);
        double[] x = {1, 1};
        step(adam, state, x, 0.1, 2, -0.5);

        // t = 2, g = (1, 1): lr_t = 0.1 √(1 - 0.998001) / (1 - 0.81) = 0.0235316725
        // m = (0.2, -0.05) + 0.1 ((1, 1) - m) = (0.28, 0.055); v = (0.004, 0.00025) + 0.001 ((1, 1) - v) = (0.004996, 0.00124975)
        // √v = (0.0706823882, 0.0353518033); x = (0.9000001581, 1.0999993675) - lr_t m / (√v + 1e-7) = (0.80678232612, 1.06338911840)
        step(adam, state, x, 0.1, 1, 1);
        assertThat(vector(state, "first moment")).containsExactly(new double[] {0.28, 0.055}, within(1e-15));
        assertThat(vector(state, "second moment")).containsExactly(new double[] {0.004996, 0.00124975}, within(1e-15));
        assertThat(x).containsExactly(new double[] {0.80678232611517800227, 1.0633891184046616022}, within(1e-15));

        // t = 3, g = (-1, 3): lr_t = 0.1 √(1 - 0.997002999) / (1 - 0.729) = 0.0202010597
        // m = m + 0.1 (g - m) = (0.152, 0.3495); v = v + 0.001 ((1, 9) - v) = (0.005991004, 0.01024850025)
        // √v = (0.0774015762, 0.1012348766); x = x - lr_t m / (√v + 1e-7) = (0.76711185344, 0.99364770477)
        step(adam, state, x, 0.1, -1, 3);
        assertThat(vector(state, "first moment")).containsExactly(new double[] {0.152, 0.3495}, within(1e-15));
        assertThat(vector(state, "second moment")).containsExactly(new double[] {0.005991004, 0.01024850025}, within(1e-15));
        assertThat(x).containsExactly(new double[] {0.76711185344106792987, 0.99364770477230821372}, within(1e-15));
    }

    @Test
    void epsIsAddedToTheRootOfTheUncorrectedSecondMoment() {
        TextbookAdam adam = adam(Map.of("eps", "1"));
        VectorState state = adam.init(1);
        double[] x = {0};

        step(adam, state, x, 0.1, 2);

        // lr_t m / (√v + 1) = √0.001 * 0.2 / (√0.004 + 1) = 0.2 √0.001 / (2 √0.001 + 1) = 0.0059483487;
        // after the correction (torch's adam) it would be 0.1 * 2 / (2 + 1) = 0.0667
        assertThat(x[0]).isCloseTo(-0.2 * Math.sqrt(0.001) / (2 * Math.sqrt(0.001) + 1), within(1e-16));
        assertThat(x[0]).isCloseTo(-0.0059483487, within(1e-10));
    }

    @Test
    void thirtyStepsOnTheBooksBowlMatchTheBooksOwnCode() {
        TextbookAdam adam = adam(Map.of("lr", "0.3"));
        VectorState state = adam.init(2);
        double[] x = {-7, 2};
        for (int k = 0; k < 30; k++) {
            step(adam, state, x, 0.3, x[0] / 10, 2 * x[1]);
        }

        // ch06/optimizer_compare_naive.py: the book's Adam(lr=0.3) on f = x^2/20 + y^2 from (-7, 2), 30 updates, run in
        // CPython 3 with numpy. The tolerance allows for Math.pow, which may differ from C's pow by an ulp in β^t.
        assertThat(x).containsExactly(new double[] {0.13600685239498186, 0.31824537553721943}, within(1e-15));
    }

    @Test
    void theLearningRateComesFromTheContextNotTheConfiguration() {
        TextbookAdam adam = adam(Map.of("lr", "0.5"));
        VectorState state = adam.init(1);
        double[] x = {3};

        step(adam, state, x, 0, 7);

        assertThat(x).containsExactly(3);
        assertThat(state.steps()).isEqualTo(1);
    }

    @Test
    void updateNeverWritesIntoTheGradient() {
        TextbookAdam adam = adam(Map.of());
        VectorState state = adam.init(2);
        double[] gradient = {1.5, -2.5};

        adam.update(state, new double[] {1, 1}, gradient, StepContext.of(0.1, 0));

        assertThat(gradient).containsExactly(1.5, -2.5);
    }

    @Test
    void defaultsAreTheBooks() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1e-3), Map.entry("beta1", 0.9),
                Map.entry("beta2", 0.999), Map.entry("eps", 1e-7));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse(
                "textbook-adam", Map.of("lr", "-1", "beta1", "1", "beta2", "-0.1", "eps", "0")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "beta1", "beta2", "eps");
        assertThat(refused.violations()).extracting(ParameterViolation::value).containsExactly("-1", "1", "-0.1", "0");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "[0, 1)", "[0, 1)", "> 0");
        assertThat(refused.violations()).extracting(ParameterViolation::kind).containsOnly(ParameterViolation.Kind.OUT_OF_RANGE);
        assertThat(refused.violations()).extracting(ParameterViolation::owner).containsOnly("textbook-adam");
    }

    @Test
    void interleavedRunsEqualSeparateRuns() {
        TextbookAdam adam = adam(Map.of());
        double[] a = {1, 2};
        double[] b = {-3, 0.5};
        VectorState sa = adam.init(2);
        VectorState sb = adam.init(2);
        for (int k = 0; k < 20; k++) {
            step(adam, sa, a, 0.05, 2 * a[0], 2 * a[1]);
            step(adam, sb, b, 0.05, Math.cos(b[0]), 4 * b[1] * b[1] * b[1]);
        }
        double[] a2 = {1, 2};
        VectorState s2 = adam.init(2);
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
        TextbookAdam adam = adam(Map.of());
        VectorState state = adam.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 7; k++) {
            step(adam, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
        }
        StateSnapshot saved = state.snapshot();
        VectorState restored = adam.restore(saved);
        double[] y = x.clone();
        for (int k = 0; k < 7; k++) {
            step(adam, state, x, 0.01, Math.cos(x[0]), 3 * x[1]);
            step(adam, restored, y, 0.01, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(saved.arrayNames()).containsExactly("m", "v");
        assertThat(restored.steps()).isEqualTo(14);
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }

    @Test
    void refusesToRestoreAStateOfAnotherShape() {
        TextbookAdam adam = adam(Map.of());
        Adam torchs = (Adam) new AdamProvider().create(new AdamProvider().parameters().defaults());

        assertThatThrownBy(() -> adam.restore(torchs.init(2).snapshot())).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> adam.restore(StateSnapshot.builder(3, 1).array("m", new double[3]).array("v", new double[2]).build()))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> adam.restore(StateSnapshot.builder(2, 1).array("m", new double[2]).build()))
                .isInstanceOf(InvalidStateException.class);
    }
}
