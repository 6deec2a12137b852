package dev.gradus.api.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.api.error.InvalidStateException;
import org.junit.jupiter.api.Test;

class StateSnapshotTest {

    @Test
    void copiesArraysInAndOut() {
        double[] m = {1, 2};
        StateSnapshot s = StateSnapshot.builder(2, 5).array("first moment", m).number("rho", 0.5).build();
        m[0] = 99;
        double[] out = s.array("first moment", 2);
        out[1] = 99;

        assertThat(s.array("first moment", 2)).containsExactly(1, 2);
        assertThat(s.number("rho")).isEqualTo(0.5);
        assertThat(s.steps()).isEqualTo(5);
    }

    @Test
    void namesWhatIsMissingOrTheWrongLength() {
        StateSnapshot s = StateSnapshot.builder(2, 1).array("velocity", new double[2]).build();

        assertThatThrownBy(() -> s.array("second moment", 2)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("second moment").hasMessageContaining("velocity");
        assertThatThrownBy(() -> s.array("velocity", 3)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("2 elements, expected 3");
        assertThatThrownBy(() -> s.number("rho")).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> s.requireDimension(3)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("dimension 2, expected 3");
    }

    @Test
    void equalsComparesContents() {
        StateSnapshot a = StateSnapshot.builder(1, 2).array("v", new double[] {0.5}).number("t", 1).build();
        StateSnapshot b = StateSnapshot.builder(1, 2).array("v", new double[] {0.5}).number("t", 1).build();
        StateSnapshot c = StateSnapshot.builder(1, 2).array("v", new double[] {0.25}).number("t", 1).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    }

    @Test
    void refusesAnEntryNamedTwice() {
        assertThatThrownBy(() -> StateSnapshot.builder(1, 0).array("v", new double[1]).number("v", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainContextRefusesExtraEvaluations() {
        StepContext context = StepContext.of(0.1, 2.0);

        assertThat(context.learningRate()).isEqualTo(0.1);
        assertThat(context.value()).isEqualTo(2.0);
        assertThatThrownBy(() -> context.evaluate(new double[1], new double[1])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EXTRA_EVALUATIONS");
    }
}
