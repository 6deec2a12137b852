package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.StochasticObjective;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A host's step loop (select a batch, take the batch gradient, step) allocates nothing on the
 * model's side once the thread's workspace exists. Measured with the JDK's per-thread allocation
 * counter where it has one; this checks bytes, not speed.
 */
class AllocationTest {
    private static final int STEPS = 5_000;

    @Test
    void theStepLoopAllocatesNothingPerStep() {
        com.sun.management.ThreadMXBean threads = threadBean();
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.classification(3, 32, 2, 3), 3,
                Map.of("layers", "2-8-8-3", "l2", 0.01, "log_epsilon", 1e-7));
        DifferentiableObjective batch = (DifferentiableObjective) f.batch();
        double[] x = f.metadata().suggestedStart();
        double[] g = new double[x.length];
        int[] rows = new int[8];
        loop(f, batch, x, g, rows, STEPS);
        long thread = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(thread);
        loop(f, batch, x, g, rows, STEPS);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(allocated).as("bytes allocated over %d steps", STEPS).isLessThan(STEPS / 10);
    }

    private static void loop(StochasticObjective f, DifferentiableObjective batch, double[] x, double[] g, int[] rows, int steps) {
        for (int step = 0; step < steps; step++) {
            for (int k = 0; k < rows.length; k++) {
                rows[k] = (step * 7 + k * 5) % f.examples();
            }
            f.select(rows, rows.length);
            batch.valueAndGradient(x, g);
            for (int i = 0; i < x.length; i++) {
                x[i] -= 1e-3 * g[i];
            }
            f.value(x);
        }
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        assumeThat(ManagementFactory.getThreadMXBean()).isInstanceOf(com.sun.management.ThreadMXBean.class);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        return threads;
    }
}
