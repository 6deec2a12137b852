package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Box;
import org.junit.jupiter.api.Test;

class ContourLevelsTest {

    @Test
    void linearLevelsAreEvenlySpacedStrictlyInsideTheRange() {
        ContourLevels levels = ContourLevels.linear(0, 10, 4);

        assertThat(levels.values()).containsExactly(2, 4, 6, 8);
        assertThat(levels.spacing()).isEqualTo(ContourLevels.Spacing.LINEAR);
        assertThat(levels.fraction(5)).isEqualTo(0.5);
        assertThat(levels.valueAt(0.25)).isEqualTo(2.5);
    }

    @Test
    void logarithmicLevelsHaveAConstantRatioOfHeightAboveTheMinimum() {
        ContourLevels levels = ContourLevels.logarithmic(0, 1000, 8, 4);

        assertThat(levels.level(0)).isCloseTo(0.1, within(1e-12));
        for (int k = 1; k < levels.count(); k++) {
            assertThat(levels.level(k) / levels.level(k - 1)).isCloseTo(Math.pow(10, 0.5), within(1e-9));
        }
        assertThat(levels.level(7)).isLessThan(1000);
    }

    @Test
    void logarithmicLevelsWorkForANegativeMinimum() {
        double min = -1.0316;
        ContourLevels levels = ContourLevels.logarithmic(min, 5, 4, 4);

        double span = 5 - min;
        for (double level : levels.values()) {
            assertThat(level).isStrictlyBetween(min, 5.0);
        }
        assertThat(levels.level(0) - min).isCloseTo(span * 1e-4, within(1e-12));
        assertThat(levels.level(2) - min).isCloseTo(span * 1e-2, within(1e-12));
    }

    @Test
    void logarithmicFractionsPutEveryLevelAnEqualStepUpTheColourMap() {
        ContourLevels levels = ContourLevels.logarithmic(2, 12, 5, 5);

        for (int k = 0; k < levels.count(); k++) {
            assertThat(levels.fraction(levels.level(k))).isCloseTo(k / 5.0, within(1e-12));
            assertThat(levels.valueAt(k / 5.0)).isCloseTo(levels.level(k), within(1e-12));
        }
        assertThat(levels.fraction(2)).isZero();
        assertThat(levels.fraction(12)).isEqualTo(1);
        assertThat(levels.fraction(Double.NaN)).isNaN();
    }

    @Test
    void aSingleValuedRangeHasNoLevels() {
        assertThat(ContourLevels.linear(3, 3, 10).count()).isZero();
        assertThat(ContourLevels.logarithmic(3, 3, 10).count()).isZero();
        assertThat(ContourLevels.linear(3, 3, 10).fraction(3)).isZero();
    }

    @Test
    void levelsOfALandscapeSpanItsFiniteRange() {
        Landscape l = Landscape.sample(p -> p[0] < 0 ? Double.NaN : p[0] + p[1], Box.of(-1, 1, 0, 1), 11, 11);

        ContourLevels linear = ContourLevels.of(l, false, 3);
        ContourLevels log = ContourLevels.of(l, true, 3);

        assertThat(linear.lower()).isEqualTo(0);
        assertThat(linear.upper()).isEqualTo(2);
        assertThat(log.spacing()).isEqualTo(ContourLevels.Spacing.LOGARITHMIC);
        assertThat(ContourLevels.of(Landscape.sample(p -> Double.NaN, Box.of(0, 1, 0, 1), 2, 2), true, 3).count()).isZero();
    }

    @Test
    void rejectsBadBounds() {
        assertThatThrownBy(() -> ContourLevels.linear(1, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContourLevels.linear(0, Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContourLevels.logarithmic(0, 1, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContourLevels.linear(0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
