package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Box;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LandscapeTest {

    @Test
    void samplesEachGridNodeOnceWithTheWindowEdgesIncluded() {
        AtomicInteger calls = new AtomicInteger();
        Landscape l = Landscape.sample(p -> {
            calls.incrementAndGet();
            return p[0] + 10 * p[1];
        }, Box.of(-1, 1, 0, 3), 5, 4);

        assertThat(calls).hasValue(20);
        assertThat(l.x(0)).isEqualTo(-1);
        assertThat(l.x(4)).isEqualTo(1);
        assertThat(l.y(3)).isEqualTo(3);
        assertThat(l.dx()).isEqualTo(0.5);
        assertThat(l.dy()).isEqualTo(1);
        assertThat(l.value(2, 1)).isCloseTo(0 + 10 * 1, within(1e-12));
        assertThat(l.values()[1 * 5 + 2]).isEqualTo(l.value(2, 1));
        assertThat(l.min()).isEqualTo(-1);
        assertThat(l.max()).isEqualTo(31);
    }

    @Test
    void leavesNanAndInfiniteSamplesOutOfTheRange() {
        Landscape l = Landscape.sample(p -> p[0] < 0 ? Double.NaN : p[0] > 0.95 ? Double.POSITIVE_INFINITY : p[0],
                Box.of(-1, 1, -1, 1), 21, 3);

        assertThat(l.missingCount()).isEqualTo(3 * 10 + 3);
        assertThat(l.min()).isEqualTo(0);
        assertThat(l.max()).isCloseTo(0.9, within(1e-12));
        assertThat(l.hasFiniteValues()).isTrue();
    }

    @Test
    void hasNoRangeWhenNothingIsFinite() {
        Landscape l = Landscape.sample(p -> Double.NaN, Box.of(0, 1, 0, 1), 3, 3);

        assertThat(l.hasFiniteValues()).isFalse();
        assertThat(l.min()).isNaN();
        assertThat(l.max()).isNaN();
    }

    @Test
    void rejectsWindowsAndGridsItCannotSample() {
        assertThatThrownBy(() -> Landscape.sample(p -> 0, Box.interval(0, 1), 10, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Landscape.sample(p -> 0, Box.of(0, 1, 0, 1), 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Landscape.sample(TestObjectives.parabola(), Box.of(0, 1, 0, 1), 10, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
