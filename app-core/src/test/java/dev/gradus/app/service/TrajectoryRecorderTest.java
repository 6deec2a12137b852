package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.app.port.in.Trajectory;
import org.junit.jupiter.api.Test;

class TrajectoryRecorderTest {

    private static Trajectory record(int maxRows, long lastStep) {
        TrajectoryRecorder recorder = new TrajectoryRecorder(1, true, maxRows, 0, lastStep);
        for (long k = 0; k <= lastStep; k++) {
            recorder.offer(k, k, -k, new double[] {k * 10});
        }
        recorder.close(lastStep, lastStep, -lastStep, new double[] {lastStep * 10});
        return recorder.toTrajectory();
    }

    @Test
    void keepsEveryRowWhileTheyFit() {
        Trajectory t = record(10, 8);

        assertThat(t.size()).isEqualTo(9);
        assertThat(t.stride()).isEqualTo(1);
        for (int row = 0; row < 9; row++) {
            assertThat(t.step(row)).isEqualTo(row);
            assertThat(t.loss(row)).isEqualTo(row);
            assertThat(t.gradientNorm(row)).isEqualTo(-row);
            assertThat(t.coordinate(row, 0)).isEqualTo(row * 10);
        }
    }

    @Test
    void thinsEvenlyAndAlwaysKeepsTheLastRow() {
        Trajectory t = record(10, 100);

        // 9 regular slots: strides double until the multiples of the stride up to 100 fit in 9 slots
        assertThat(t.stride()).isEqualTo(16);
        assertThat(t.size()).isEqualTo(8);
        for (int row = 0; row < t.size() - 1; row++) {
            assertThat(t.step(row)).isEqualTo(16L * row);
            assertThat(t.coordinate(row, 0)).isEqualTo(160.0 * row);
        }
        assertThat(t.step(t.size() - 1)).isEqualTo(100);
        assertThat(t.coordinate(t.size() - 1, 0)).isEqualTo(1000);
    }

    @Test
    void doesNotDuplicateALastRowThatFellOnTheStride() {
        Trajectory t = record(10, 64);

        assertThat(t.step(t.size() - 1)).isEqualTo(64);
        assertThat(t.step(t.size() - 2)).isLessThan(64);
    }

    @Test
    void neverExceedsItsRowLimit() {
        for (int last = 0; last < 300; last++) {
            Trajectory t = record(7, last);
            assertThat(t.size()).as("last step %d", last).isLessThanOrEqualTo(7);
            assertThat(t.step(t.size() - 1)).isEqualTo(last);
            assertThat(t.step(0)).isZero();
        }
    }

    @Test
    void boundsMemoryForLargePointsRegardlessOfTheRowLimit() {
        int dimension = 1 << 21;
        TrajectoryRecorder recorder = new TrajectoryRecorder(dimension, true, 10_000, 0, 1_000_000);
        double[] x = new double[dimension];
        for (long k = 0; k < 10; k++) {
            recorder.offer(k, k, 0, x);
        }
        recorder.close(9, 9, 0, x);

        assertThat(recorder.toTrajectory().size()).isLessThanOrEqualTo(3);
    }
}
