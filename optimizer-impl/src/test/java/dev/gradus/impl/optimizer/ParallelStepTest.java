package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.spi.OptimizerProvider;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every element-wise built-in optimizer steps a large vector on several threads exactly as it does
 * on one, bit for bit; concurrent runs share the step workers without hanging.
 */
class ParallelStepTest {
    /** Above the threshold, odd, so the two halves differ in length. */
    private static final int N = ElementwiseStep.PARALLEL_DIMENSION + 12_345;
    private static final int STEPS = 7;

    static Stream<Arguments> configurations() {
        return Stream.of(
                of(new SgdProvider(), Map.of()),
                of(new SgdProvider(), Map.of("momentum", "0.9", "weight_decay", "0.01")),
                of(new SgdProvider(), Map.of("momentum", "0.9", "nesterov", "true", "weight_decay", "0.1")),
                of(new SgdProvider(), Map.of("momentum", "0.5", "dampening", "0.3")),
                of(new AdamProvider(), Map.of()),
                of(new AdamProvider(), Map.of("amsgrad", "true", "weight_decay", "0.1")),
                of(new AdamWProvider(), Map.of()),
                of(new AdamWProvider(), Map.of("amsgrad", "true", "weight_decay", "0.2")),
                of(new AdagradProvider(), Map.of()),
                of(new AdagradProvider(), Map.of("lr_decay", "0.01", "weight_decay", "0.1", "initial_accumulator_value", "0.5")),
                of(new RmspropProvider(), Map.of()),
                of(new RmspropProvider(), Map.of("momentum", "0.9", "weight_decay", "0.1")),
                of(new RmspropProvider(), Map.of("centered", "true", "momentum", "0.5")),
                of(new AdadeltaProvider(), Map.of()),
                of(new AdadeltaProvider(), Map.of("weight_decay", "0.1", "rho", "0.5")),
                of(new AdamaxProvider(), Map.of()),
                of(new AdamaxProvider(), Map.of("weight_decay", "0.1")),
                of(new NadamProvider(), Map.of()),
                of(new NadamProvider(), Map.of("weight_decay", "0.1", "momentum_decay", "0.01")),
                // steps 1-5 unrectified at the defaults, 6 and 7 rectified
                of(new RadamProvider(), Map.of()),
                of(new RadamProvider(), Map.of("weight_decay", "0.1")),
                of(new RpropProvider(), Map.of()),
                of(new RpropProvider(), Map.of("eta_minus", "0.3", "step_size_max", "0.01")),
                of(new AsgdProvider(), Map.of()),
                // averaging from step 3 on
                of(new AsgdProvider(), Map.of("t0", "2", "weight_decay", "0.1")),
                of(new TextbookAdamProvider(), Map.of()),
                of(new TextbookNesterovProvider(), Map.of("momentum", "0.5")));
    }

    private static Arguments of(OptimizerProvider provider, Map<String, String> values) {
        return Arguments.of(Named.of(provider.info().id(), provider), values);
    }

    /** The run's step object, through which the tests choose serial or parallel. */
    static ElementwiseStep stepOf(OptimizerState state) {
        if (state instanceof VectorState v) {
            return v.step;
        }
        if (state instanceof Adam.State a) {
            return a.step;
        }
        return ((Sgd.State) state).step;
    }

    /** One run of {@code STEPS} steps from a fixed start with fixed gradients (some zero, signs changing) and changing rates. */
    static final class Run<S extends OptimizerState> {
        final Optimizer<S> optimizer;
        final S state;
        final double[] x;
        final List<Integer> threadsUsed = new ArrayList<>();
        private final long seed;
        private final double[] gradient;
        private int taken;

        Run(Optimizer<S> optimizer, int n, int threads, long seed) {
            this.optimizer = optimizer;
            this.state = optimizer.init(n);
            this.seed = seed;
            stepOf(state).threads(threads);
            SplittableRandom random = new SplittableRandom(seed);
            x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextDouble(-2, 2);
            }
            gradient = new double[n];
        }

