package dev.gradus.impl.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.impl.parallel.HandOff;
import dev.gradus.impl.parallel.RangeWorkers;
import dev.gradus.impl.parallel.TestWorkers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The automatic choice ({@code threads = 0}) by a gradient's cost, on a clock the test drives: every
 * evaluation of the objective moves the evaluating thread's own clock on by a set cost, so what a
 * gradient "takes" is exact and no test depends on real time.
 */
class AutomaticThreadsTest {
    private static final int N = 42;
    private static final long THRESHOLD = FiniteDifferenceProvider.PARALLEL_NANOS;

    static Stream<GradientEstimatorProvider> numerical() {
        return Stream.of(new ForwardDifferenceProvider(), new CentralDifferenceProvider(), new FivePointProvider());
    }

    /** Per-thread nanoseconds, moved on only by the thread's own evaluations; counts how often it is read. */
    private static final class EvaluationClock implements LongSupplier {
        private final ThreadLocal<long[]> elapsed = ThreadLocal.withInitial(() -> new long[1]);
        final AtomicLong reads = new AtomicLong();
        volatile long costPerEvaluation;

        void evaluated() {
            elapsed.get()[0] += costPerEvaluation;
        }

        /** Time passing on the calling thread between two gradients. */
        void pass(long nanos) {
            elapsed.get()[0] += nanos;
        }

        @Override
        public long getAsLong() {
            reads.incrementAndGet();
            return elapsed.get()[0];
        }
    }

    /** f(x) = sum_i cos(x_i) x_{i+1} + x_i^2 / (1 + i), which costs what the clock says; records the threads that evaluate it. */
    private static final class Priced implements Objective {
        final EvaluationClock clock;
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        Priced(EvaluationClock clock) {
            this.clock = clock;
        }

        @Override
        public int dimension() {
            return N;
        }

        @Override
        public double value(double[] x) {
            clock.evaluated();
            threads.add(Thread.currentThread().getName());
            double f = 0;
            for (int i = 0; i < N; i++) {
                f += Math.cos(x[i]) * x[(i + 1) % N] + x[i] * x[i] / (1 + i);
            }
            return f;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return ObjectiveMetadata.builder(N).suggestedStart(new double[N]).plotWindow(Box.cube(N, -1, 1)).build();
        }
    }

    private EvaluationClock clock;
    private Priced objective;

    @BeforeEach
    void setUp() {
        clock = new EvaluationClock();
        objective = new Priced(clock);
    }

    private FiniteDifferenceProvider.Differences estimator(GradientEstimatorProvider provider, long threads) {
        return estimator(provider, threads, THRESHOLD);
    }

    private FiniteDifferenceProvider.Differences estimator(GradientEstimatorProvider provider, long threads, long threshold) {
        var differences = (FiniteDifferenceProvider) provider;
        return differences.create(objective, provider.parameters().bind(provider.info().id(), Map.of("threads", threads)), RangeWorkers.shared(),
                clock, threshold);
    }

