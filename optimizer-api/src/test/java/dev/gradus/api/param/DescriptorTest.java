package dev.gradus.api.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorTest {

    @Test
    void rangeDescribesItselfAsUsersReadIt() {
        assertThat(Range.atLeast(0)).hasToString(">= 0");
        assertThat(Range.greaterThan(0)).hasToString("> 0");
        assertThat(Range.closedOpen(0, 1)).hasToString("[0, 1)");
        assertThat(Range.closed(0.5, 2.5)).hasToString("[0.5, 2.5]");
        assertThat(Range.all()).hasToString("any number");
        assertThat(Range.atMost(1e-3)).hasToString("<= 0.001");
    }

    @Test
    void rangeContainsRespectsOpenAndClosedEnds() {
        Range beta = Range.closedOpen(0, 1);

        assertThat(beta.contains(0)).isTrue();
        assertThat(beta.contains(0.999)).isTrue();
        assertThat(beta.contains(1)).isFalse();
        assertThat(beta.contains(-1e-300)).isFalse();
        assertThat(beta.contains(Double.NaN)).isFalse();
        assertThat(Range.atLeast(0).contains(Double.POSITIVE_INFINITY)).isFalse();
    }

    @Test
    void refusesEmptyRanges() {
        assertThatThrownBy(() -> Range.open(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Range.closed(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDefaultsOutsideBounds() {
        assertThatThrownBy(() -> RealParameter.of("beta1", "decay", 1.0, Range.closedOpen(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta1");
        assertThatThrownBy(() -> new IntegerParameter("max_iter", "iterations", 0, 1, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_iter");
        assertThatThrownBy(() -> new ChoiceParameter("mode", "mode", "c", List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mode");
    }

    @Test
    void refusesNamesThatAreNotSnakeCase() {
        for (String bad : List.of("Lr", "weight-decay", "1lr", "", "lr_", "beta 1")) {
            assertThatThrownBy(() -> RealParameter.of(bad, "x", 0, Range.all())).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ParameterDescriptor.isValidName("weight_decay")).isTrue();
        assertThat(ParameterDescriptor.isValidName("beta2")).isTrue();
    }

    @Test
    void refusesLogScaleOverNegativeValues() {
        assertThatThrownBy(() -> RealParameter.logScale("x", "x", 1, Range.all())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesIntegerBounds() {
        assertThat(new IntegerParameter("n", "n", 5, 1, Long.MAX_VALUE).allowedValues()).isEqualTo("a whole number >= 1");
        assertThat(new IntegerParameter("n", "n", 5, 1, 10).allowedValues()).isEqualTo("a whole number in [1, 10]");
    }
}