        void step() {
            SplittableRandom random = new SplittableRandom(seed * 31 + taken);
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] = i % 97 == 0 ? 0 : random.nextDouble(-1, 1) + 0.1 * x[i];
            }
            double lr = 0.01 * (1 + taken % 3);
            optimizer.update(state, x, gradient, StepContext.of(lr, 0));
            threadsUsed.add(stepOf(state).threadsUsed());
            taken++;
        }

        Run<S> steps(int count) {
            for (int k = 0; k < count; k++) {
                step();
            }
            return this;
        }
    }

    static Run<?> run(OptimizerProvider provider, Map<String, String> values, int n, int threads, long seed) {
        return new Run<>(provider.create(provider.parameters().parse(provider.info().id(), values)), n, threads, seed);
    }

    /** x and every saved vector and number of the two runs hold the same bits. */
    static void assertSameBits(Run<?> actual, Run<?> expected) {
        assertBits("x", actual.x, expected.x);
        StateSnapshot a = actual.state.snapshot();
        StateSnapshot e = expected.state.snapshot();
        assertThat(a.steps()).isEqualTo(e.steps());
        assertThat(a.arrayNames()).isEqualTo(e.arrayNames());
        for (String name : e.arrayNames()) {
            assertBits(name, a.arrayOrNull(name), e.arrayOrNull(name));
        }
        assertThat(a.numberNames()).isEqualTo(e.numberNames());
        for (String name : e.numberNames()) {
            assertThat(Double.doubleToRawLongBits(a.number(name))).as(name).isEqualTo(Double.doubleToRawLongBits(e.number(name)));
        }
    }

    private static void assertBits(String name, double[] actual, double[] expected) {
        assertThat(actual).as(name).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(actual[i]) != Double.doubleToRawLongBits(expected[i])) {
                throw new AssertionError(name + "[" + i + "] is " + actual[i] + ", expected " + expected[i] + " bit for bit");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("configurations")
    void twoThreadsStepExactlyAsOne(OptimizerProvider provider, Map<String, String> values) {
        Run<?> serial = run(provider, values, N, 1, 7).steps(STEPS);
        Run<?> parallel = run(provider, values, N, 2, 7).steps(STEPS);

        assertThat(serial.threadsUsed).containsOnly(1);
        assertThat(parallel.threadsUsed).as("threads that shared each step").containsOnly(2);
        assertSameBits(parallel, serial);
        // not a pair of runs that did nothing
        assertThat(serial.x).isNotEqualTo(run(provider, values, N, 1, 7).x);
    }

    @Test
    void aRestoredStateStepsInParallelAsTheOriginalDoes() {
        Run<?> original = run(new AdamProvider(), Map.of("amsgrad", "true"), N, 1, 3).steps(3);
        Adam adam = (Adam) original.optimizer;
        Adam.State restored = adam.restore(original.state.snapshot());
        stepOf(restored).threads(2);
        double[] x = original.x.clone();
        double[] gradient = new double[N];
        for (int i = 0; i < N; i++) {
            gradient[i] = Math.sin(i);
        }

        adam.update((Adam.State) original.state, original.x, gradient, StepContext.of(0.01, 0));
        adam.update(restored, x, gradient, StepContext.of(0.01, 0));

        assertThat(stepOf(restored).threadsUsed()).isEqualTo(2);
        assertBits("x", x, original.x);
    }

    @Test
    void automaticStepsAreSerialBelowTheThresholdAndFromItSharedWithWhicheverWorkersStartInTime() {
        int processors = Runtime.getRuntime().availableProcessors();
        int n = ElementwiseStep.PARALLEL_DIMENSION;

        Run<?> below = run(new AdamProvider(), Map.of(), n - 1, 0, 1).steps(STEPS);
        Run<?> at = run(new AdamProvider(), Map.of("amsgrad", "true"), n, 0, 1).steps(STEPS);
        Run<?> serial = run(new AdamProvider(), Map.of("amsgrad", "true"), n, 1, 1).steps(STEPS);

        assertThat(below.threadsUsed).containsOnly(1);
        assertThat(at.threadsUsed).allMatch(t -> t >= 1 && t <= processors);
        assertSameBits(at, serial);
    }

    @Test
    void askedForThreadsSplitEvenASmallVectorAtMostOneCoordinateEach() {
        Run<?> serial = run(new RmspropProvider(), Map.of("centered", "true"), 3, 1, 5).steps(STEPS);
        Run<?> parallel = run(new RmspropProvider(), Map.of("centered", "true"), 3, 2, 5).steps(STEPS);
        Run<?> one = run(new RmspropProvider(), Map.of(), 1, 2, 5).steps(1);

        assertThat(parallel.threadsUsed).containsOnly(2);
        assertSameBits(parallel, serial);
        assertThat(one.threadsUsed).containsExactly(1);
    }

    @Test
    void aGradientShorterThanThePointFailsInTheWorkersRangeAsItDoesSerially() {
        Adam adam = (Adam) new AdamProvider().create(new AdamProvider().parameters().defaults());
        double[] shortGradient = new double[N - 10];
        for (int threads = 1; threads <= 2; threads++) {
            Adam.State state = adam.init(N);
            stepOf(state).threads(threads);
            double[] x = new double[N];

            assertThatThrownBy(() -> adam.update(state, x, shortGradient, StepContext.of(0.1, 0)))
                    .as("with %d threads", threads).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        }
    }

    @Test
    void twoRunsSteppingAtOnceFromTwoThreadsBothGetTheSerialResult() {
        Run<?> adamAlone = run(new AdamProvider(), Map.of("amsgrad", "true"), N, 1, 11).steps(20);
        Run<?> rmspropAlone = run(new RmspropProvider(), Map.of("momentum", "0.9"), N, 1, 12).steps(20);
        // one run chooses (and takes back ranges no worker started in time), the other insists on two threads
        Run<?> adam = run(new AdamProvider(), Map.of("amsgrad", "true"), N, 0, 11);
        Run<?> rmsprop = run(new RmspropProvider(), Map.of("momentum", "0.9"), N, 2, 12);
        CyclicBarrier together = new CyclicBarrier(2);

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Thread other = new Thread(() -> {
                await(together);
                rmsprop.steps(20);
            });
            List<Throwable> failures = new ArrayList<>();
            other.setUncaughtExceptionHandler((t, e) -> failures.add(e));
            other.start();
            await(together);
            adam.steps(20);
            other.join();
            assertThat(failures).isEmpty();
        });

        assertSameBits(adam, adamAlone);
        assertSameBits(rmsprop, rmspropAlone);
        // each step had one or two threads, whoever held the worker
        assertThat(adam.threadsUsed).hasSize(20).allMatch(t -> t == 1 || t == 2);
        assertThat(rmsprop.threadsUsed).hasSize(20).allMatch(t -> t == 1 || t == 2);
    }

    @Test
    void parallelStepsAllocateNothingOnTheCallerOrTheWorkers() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                && t.isThreadAllocatedMemoryEnabled(), "this JVM does not measure a thread's allocations");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Adam adam = (Adam) new AdamProvider().create(new AdamProvider().parameters().defaults());
        Adam.State state = adam.init(4096);
        stepOf(state).threads(2);
        double[] x = new double[4096];
        double[] gradient = new double[4096];
        Arrays.fill(gradient, 0.5);
        StepContext context = StepContext.of(0.01, 0);
        for (int k = 0; k < 1000; k++) {
            adam.update(state, x, gradient, context);
        }
        long[] workers = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("gradus-worker-"))
                .mapToLong(Thread::getId).toArray();
        long caller = Thread.currentThread().getId();
        int steps = 2000;
        int shared = 0;

        long[] workersBefore = threads.getThreadAllocatedBytes(workers);
        long callerBefore = threads.getThreadAllocatedBytes(caller);
        for (int k = 0; k < steps; k++) {
            adam.update(state, x, gradient, context);
            shared += stepOf(state).threadsUsed() - 1;
        }
        long callerBytes = threads.getThreadAllocatedBytes(caller) - callerBefore;
        long[] workersAfter = threads.getThreadAllocatedBytes(workers);

        assertThat(workers).isNotEmpty();
        assertThat(shared).as("steps that a worker shared").isEqualTo(steps);
        // a few hundred bytes of slack for the measurement itself; one allocation per step would be tens of kilobytes
        assertThat(callerBytes).as("bytes the caller allocated in %d steps", steps).isLessThan(1024);
        for (int k = 0; k < workers.length; k++) {
            assertThat(workersAfter[k] - workersBefore[k]).as("bytes worker %d allocated in %d steps", k, steps).isLessThan(1024);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
