package dev.gradus.benchmarks;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.Recording;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import java.util.Map;
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
 * What the run engine adds around the step: a whole run through the use case (discovery, the
 * engine's observer, stopping checks, gradient norm and trajectory recording included) against the
 * same objective and optimizer stepped by a bare loop, {@code f.valueAndGradient(x, g);
 * optimizer.update(state, x, g, context)}, in the same run. Two workloads: a million steps of
 * SGD on the 2-D sphere (the engine's fixed cost per step) and 5 and 25 steps of Adam on the
 * sphere at n = 10^7, recording the loss only: the difference between those two is 20 steps'
 * worth, without the costs of making a run of 10^7 coordinates (the objective's metadata, the
 * state, the start), so it gives what the engine adds per step at that size (the gradient norm's
 * pass).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class EngineBenchmark {
    @Param({"2d-sgd-1000000-steps", "1e7-adam-5-steps", "1e7-adam-25-steps"})
    String workload;

    private RunOptimizationUseCase runs;
    private RunCommand command;
    private DifferentiableObjective objective;
    private Stepping bare;
    private double[] start;
    private long steps;

    @Setup
    public void setUp() {
        boolean small = workload.startsWith("2d");
        int n = small ? 2 : 10_000_000;
        String optimizer = small ? "sgd" : "adam";
        Map<String, String> values = Map.of("lr", small ? "0.001" : "0.01");
        steps = Long.parseLong(workload.split("-")[2]);
        runs = GradusApplication.start(PluginFolders.NONE).runOptimization();
        command = RunCommand.builder().objective(ComponentChoice.of("sphere")).dimension(n).optimizer(optimizer, values).steps(steps)
                .tolerance(0).recording(small ? Recording.FULL : Recording.LOSS).build();
        ObjectiveProvider sphere = NumericalGradientBenchmark.find(ObjectiveProvider.class, "sphere");
        objective = (DifferentiableObjective) sphere.create(new ObjectiveContext(n, sphere.parameters().defaults(), 0));
        start = objective.metadata().suggestedStart();
        OptimizerProvider provider = NumericalGradientBenchmark.find(OptimizerProvider.class, optimizer);
        bare = Stepping.of(provider.create(provider.parameters().parse(optimizer, values)), n,
                StepContext.of(Double.parseDouble(values.get("lr")), 0));
    }

    /** The whole run through the use case, as {@code gradus run} makes it. */
    @Benchmark
    public double engine() {
        RunResult result = runs.run(command, RunObserver.NONE, Cancellation.NEVER);
        return result.finalValue();
    }

    /** The same steps by a bare loop: the objective's gradient and the optimizer's update, nothing else. */
    @Benchmark
    public double bareLoop() {
        double[] x = start.clone();
        double[] g = new double[x.length];
        bare.restart(x.length);
        double value = 0;
        for (long k = 0; k < steps; k++) {
            value = objective.valueAndGradient(x, g);
            bare.update(x, g);
        }
        return value + x[0];
    }
}
