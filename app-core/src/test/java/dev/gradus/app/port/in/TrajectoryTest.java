package dev.gradus.app.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrajectoryTest {

    @Test
    void keepsTheFirstRowsOfLongerBuffersAsItsOwnCopy() {
        long[] steps = {0, 1, 2, 0};
        double[] losses = {5, 4, 3, 0};
        double[] norms = {2, 1, 0.5, 0};
        double[] points = {1, 2, 3, 4, 5, 6, 0, 0};

        Trajectory t = new Trajectory(2, true, 1, 3, steps, losses, norms, points);
        steps[1] = 99;
        losses[1] = 99;
        points[3] = 99;

        assertThat(t.size()).isEqualTo(3);
        assertThat(t.step(1)).isEqualTo(1);
        assertThat(t.loss(1)).isEqualTo(4);
        assertThat(t.gradientNorm(2)).isEqualTo(0.5);
        assertThat(t.coordinate(1, 1)).isEqualTo(4);
        assertThat(t.coordinate(2, 0)).isEqualTo(5);
    }

    @Test
    void refusesBuffersShorterThanTheRows() {
        assertThatThrownBy(() -> new Trajectory(2, true, 1, 3, new long[3], new double[3], new double[3], new double[5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows * dimension");
        assertThatThrownBy(() -> new Trajectory(2, false, 1, 4, new long[3], new double[4], new double[4], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 rows");
    }

    @Test
    void theWholeArrayFormStillWantsExactLengths() {
        assertThatThrownBy(() -> new Trajectory(2, true, 1, new long[2], new double[2], new double[2], new double[5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows * dimension");
        assertThatThrownBy(() -> new Trajectory(1, false, 1, new long[2], new double[3], new double[2], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows disagree");
    }
}
