package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.StochasticObjective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two threads evaluating one objective at once, each at its own point, get exactly what one thread gets. */
class ConcurrencyTest {
    private static final int ROUNDS = 1000;

    @Test
    void twoThreadsAtOnceGetTheSerialValuesAndGradients() throws Exception {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.classification(6, 40, 3, 4), 6,
                Map.of("layers", "3-16-16-4", "activation", "tanh", "l2", 0.01));
        f.select(new int[] {3, 1, 4, 1, 5, 9, 2, 6}, 8);
        double[][] points = {CentralDifference.randomPoint(1, f.dimension(), 1), CentralDifference.randomPoint(2, f.dimension(), 1)};
        for (DifferentiableObjective objective : new DifferentiableObjective[] {(DifferentiableObjective) f, (DifferentiableObjective) f.batch()}) {
            double[][] serialGradients = new double[2][f.dimension()];
            double[] serialValues = new double[2];
            for (int t = 0; t < 2; t++) {
                serialValues[t] = objective.valueAndGradient(points[t], serialGradients[t]);
            }

            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int me = t;
                    runs.add(pool.submit(() -> {
                        start.await();
                        double[] gradient = new double[f.dimension()];
                        int mismatches = 0;
                        for (int round = 0; round < ROUNDS; round++) {
                            double value = objective.valueAndGradient(points[me], gradient);
                            if (value != serialValues[me] || !Arrays.equals(gradient, serialGradients[me]) || objective.value(points[me]) != value) {
                                mismatches++;
                            }
                        }
                        return mismatches;
                    }));
                }
                for (Future<Integer> run : runs) {
                    assertThat(run.get(30, TimeUnit.SECONDS)).as("rounds that differ from the serial result").isZero();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
