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

class TextbookNesterovTest {
    private static final TextbookNesterovProvider PROVIDER = new TextbookNesterovProvider();

    private static TextbookNesterov nesterov(Map<String, String> values) {
        return (TextbookNesterov) PROVIDER.create(PROVIDER.parameters().parse("textbook-nesterov", values));
    }

    private static void step(TextbookNesterov nesterov, VectorState state, double[] x, double lr, double... gradient) {
        nesterov.update(state, x, gradient, StepContext.of(lr, 0));
    }

    private static double[] velocity(VectorState state) {
        return state.vectors().get("velocity");
    }

    @Test
    void firstThreeStepsMatchHandWorkedNumbers() {
        TextbookNesterov nesterov = nesterov(Map.of());
        VectorState state = nesterov.init(2);
        double[] x = {1, -2};

        // step 1, g = (2, -4): v = 0.9 (0, 0) - 0.1 g = (-0.2, 0.4)
        // x = (1, -2) + 0.81 v - 1.9 * 0.1 g = (1, -2) + (-0.162, 0.324) - (0.38, -0.76) = (0.458, -0.916)
        // (from rest the step is -(1 + 0.9 + 0.81) 0.1 g = -0.271 g; torch's Nesterov would step -0.19 g)
        step(nesterov, state, x, 0.1, 2, -4);
        assertThat(velocity(state)).containsExactly(new double[] {-0.2, 0.4}, within(1e-15));
        assertThat(x).containsExactly(new double[] {0.458, -0.916}, within(1e-15));

        // step 2, g = (1, 1): v = 0.9 (-0.2, 0.4) - 0.1 (1, 1) = (-0.28, 0.26)
        // x = (0.458, -0.916) + 0.81 v - 0.19 (1, 1) = (0.458 - 0.2268 - 0.19, -0.916 + 0.2106 - 0.19) = (0.0412, -0.8954)
        step(nesterov, state, x, 0.1, 1, 1);
        assertThat(velocity(state)).containsExactly(new double[] {-0.28, 0.26}, within(1e-15));
        assertThat(x).containsExactly(new double[] {0.0412, -0.8954}, within(1e-15));

        // step 3, g = 0: v = 0.9 (-0.28, 0.26) = (-0.252, 0.234); x = (0.0412, -0.8954) + 0.81 v = (-0.16292, -0.70586)
        step(nesterov, state, x, 0.1, 0, 0);
        assertThat(velocity(state)).containsExactly(new double[] {-0.252, 0.234}, within(1e-15));
        assertThat(x).containsExactly(new double[] {-0.16292, -0.70586}, within(1e-15));
        assertThat(state.steps()).isEqualTo(3);
    }

    @Test
    void thirtyStepsOnTheBooksBowlMatchTheBooksOwnCode() {
        TextbookNesterov nesterov = nesterov(Map.of("lr", "0.1"));
        VectorState state = nesterov.init(2);
        double[] x = {-7, 2};
        for (int k = 0; k < 30; k++) {
            step(nesterov, state, x, 0.1, x[0] / 10, 2 * x[1]);
        }

        // the book's common/optimizer.py Nesterov(lr=0.1) on f = x^2/20 + y^2 from (-7, 2), 30 updates, run in
        // CPython 3 with numpy; the same operations in the same order agree to the last bit
        assertThat(x).containsExactly(0.5263905077412623, 0.0002258201570808063);
    }

    @Test
    void theLearningRateComesFromTheContextNotTheConfiguration() {
        TextbookNesterov nesterov = nesterov(Map.of("lr", "0.5"));
        VectorState state = nesterov.init(1);
        double[] x = {3};

        step(nesterov, state, x, 0, 7);

        assertThat(x).containsExactly(3);
        assertThat(velocity(state)).containsExactly(0);
        assertThat(state.steps()).isEqualTo(1);
    }

    @Test
    void updateNeverWritesIntoTheGradient() {
        TextbookNesterov nesterov = nesterov(Map.of());
        VectorState state = nesterov.init(2);
        double[] gradient = {1.5, -2.5};

        nesterov.update(state, new double[] {1, 1}, gradient, StepContext.of(0.1, 0));

        assertThat(gradient).containsExactly(1.5, -2.5);
    }

    @Test
    void defaultsAreTheBooks() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 0.01), Map.entry("momentum", 0.9));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class,
                () -> PROVIDER.parameters().parse("textbook-nesterov", Map.of("lr", "-1", "momentum", "1")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("lr", "momentum");
        assertThat(refused.violations()).extracting(ParameterViolation::value).containsExactly("-1", "1");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "[0, 1)");
        assertThat(refused.violations()).extracting(ParameterViolation::kind).containsOnly(ParameterViolation.Kind.OUT_OF_RANGE);
        assertThat(refused.violations()).extracting(ParameterViolation::owner).containsOnly("textbook-nesterov");
    }

    @Test
    void rejectsANegativeMomentum() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class,
                () -> PROVIDER.parameters().parse("textbook-nesterov", Map.of("momentum", "-0.1")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter).containsExactly("momentum");
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        TextbookNesterov nesterov = nesterov(Map.of());
        VectorState state = nesterov.init(2);
        double[] x = {1, -1};
        for (int k = 0; k < 7; k++) {
            step(nesterov, state, x, 0.05, Math.cos(x[0]), 3 * x[1]);
        }
        StateSnapshot saved = state.snapshot();
        VectorState restored = nesterov.restore(saved);
        double[] y = x.clone();
        for (int k = 0; k < 7; k++) {
            step(nesterov, state, x, 0.05, Math.cos(x[0]), 3 * x[1]);
            step(nesterov, restored, y, 0.05, Math.cos(y[0]), 3 * y[1]);
        }

        assertThat(saved.arrayNames()).containsExactly("v");
        assertThat(restored.steps()).isEqualTo(14);
        assertThat(y).containsExactly(x);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
    }

    @Test
    void refusesToRestoreAStateOfAnotherShape() {
        TextbookNesterov nesterov = nesterov(Map.of());
        TextbookAdam adam = (TextbookAdam) new TextbookAdamProvider().create(new TextbookAdamProvider().parameters().defaults());

        assertThatThrownBy(() -> nesterov.restore(adam.init(2).snapshot())).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> nesterov.restore(StateSnapshot.builder(3, 1).array("v", new double[2]).build()))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> nesterov.restore(StateSnapshot.builder(2, 1).build())).isInstanceOf(InvalidStateException.class);
    }
}
