package dev.gradus.benchmarks;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.CompareCommand;
import dev.gradus.app.port.in.CompareUseCase;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.port.in.Starts;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed articles' workloads as Gradus runs them, through the use cases (as {@code gradus run}
 * and {@code gradus compare} do, minus the JVM's start and the output): seed 003's 2-8-2 XOR
 * network for 5001 steps with back-propagation and with its exact central differences (h = 0.1),
 * one 100-step run of seed 000's {@code sampled-polynomial} experiment, and seed 000's escape study
 * over 1000 seeds on both cores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SeedWorkloadBenchmark {
    private RunOptimizationUseCase runs;
    private CompareUseCase compare;
    private RunCommand xorBackprop;
    private RunCommand xorCentral;
    private RunCommand sampled;
    private CompareCommand escapeStudy;

    @Setup
    public void setUp() {
        GradusApplication app = GradusApplication.start(PluginFolders.NONE);
        runs = app.runOptimization();
        compare = app.compare();
        ComponentChoice network = ComponentChoice.of("mlp", Map.of("layers", "2-8-2", "init", "normal", "log_epsilon", "1e-7"));
        DataChoice xor = DataChoice.generated("xor", Map.of());
        xorBackprop = RunCommand.builder().objective(network).data(xor).optimizer("sgd", Map.of("lr", "0.01")).steps(5001).seed(3).tolerance(0)
                .build();
        xorCentral = RunCommand.builder().objective(network).data(xor).optimizer("sgd", Map.of("lr", "0.01"))
                .gradient(ComponentChoice.of("central", Map.of("h", "0.1"))).steps(5001).seed(3).tolerance(0).build();
        sampled = RunCommand.builder().objective(ComponentChoice.of("sampled-polynomial")).optimizer("sgd", Map.of("lr", "0.3")).start(3.5)
                .steps(100).seed(7).tolerance(0).build();
        escapeStudy = new CompareCommand(ComponentChoice.of("sampled-polynomial"), null, null,
                List.of(new RunSpec.Run("sgd lr=0.3", ComponentChoice.of("sgd", Map.of("lr", "0.3")), null, null, null, null)),
                Starts.of(List.of(new double[] {3.5})), LongStream.rangeClosed(1, 1000).boxed().toList(), 100, 0, null, null, null, null,
                Runtime.getRuntime().availableProcessors());
    }

    /** Seed 003's network, 5001 steps of back-propagated gradients. */
    @Benchmark
    public double xorBackPropagation() {
        return runs.run(xorBackprop, RunObserver.NONE, Cancellation.NEVER).finalValue();
    }

    /** Seed 003's network, 5001 steps of central differences with h = 0.1, as the article computes them. */
    @Benchmark
    public double xorCentralDifferences() {
        return runs.run(xorCentral, RunObserver.NONE, Cancellation.NEVER).finalValue();
    }

    /** One run of seed 000's experiment: 100 steps, each a degree-6 fit to 10 of 100 noisy samples. */
    @Benchmark
    public double sampledPolynomialRun() {
        return runs.run(sampled, RunObserver.NONE, Cancellation.NEVER).finalValue();
    }

    /** Seed 000's escape study: the 100-step run from 3.5 with seeds 1 to 1000, on every core. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public Object escapeStudyOf1000Seeds() {
        return compare.compare(escapeStudy, Cancellation.NEVER);
    }
}
