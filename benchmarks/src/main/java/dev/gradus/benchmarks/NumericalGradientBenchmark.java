package dev.gradus.benchmarks;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.Map;
import java.util.ServiceLoader;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One central-difference gradient of the sphere, serial ({@code threads=1}) against two threads
 * ({@code threads=2}) and the automatic choice ({@code threads=0}), by dimension. The sphere costs
 * n multiply-adds per evaluation, so the serial gradient's time grows as n²: the serial time where
 * one and two threads cross is the gradient cost from which parallelism pays on any objective, the
 * estimators' {@code PARALLEL_NANOS}, and the automatic choice should follow the faster of the two
 * on either side of it. Everything is reached through the SPI, as a host would.
 *
 * <p>Gradients here follow each other at once, so the workers never get to park. In a run the
 * optimizer's step and the recording come between two gradients, usually a microsecond or so, but
 * where more comes between them, a worker parks after its spin. {@code gapMicros} stands in for
 * that: the benchmark thread spins that long before each gradient (the time is in the score, the
 * same for every thread count), so {@code -p gapMicros=50} shows what the gradient costs when its
 * workers have parked.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class NumericalGradientBenchmark {
    @Param({"8", "16", "24", "32", "48", "64", "128", "256", "512", "1024"})
    int dimension;

    @Param({"0", "1", "2"})
    int threads;

    @Param({"0"})
    int gapMicros;

    private GradientEstimator estimator;
    private double[] x;
    private double[] gradient;

    @Setup
    public void setUp() {
        ObjectiveProvider sphere = find(ObjectiveProvider.class, "sphere");
        Objective objective = sphere.create(new ObjectiveContext(dimension, sphere.parameters().defaults(), 0));
        GradientEstimatorProvider central = find(GradientEstimatorProvider.class, "central");
        estimator = central.create(objective, central.parameters().bind("central", Map.of("threads", (long) threads)));
        x = objective.metadata().suggestedStart();
        gradient = new double[dimension];
    }

    static <P extends dev.gradus.api.spi.Provider> P find(Class<P> type, String id) {
        for (P provider : ServiceLoader.load(type)) {
            if (provider.info().id().equals(id)) {
                return provider;
            }
        }
        throw new IllegalStateException("no " + type.getSimpleName() + " '" + id + "' on the class path");
    }

    @Benchmark
    public double centralGradient() {
        if (gapMicros > 0) {
            long end = System.nanoTime() + gapMicros * 1000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        }
        return estimator.valueAndGradient(x, gradient) + gradient[dimension - 1];
    }
}
