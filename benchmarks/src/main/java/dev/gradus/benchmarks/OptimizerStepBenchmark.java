package dev.gradus.benchmarks;

import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.spi.OptimizerProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One step of each element-wise built-in optimizer at its defaults (SGD also with momentum 0.9),
 * reached through the SPI as a host reaches it, against the memory floor of its byte count
 * measured in the same run: {@code floor-k} is an in-place kernel that reads and writes k arrays
 * and reads one more (the gradient), the traffic of an optimizer that keeps k - 1 state vectors
 * (SGD: 1, 24 bytes a parameter; momentum, Adagrad, RMSprop: 2, 40 bytes; Adam and its family,
 * Adadelta: 3, 56 bytes). The ratio of an optimizer's median to its floor's is what
 * {@code benchmarks/README.md} reports; the gc profiler ({@code -prof gc}) gives the bytes
 * allocated per step.
 *
 * <p>{@code threads} is the optimizers' {@code gradus.step.threads}, set in each fork before any
 * optimizer is made (the property is read once per process, so this benchmark refuses to run two
 * thread counts in one JVM: keep the forks). {@code 1} is serial, {@code 2} two threads at every
 * dimension (the caller waiting for the second to start), {@code 0} the optimizers' automatic
 * choice (serial below their threshold; from it on, the caller runs a range itself when no worker
 * has started it by the time its own is done). The floors split the same way over the
 * same number of threads ({@code 0}: every processor), with helper threads of their own that spin
 * between steps, so a floor is the best a step of that byte count can do on those threads.
 * {@code dimension} runs from where a step takes microseconds to where its arrays are far larger
 * than any cache; where one and two threads cross is the optimizers' {@code PARALLEL_DIMENSION}.
 *
 * <p>Steps here follow each other at once, so the optimizers' workers never get to park. In a run
 * the gradient is computed between two steps, and a worker that has parked meanwhile must be woken.
 * {@code gapMicros} stands in for that: the benchmark thread spins that long before each step
 * (the time is in the score, the same for one thread and two), so {@code -p gapMicros=500} shows
 * what a step costs when every step pays a wake-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Thread)
public class OptimizerStepBenchmark {
    /** The optimizers' knob, {@code ElementwiseStep.PROPERTY} in optimizer-impl. */
    static final String THREADS_PROPERTY = "gradus.step.threads";

    @Param({"10000", "100000", "300000", "1000000", "10000000"})
    int dimension;

    @Param({"1", "2"})
    int threads;

    @Param({"0"})
    int gapMicros;

    @Param({"floor-1", "floor-2", "floor-3", "sgd", "sgd-momentum", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "adamax", "nadam",
            "radam"})
    String step;

    private double[] x;
    private double[] gradient;
    private Stepping stepper;
    private Range floor;
    private FloorThreads floorThreads;

