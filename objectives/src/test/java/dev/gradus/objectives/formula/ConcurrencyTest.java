package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One formula evaluated from many threads at once gives the serial interpreted results bit for
 * bit, and evaluating allocates nothing: compiled, and interpreted by its tape.
 */
class ConcurrencyTest {
    private static final String FORMULA = "100*(y - x^2)^2 + (1 - x)^2 + sin(x*z)*exp(-w^2) + log(1 + x^2 + y^2) + min(x, y)*max(z, w) + tanh(x - w)^3";

    /** The formula's compiled code, or its tape. */
    private static Program program(Formula formula, boolean compiled) {
        assertThat(formula.program()).as("the compiled code").isNotSameAs(formula.tape());
        return compiled ? formula.program() : formula.tape();
    }

    @ParameterizedTest(name = "compiled: {0}")
    @ValueSource(booleans = {true, false})
    void concurrentEvaluationOnDifferentPointsGivesTheSerialResultsBitForBit(boolean compiled) throws Exception {
        Formula formula = Formula.parse(FORMULA);
        Program program = program(formula, compiled);
        int n = formula.dimension();
        Random random = new Random(5);
        double[][] points = new double[2_000][n];
        double[] values = new double[points.length];
        double[][] gradients = new double[points.length][n];
        for (int k = 0; k < points.length; k++) {
            for (int i = 0; i < n; i++) {
                points[k][i] = -3 + 6 * random.nextDouble();
            }
            values[k] = formula.tape().valueAndGradient(points[k], gradients[k]);
        }

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> mismatches = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int offset = t * 251;
                // other tapes on the same threads too: their scratch space is the same per-thread workspace
                Program other = program(Formula.parse("x^2 + y^2 + z^2 + w^2 + q^2 + " + t), compiled);
                mismatches.add(pool.submit(() -> {
                    start.await();
                    int wrong = 0;
                    double[] g = new double[n];
                    double[] g5 = new double[5];
                    for (int round = 0; round < 20; round++) {
                        for (int j = 0; j < points.length; j++) {
                            int k = (j + offset) % points.length;
                            double v = round % 2 == 0 ? program.valueAndGradient(points[k], g) : program.value(points[k]);
                            other.valueAndGradient(new double[] {1, 2, 3, 4, 5}, g5);
                            if (Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(values[k])) {
                                wrong++;
                            }
                            if (round % 2 == 0) {
                                for (int i = 0; i < n; i++) {
                                    wrong += Double.doubleToRawLongBits(g[i]) != Double.doubleToRawLongBits(gradients[k][i]) ? 1 : 0;
                                }
                            }
                        }
                    }
                    return wrong;
                }));
            }
            start.countDown();
            for (Future<Integer> m : mismatches) {
                assertThat(m.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "compiled: {0}")
    @ValueSource(booleans = {true, false})
    void evaluationAllocatesNothingPerCallOnceWarm(boolean compiled) {
        var threads = ManagementFactory.getThreadMXBean();
        assumeThat(threads).as("a JVM that counts allocated bytes per thread").isInstanceOf(com.sun.management.ThreadMXBean.class);
        var counting = (com.sun.management.ThreadMXBean) threads;
        assumeThat(counting.isThreadAllocatedMemorySupported() && counting.isThreadAllocatedMemoryEnabled()).isTrue();
        Program formula = program(Formula.parse(FORMULA), compiled);
        double[] x = {0.5, -0.25, 1.5, 0.75};
        double[] g = new double[4];
        double sink = 0;
        for (int i = 0; i < 50_000; i++) {
            sink += formula.valueAndGradient(x, g) + formula.value(x);
        }

        long thread = Thread.currentThread().getId();
        long before = counting.getThreadAllocatedBytes(thread);
        int calls = 200_000;
        for (int i = 0; i < calls; i++) {
            x[0] = i * 1e-6;
            sink += formula.valueAndGradient(x, g) + formula.value(x);
        }
        long allocated = counting.getThreadAllocatedBytes(thread) - before;

        // 16 bytes per call would be 6.4 MB; allow a little for the measurement itself
        assertThat(allocated).as("bytes allocated over %d calls (sink %s)", 2 * calls, sink).isLessThan(64 * 1024);
    }
}