    private static double[] point() {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = Math.sin(0.9 * i) * (1 + i % 5);
        }
        return x;
    }

    /** What a gradient costs on one thread on this clock. */
    private static long serialCost(GradientEstimatorProvider provider, long costPerEvaluation) {
        return (long) ((FiniteDifferenceProvider) provider).evaluationsPerCoordinate() * N * costPerEvaluation;
    }

    private static void assumeSeveralProcessors() {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one processor: the automatic choice is always serial");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numerical")
    void anExpensiveObjectiveAtFortyTwoDimensionsGoesParallelAfterTheFirstTimedGradientWithTheSerialBits(GradientEstimatorProvider provider) {
        assumeSeveralProcessors();
        // 1 microsecond an evaluation: 42 to 168 microseconds a gradient on one thread, below the wake-up cost
        clock.costPerEvaluation = 1_000;
        var automatic = estimator(provider, 0);
        // on a clock of its own, so that its evaluations are no gap between the automatic estimator's gradients
        GradientEstimator serial = provider.create(new Priced(new EvaluationClock()), provider.parameters().bind(provider.info().id(),
                Map.of("threads", 1L)));
        double[] x = point();
        List<HandOff> handOffs = new ArrayList<>();
        List<Integer> threadsUsed = new ArrayList<>();

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int call = 0; call < 2 * FiniteDifferenceProvider.TIMING_INTERVAL + 1; call++) {
                x[call % N] += 0.01;
                double[] expected = new double[N];
                double[] actual = new double[N];
                double fSerial = serial.valueAndGradient(x, expected);
                double fAutomatic = automatic.valueAndGradient(x, actual);
                handOffs.add(automatic.handOff());
                threadsUsed.add(automatic.threadsUsed());

                assertThat(Double.doubleToRawLongBits(fAutomatic)).isEqualTo(Double.doubleToRawLongBits(fSerial));
                assertThat(bits(actual)).as("call %d", call).containsExactly(bits(expected));
            }
        });

        assertThat(automatic.lastSerialNanos()).as("the caller's range, scaled to every coordinate").isEqualTo(serialCost(provider, 1_000));
        assertThat(handOffs.get(0)).as("the first gradient, timed serially").isNull();
        assertThat(threadsUsed.get(0)).isEqualTo(1);
        // from the first parallel gradient on, the workers are woken after gradients they shared, and otherwise as the backoff says
        int unshared = 0;
        for (int call = 1; call < handOffs.size(); call++) {
            HandOff expected = FiniteDifferenceProvider.Differences.wakes(unshared) ? HandOff.IMPATIENT : HandOff.AWAKE_ONLY;
            assertThat(handOffs.get(call)).as("call %d after %d unshared", call, unshared).isEqualTo(expected);
            unshared = threadsUsed.get(call) >= 2 ? 0 : unshared + 1;
        }
        assertThat(automatic.functionEvaluations()).isEqualTo(serial.functionEvaluations());
    }

    @Test
    void whileNoWorkerSharesAGradientTheWorkersAreWokenLessAndLessOften() {
        // workers that never start, so that no gradient is shared
        var automatic = ((FiniteDifferenceProvider) new CentralDifferenceProvider()).create(objective,
                new CentralDifferenceProvider().parameters().defaults(), TestWorkers.unstarted(1), clock, THRESHOLD);
        Assumptions.assumeTrue(automatic.threads() >= 2, "one processor: the automatic choice is always serial");
        clock.costPerEvaluation = 1_000;
        List<Integer> woken = new ArrayList<>();

        for (int call = 0; call < 200; call++) {
            automatic.valueAndGradient(point(), new double[N]);
            if (automatic.handOff() == HandOff.IMPATIENT) {
                woken.add(call);
            }
            assertThat(automatic.threadsUsed()).isEqualTo(1);
            // timed serially first, then parallel, taking awake workers only when it does not wake them
            assertThat(automatic.handOff()).as("call %d", call).isEqualTo(call == 0 ? null : woken.contains(call) ? HandOff.IMPATIENT : HandOff.AWAKE_ONLY);
        }

        // the first parallel gradient, then after 1, 2, 4, ..., 64 unshared ones, then every 64
        assertThat(woken).containsExactly(1, 2, 3, 5, 9, 17, 33, 65, 129, 193);
        assertThat(objective.threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void whileOtherRunsKeepEveryOtherCoreBusyAParallelChoiceComputesSeriallyAndCountsItselfOnlyWhileItComputes() {
        RangeWorkers idle = TestWorkers.unstarted(1);
        var automatic = ((FiniteDifferenceProvider) new CentralDifferenceProvider()).create(objective,
                new CentralDifferenceProvider().parameters().defaults(), idle, clock, THRESHOLD);
        Assumptions.assumeTrue(automatic.threads() >= 2, "one processor: the automatic choice is always serial");
        clock.costPerEvaluation = 1_000;
        double[] expected = new double[N];
        estimator(new CentralDifferenceProvider(), 1).valueAndGradient(point(), expected);
        // timed serially: parallel from the next gradient on
        automatic.valueAndGradient(point(), new double[N]);
        int others = automatic.threads() - 1;
        for (int k = 0; k < others; k++) {
            idle.enter();
        }
        List<HandOff> busy = new ArrayList<>();
        for (int call = 0; call < 3; call++) {
            double[] actual = new double[N];
            automatic.valueAndGradient(point(), actual);
            busy.add(automatic.handOff());
            assertThat(bits(actual)).containsExactly(bits(expected));
        }
        for (int k = 0; k < others; k++) {
            idle.leave();
        }
        automatic.valueAndGradient(point(), new double[N]);
        HandOff idleAgain = automatic.handOff();

        assertThat(automatic.nextIsParallel()).isTrue();
        assertThat(busy).as("every core busy: serial, no worker taken").containsOnly((HandOff) null);
        assertThat(idleAgain).isEqualTo(HandOff.IMPATIENT);
        assertThat(idle.enter()).as("the estimator counts itself only while it computes").isEqualTo(1);
        idle.leave();
    }

    @Test
    void theBackoffWakesAfterEveryPowerOfTwoUnsharedGradientsUpToItsLongestAndThenAtItsMultiples() {
        assertThat(java.util.stream.IntStream.rangeClosed(0, 300).filter(FiniteDifferenceProvider.Differences::wakes).boxed().toList())
                .containsExactly(0, 1, 2, 4, 8, 16, 32, 64, 128, 192, 256);
        assertThat(FiniteDifferenceProvider.LONGEST_BACKOFF).isEqualTo(64);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numerical")
    void aCheapObjectiveStaysSerialOnTheCallersThread(GradientEstimatorProvider provider) {
        assumeSeveralProcessors();
        // 10 ns an evaluation: at most 1.7 microseconds a gradient
        clock.costPerEvaluation = 10;
        var automatic = estimator(provider, 0);
        double[] x = point();

        for (int call = 0; call < 3 * FiniteDifferenceProvider.TIMING_INTERVAL; call++) {
            automatic.valueAndGradient(x, new double[N]);
            assertThat(automatic.handOff()).as("call %d", call).isNull();
            assertThat(automatic.threadsUsed()).isEqualTo(1);
        }

        assertThat(automatic.nextIsParallel()).isFalse();
        assertThat(automatic.lastSerialNanos()).isEqualTo(serialCost(provider, 10));
        assertThat(objective.threads).containsExactly(Thread.currentThread().getName());
        // one clock reading before and one after each timed gradient, nothing for the others
        assertThat(clock.reads.get()).isEqualTo(2 * 3);
    }

    @Test
    void aGradientThatTakesTheThresholdIsFollowedByParallelOnesAndOneJustBelowItBySerialOnes() {
        assumeSeveralProcessors();
        GradientEstimatorProvider central = new CentralDifferenceProvider();
        long threshold = 2 * N * 100;
        clock.costPerEvaluation = 100;
        var at = estimator(central, 0, threshold);
        at.valueAndGradient(point(), new double[N]);
        clock.costPerEvaluation = 99;
        var below = estimator(central, 0, threshold);
        below.valueAndGradient(point(), new double[N]);

        assertThat(at.lastSerialNanos()).isEqualTo(threshold);
        assertThat(at.nextIsParallel()).isTrue();
        assertThat(below.lastSerialNanos()).isEqualTo(threshold - 2 * N);
        assertThat(below.nextIsParallel()).isFalse();
    }

    @Test
    void theChoiceChangesAtTheNextTimedGradientWhenTheCostDoes() {
        assumeSeveralProcessors();
        var automatic = estimator(new CentralDifferenceProvider(), 0);
        double[] x = point();
        int interval = FiniteDifferenceProvider.TIMING_INTERVAL;
        List<Boolean> parallel = new ArrayList<>();
        HandOff[] firstAfterSerial = new HandOff[1];

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            clock.costPerEvaluation = 1_000;
            for (int call = 0; call < 3 * interval; call++) {
                if (call == interval + 3) {
                    // cheap from here: noticed at the timed gradient 2 * interval, which runs in parallel
                    clock.costPerEvaluation = 1;
                }
                automatic.valueAndGradient(x, new double[N]);
                parallel.add(automatic.handOff() != null);
            }
            clock.costPerEvaluation = 1_000;
            for (int call = 0; call < interval + 1; call++) {
                automatic.valueAndGradient(x, new double[N]);
                parallel.add(automatic.handOff() != null);
                if (call == 1) {
                    firstAfterSerial[0] = automatic.handOff();
                }
            }
        });

        assertThat(parallel.get(0)).isFalse();
        assertThat(parallel.subList(1, 2 * interval + 1)).containsOnly(true);
        assertThat(parallel.subList(2 * interval + 1, 3 * interval + 1)).containsOnly(false);
        // expensive again from gradient 3 * interval, timed serially, so parallel from the one after, which wakes the workers
        assertThat(parallel.subList(3 * interval + 1, 4 * interval + 1)).containsOnly(true);
        assertThat(firstAfterSerial[0]).isEqualTo(HandOff.IMPATIENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numerical")
    void oneThreadIsSerialHoweverExpensiveAndNeverReadsTheClock(GradientEstimatorProvider provider) {
        clock.costPerEvaluation = 1_000_000;
        var serial = estimator(provider, 1);

        for (int call = 0; call < 2 * FiniteDifferenceProvider.TIMING_INTERVAL; call++) {
            serial.valueAndGradient(point(), new double[N]);
        }

        assertThat(serial.handOff()).isNull();
        assertThat(serial.threads()).isEqualTo(1);
        assertThat(objective.threads).containsExactly(Thread.currentThread().getName());
        assertThat(clock.reads.get()).isZero();
    }

    @Test
    void threadsAskedForAreUsedWhateverTheCostAndWaitedFor() {
        assumeSeveralProcessors();
        clock.costPerEvaluation = 1;
        var two = estimator(new CentralDifferenceProvider(), 2);

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> two.valueAndGradient(point(), new double[N]));

        assertThat(two.handOff()).isEqualTo(HandOff.PATIENT);
        assertThat(two.threadsUsed()).isEqualTo(2);
        assertThat(objective.threads).hasSize(2).anyMatch(name -> name.startsWith("gradus-worker-"));
        assertThat(clock.reads.get()).isZero();
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
