package dev.gradus.gui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordedTest {

    @Test
    void rowsGrowKeepPointsAndGradientsAndAreFoundByStep() {
        Recorded rows = new Recorded(2);
        for (int k = 0; k < 1000; k++) {
            rows.add(k * 2L, 1.0 / (k + 1), k, new double[] {k, -k}, new double[] {2 * k, 3 * k});
        }

        assertThat(rows.size()).isEqualTo(1000);
        assertThat(rows.hasVectors()).isTrue();
        assertThat(rows.coordinate(999, 1)).isEqualTo(-999);
        assertThat(rows.gradient(10, 1)).isEqualTo(30);
        assertThat(rows.rowAt(0)).isZero();
        assertThat(rows.rowAt(7)).as("step 7 falls between rows 3 (step 6) and 4 (step 8)").isEqualTo(3);
        assertThat(rows.rowAt(5000)).isEqualTo(999);
        assertThat(rows.rowAt(-1)).isEqualTo(-1);
        assertThat(rows.coordinates(0)).hasSize(1000).startsWith(0, 1, 2);
    }

    @Test
    void theOptimizersStateVectorsAreKeptByNameForSmallRuns() {
        Recorded rows = new Recorded(2);
        for (int k = 0; k < 600; k++) {
            rows.add(k, 0, 0, Double.NaN, new double[] {k, k}, new double[] {0, 0}, java.util.Map.of("velocity", new double[] {k, -k}));
        }

        assertThat(rows.stateNames()).containsExactly("velocity");
        assertThat(rows.state("velocity", 599)).containsExactly(599, -599);
        assertThat(rows.state("velocity", 3)).containsExactly(3, -3);
    }

    @Test
    void aStateVectorsKindIsWhatItsOptimizerSaidAndAScaleIsSizedByItsLargestComponent() {
        Recorded rows = new Recorded(2);
        for (int k = 0; k < 300; k++) {
            rows.add(k, 0, 0, Double.NaN, new double[] {k, k}, new double[] {0, 0}, java.util.Map.of("second moment", new double[] {k, 2.0 * k},
                    "velocity", new double[] {k, 1}, "idle", new double[] {0, 0}));
        }
        rows.setKind("second moment", dev.gradus.api.optimizer.StateVectorKind.SCALE);

        assertThat(rows.kind("second moment")).isEqualTo(dev.gradus.api.optimizer.StateVectorKind.SCALE);
        assertThat(rows.kind("velocity")).as("never negative, still a direction unless declared").isEqualTo(dev.gradus.api.optimizer.StateVectorKind.DIRECTION);
        assertThat(rows.largestComponent("second moment")).isEqualTo(598.0);
        assertThat(rows.largestComponent("idle")).as("always 0: nothing to size against").isNaN();
    }

    @Test
    void stateVectorNormsAreKeptAtAnyDimension() {
        Recorded rows = new Recorded(1000);
        double[] point = new double[1000];
        double[] moment = new double[1000];
        for (int k = 0; k < 50; k++) {
            java.util.Arrays.fill(moment, k);
            rows.add(k, 0, 0, Double.NaN, point, point, java.util.Map.of("first moment", moment));
        }

        assertThat(rows.stateNames()).as("the vectors themselves only for small runs").isEmpty();
        assertThat(rows.stateNormNames()).containsExactly("first moment");
        double[] norms = rows.stateNorms("first moment");
        assertThat(norms).hasSize(50);
        assertThat(norms[7]).isEqualTo(7 * Math.sqrt(1000), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aLargeRunKeepsLossesOnlyAndStopsKeepingAtItsCapacity() {
        Recorded rows = new Recorded(10, 300);
        double[] point = new double[10];
        for (int k = 0; k < 500; k++) {
            rows.add(k, k, k, point, point);
        }

        assertThat(rows.hasVectors()).isFalse();
        assertThat(rows.size()).isEqualTo(300);
        assertThat(rows.step(299)).isEqualTo(299);
    }
}
