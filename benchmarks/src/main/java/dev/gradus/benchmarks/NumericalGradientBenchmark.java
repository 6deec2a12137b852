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
 * ({@code threads=2}), by dimension: where the two cross is the dimension from which the
 * estimators' automatic parallelism pays ({@code PARALLEL_DIMENSION}). The sphere costs n
 * multiply-adds per evaluation, the least an n-D objective can cost, so parallelism pays at this
 * dimension or earlier on any other. Everything is reached through the SPI, as a host would.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class NumericalGradientBenchmark {
    @Param({"16", "64", "128", "256", "384", "512", "1024"})
    int dimension;

    @Param({"1", "2"})
    int threads;

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
        return estimator.valueAndGradient(x, gradient) + gradient[dimension - 1];
    }
}
