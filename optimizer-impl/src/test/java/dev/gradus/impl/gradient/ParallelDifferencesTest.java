package dev.gradus.impl.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.impl.parallel.RangeWorkers;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finite differences on the shared workers: the serial gradient bit for bit at every dimension and
 * thread count, failures on the caller with the workers serving on, many estimators at once, no
 * allocation per gradient, and no worker left spinning.
 */
class ParallelDifferencesTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static Stream<GradientEstimatorProvider> numerical() {
        return Stream.of(new ForwardDifferenceProvider(), new CentralDifferenceProvider(), new FivePointProvider());
    }

    /**
     * A small network's worth of work per evaluation: {@code rounds} passes of a coupled recurrence
     * over x, so each partial depends on every coordinate. Allocates nothing; fails, when told, on a
     * point whose coordinate {@code failAt} is perturbed upwards.
     */
    private static final class Recurrence implements Objective {
        final int n;
        final int rounds;
        volatile int failAt = -1;
        volatile double failAbove = Double.POSITIVE_INFINITY;

        Recurrence(int n, int rounds) {
            this.n = n;
            this.rounds = rounds;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            int fail = failAt;
            if (fail >= 0 && x[fail] > failAbove) {
                throw new IllegalStateException("refused x" + fail + " on " + Thread.currentThread().getName());
            }
            double f = 0;
            for (int r = 0; r < rounds; r++) {
                double s = r;
                for (int i = 0; i < n; i++) {
                    double t = 0.5 * s + x[i] * x[n - 1 - i];
                    s = t / (1 + Math.abs(t));
                    f += s * s;
                }
            }
            return f;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return ObjectiveMetadata.builder(n).suggestedStart(new double[n]).plotWindow(Box.cube(n, -1, 1)).build();
        }
    }

    private static double[] point(int n, int shift) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(1.3 * i + shift) * (1 + i % 3);
        }
        return x;
    }

    private static GradientEstimator estimator(GradientEstimatorProvider provider, Objective objective, long threads) {
        return provider.create(objective, provider.parameters().bind(provider.info().id(), Map.of("threads", threads)));
    }

    /** An automatic estimator that takes every gradient as long enough for parallel work. */
    private static GradientEstimator automaticAlwaysParallel(GradientEstimatorProvider provider, Objective objective) {
        LongSupplier everyReadAMillisecondLater = new LongSupplier() {
            private long now;

            @Override
            public long getAsLong() {
                return now += 1_000_000;
            }
        };
        return ((FiniteDifferenceProvider) provider).create(objective, provider.parameters().bind(provider.info().id(), Map.of("threads", 0L)),
                RangeWorkers.shared(), everyReadAMillisecondLater, FiniteDifferenceProvider.PARALLEL_NANOS);
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numerical")
    void everyThreadCountGivesTheSerialGradientAndValueBitForBitAtEveryDimension(GradientEstimatorProvider provider) {
        for (int n : new int[] {2, 3, 7, 42, 257}) {
            Recurrence objective = new Recurrence(n, n == 42 ? 8 : 1);
            GradientEstimator serial = estimator(provider, objective, 1);
            List<GradientEstimator> parallel = List.of(estimator(provider, objective, 0), estimator(provider, objective, 2),
                    estimator(provider, objective, 3), estimator(provider, objective, 8), automaticAlwaysParallel(provider, objective));

            assertTimeoutPreemptively(PATIENCE, () -> {
                for (int call = 0; call < (n > 100 ? 4 : 20); call++) {
                    double[] x = point(n, call);
                    double[] expected = new double[n];
                    long value = Double.doubleToRawLongBits(serial.valueAndGradient(x, expected));
                    for (GradientEstimator estimator : parallel) {
                        double[] actual = new double[n];
                        assertThat(Double.doubleToRawLongBits(estimator.valueAndGradient(x, actual))).isEqualTo(value);
                        assertThat(bits(actual)).as("n = %d, call %d", n, call).containsExactly(bits(expected));
                    }
                }
            });
            for (GradientEstimator estimator : parallel) {
                assertThat(estimator.functionEvaluations()).isEqualTo(serial.functionEvaluations());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numerical")
    void aFailureInAWorkersRangeIsThrownOnTheCallerAndTheWorkersServeTheNextGradient(GradientEstimatorProvider provider) {
        int n = 42;
        Recurrence objective = new Recurrence(n, 2);
        double[] x = point(n, 0);
        // the last coordinate is in the worker's half; any step up from it is refused
        objective.failAt = n - 1;
        objective.failAbove = x[n - 1];
        GradientEstimator two = estimator(provider, objective, 2);
        GradientEstimator serial = estimator(provider, objective, 1);

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> two.valueAndGradient(x, new double[n])));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("refused x41 on gradus-worker-");
        objective.failAt = -1;
        double[] expected = new double[n];
        serial.valueAndGradient(x, expected);
        for (int call = 0; call < 3; call++) {
            double[] actual = new double[n];
            assertTimeoutPreemptively(PATIENCE, () -> two.valueAndGradient(x, actual));
            assertThat(bits(actual)).containsExactly(bits(expected));
            assertThat(((FiniteDifferenceProvider.Differences) two).threadsUsed()).isEqualTo(2);
        }
    }

    @Test
    void aFailureReachesTheCallerAlsoWhenTheAutomaticChoiceIsParallel() {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one processor: the automatic choice is always serial");
        int n = 42;
        Recurrence objective = new Recurrence(n, 2);
        double[] x = point(n, 0);
        GradientEstimator automatic = automaticAlwaysParallel(new CentralDifferenceProvider(), objective);
        // the first gradient is serial and timed; from the second on, parallel
        automatic.valueAndGradient(x, new double[n]);
        objective.failAt = n - 1;
        objective.failAbove = x[n - 1];

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> automatic.valueAndGradient(x, new double[n])));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("refused x41 on ");
        assertThat(((FiniteDifferenceProvider.Differences) automatic).handOff()).isNotNull();
        assertThat(RangeWorkers.shared().enter()).as("the failed gradient no longer counts as computing").isEqualTo(1);
        RangeWorkers.shared().leave();
    }

    @Test
    void manyEstimatorsAtOnceShareTheWorkersWithoutDeadlockAndEachGetsTheSerialGradient() {
        int runs = 8;
        int calls = 200;
        int n = 42;
        List<Throwable> failures = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(runs);

        assertTimeoutPreemptively(PATIENCE, () -> {
            List<Thread> threads = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                int run = r;
                Thread thread = new Thread(() -> {
                    GradientEstimatorProvider provider = numerical().toList().get(run % 3);
                    Recurrence objective = new Recurrence(n, 4);
                    // as compare runs them: every run chooses, or asks for two or three threads, at once
                    GradientEstimator estimator = switch (run % 4) {
                        case 0 -> estimator(provider, objective, 0);
                        case 1 -> automaticAlwaysParallel(provider, objective);
                        case 2 -> estimator(provider, objective, 2);
                        default -> estimator(provider, objective, 3);
                    };
                    GradientEstimator serial = estimator(provider, objective, 1);
                    try {
                        together.await();
                        for (int call = 0; call < calls; call++) {
                            double[] x = point(n, run * calls + call);
                            double[] expected = new double[n];
                            double[] actual = new double[n];
                            serial.valueAndGradient(x, expected);
                            estimator.valueAndGradient(x, actual);
                            if (!java.util.Arrays.equals(bits(actual), bits(expected))) {
                                throw new AssertionError("run " + run + ", call " + call + ": not the serial gradient");
                            }
                        }
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }, "run-" + r);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        });

        assertThat(failures).isEmpty();
        assertEveryWorkerParks();
    }

    @Test
    void aParallelGradientAllocatesNothingOnTheCallerOrTheWorkers() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                && t.isThreadAllocatedMemoryEnabled(), "this JVM does not measure a thread's allocations");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        int n = 64;
        Recurrence objective = new Recurrence(n, 1);
        var two = (FiniteDifferenceProvider.Differences) estimator(new CentralDifferenceProvider(), objective, 2);
        var automatic = (FiniteDifferenceProvider.Differences) automaticAlwaysParallel(new CentralDifferenceProvider(), objective);
        double[] x = point(n, 0);
        double[] gradient = new double[n];
        for (int k = 0; k < 1000; k++) {
            two.valueAndGradient(x, gradient);
            automatic.valueAndGradient(x, gradient);
        }
        long[] workers = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("gradus-worker-"))
                .mapToLong(Thread::getId).toArray();
        long caller = Thread.currentThread().getId();
        int calls = 1000;
        int shared = 0;

        long[] workersBefore = threads.getThreadAllocatedBytes(workers);
        long callerBefore = threads.getThreadAllocatedBytes(caller);
        for (int k = 0; k < calls; k++) {
            two.valueAndGradient(x, gradient);
            shared += two.threadsUsed() - 1;
            automatic.valueAndGradient(x, gradient);
        }
        long callerBytes = threads.getThreadAllocatedBytes(caller) - callerBefore;
        long[] workersAfter = threads.getThreadAllocatedBytes(workers);

        assertThat(workers).isNotEmpty();
        assertThat(shared).as("gradients that a worker shared").isEqualTo(calls);
        // a few hundred bytes of slack for the measurement itself; one allocation per call would be tens of kilobytes
        assertThat(callerBytes).as("bytes the caller allocated in %d calls", 2 * calls).isLessThan(1024);
        for (int k = 0; k < workers.length; k++) {
            assertThat(workersAfter[k] - workersBefore[k]).as("bytes worker %d allocated", k).isLessThan(1024);
        }
    }

    /** Every shared worker is parked within the test's patience: none spins on once the gradients stop. */
    private static void assertEveryWorkerParks() {
        List<Thread> workers = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("gradus-worker-")).toList();
        assertThat(workers).isNotEmpty();
        assertTimeoutPreemptively(PATIENCE, () -> {
            for (Thread worker : workers) {
                while (worker.getState() != Thread.State.WAITING) {
                    Thread.sleep(1);
                }
            }
        });
    }
}