    @Setup
    public void setUp() {
        useThreads(threads);
        SplittableRandom random = new SplittableRandom(1);
        x = new double[dimension];
        gradient = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            x[i] = random.nextDouble() * 2 - 1;
            gradient[i] = random.nextDouble() * 2 - 1;
        }
        if (step.startsWith("floor-")) {
            int arrays = Integer.parseInt(step.substring("floor-".length()));
            List<double[]> all = new ArrayList<>();
            all.add(x);
            for (int k = 1; k < arrays; k++) {
                all.add(new double[dimension]);
            }
            double[][] vectors = all.toArray(double[][]::new);
            double[] g = gradient;
            floor = switch (arrays) {
                case 1 -> (from, to) -> floor1(vectors[0], g, from, to);
                case 2 -> (from, to) -> floor2(vectors[0], vectors[1], g, from, to);
                default -> (from, to) -> floor3(vectors[0], vectors[1], vectors[2], g, from, to);
            };
            int floorThreadCount = threads == 0 ? Runtime.getRuntime().availableProcessors() : Math.min(threads, dimension);
            floorThreads = floorThreadCount >= 2 ? new FloorThreads(floor, dimension, floorThreadCount) : null;
            stepper = null;
            return;
        }
        String id = step.equals("sgd-momentum") ? "sgd" : step;
        OptimizerProvider provider = NumericalGradientBenchmark.find(OptimizerProvider.class, id);
        Map<String, String> values = step.equals("sgd-momentum") ? Map.of("momentum", "0.9") : Map.of();
        var parsed = provider.parameters().parse(id, values);
        stepper = Stepping.of(provider.create(parsed), dimension, StepContext.of(parsed.real("lr"), 0));
    }

    /** Sets the optimizers' thread count for this JVM, which reads it once: a second, different count here would be ignored. */
    private static void useThreads(int threads) {
        String wanted = Integer.toString(threads);
        String set = System.getProperty(THREADS_PROPERTY);
        if (set != null && !set.equals(wanted)) {
            throw new IllegalStateException("-D" + THREADS_PROPERTY + " is already " + set + " in this JVM, and the optimizers read it "
                    + "once: run each threads value in its own fork (do not use -f 0 or -jvmArgs -D" + THREADS_PROPERTY + ")");
        }
        System.setProperty(THREADS_PROPERTY, wanted);
    }

    @TearDown
    public void tearDown() {
        if (floorThreads != null) {
            floorThreads.stop();
        }
    }

    @Benchmark
    public double step() {
        if (gapMicros > 0) {
            long end = System.nanoTime() + gapMicros * 1000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        }
        if (stepper != null) {
            stepper.update(x, gradient);
        } else if (floorThreads != null) {
            floorThreads.run();
        } else {
            floor.run(0, dimension);
        }
        return x[dimension - 1];
    }

    /** x ← x − c g: 24 bytes a coordinate, as SGD. */
    private static void floor1(double[] x, double[] g, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] -= 1e-9 * g[i];
        }
    }

    /** a ← 0.9 a + g; x ← x − c a: 40 bytes a coordinate, as momentum. */
    private static void floor2(double[] x, double[] a, double[] g, int from, int to) {
        for (int i = from; i < to; i++) {
            double ai = 0.9 * a[i] + g[i];
            a[i] = ai;
            x[i] -= 1e-9 * ai;
        }
    }

    /** a ← 0.9 a + 0.1 g; b ← 0.999 b + 0.001 g²; x ← x − c (a + b): 56 bytes a coordinate, as Adam. */
    private static void floor3(double[] x, double[] a, double[] b, double[] g, int from, int to) {
        for (int i = from; i < to; i++) {
            double gi = g[i];
            double ai = 0.9 * a[i] + 0.1 * gi;
            double bi = 0.999 * b[i] + 0.001 * gi * gi;
            a[i] = ai;
            b[i] = bi;
            x[i] -= 1e-9 * (ai + bi);
        }
    }

    /** A floor kernel over the coordinates {@code [from, to)}. */
    private interface Range {
        void run(int from, int to);
    }

    /**
     * A floor kernel split into equal contiguous ranges: the calling thread takes the first, one
     * helper thread each of the others. The helpers spin on a volatile counter for as long as the
     * trial lasts (no parking, so no wake-up in the measurement) and stop at tear-down.
     */
    private static final class FloorThreads {
        private final Range kernel;
        private final int firstEnd;
        private final Helper[] helpers;
        private volatile long posted;
        private volatile boolean stopped;

        FloorThreads(Range kernel, int n, int threads) {
            this.kernel = kernel;
            this.firstEnd = n / threads;
            helpers = new Helper[threads - 1];
            for (int k = 1; k < threads; k++) {
                helpers[k - 1] = new Helper((int) ((long) n * k / threads), (int) ((long) n * (k + 1) / threads));
            }
        }

        void run() {
            long job = posted + 1;
            posted = job;
            kernel.run(0, firstEnd);
            for (Helper helper : helpers) {
                while (helper.finished != job) {
                    Thread.onSpinWait();
                }
            }
        }

        void stop() {
            stopped = true;
            for (Helper helper : helpers) {
                try {
                    helper.thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private final class Helper implements Runnable {
            private final int from;
            private final int to;
            private final Thread thread;
            private volatile long finished;

            Helper(int from, int to) {
                this.from = from;
                this.to = to;
                thread = new Thread(this, "floor-" + from);
                thread.setDaemon(true);
                thread.start();
            }

            @Override
            public void run() {
                long done = 0;
                while (!stopped) {
                    long job = posted;
                    if (job == done) {
                        Thread.onSpinWait();
                        continue;
                    }
                    kernel.run(from, to);
                    done = job;
                    finished = job;
                }
            }
        }
    }
}
