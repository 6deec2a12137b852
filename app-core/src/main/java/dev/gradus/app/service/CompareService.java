package dev.gradus.app.service;

import dev.gradus.api.error.GradusException;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.app.port.in.CompareCommand;
import dev.gradus.app.port.in.CompareResult;
import dev.gradus.app.port.in.CompareUseCase;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs a study through the run use case: every configuration from every start with every seed,
 * on a pool of {@code threads}; each run is independent and deterministic, so the results do not
 * depend on how many go at once.
 */
@Singleton
public final class CompareService implements CompareUseCase {
    private final ProviderCatalog catalog;
    private final RunOptimizationUseCase runs;

    @Inject
    CompareService(ProviderCatalog catalog, RunOptimizationUseCase runs) {
        this.catalog = catalog;
        this.runs = runs;
    }

    @Override
    public CompareResult compare(CompareCommand command, Cancellation cancellation) {
        List<double[]> starts = StudyStarts.resolve(catalog, command.objective(), command.data(), command.dimension(), command.starts(),
                command.seeds().get(0));
        List<RunSpec.Run> configurations = command.configurations();
        for (int c = 0; c < configurations.size(); c++) {
            check(command, c, starts.get(0));
        }
        long began = System.nanoTime();
        int threads = command.threads();
        ExecutorService pool = StudyRuns.pool("compare", threads);
        try {
            List<List<Future<CompareResult.Outcome>>> futures = new ArrayList<>();
            for (int c = 0; c < configurations.size(); c++) {
                List<Future<CompareResult.Outcome>> mine = new ArrayList<>();
                for (int s = 0; s < starts.size(); s++) {
                    for (long seed : command.seeds()) {
                        int configuration = c;
                        int start = s;
                        mine.add(pool.submit(() -> cancellation.isCancelled() ? null
                                : run(command, configuration, start, starts.get(start), seed, cancellation)));
                    }
                }
                futures.add(mine);
            }
            List<CompareResult.Configuration> results = new ArrayList<>();
            boolean cancelled = false;
            for (int c = 0; c < configurations.size(); c++) {
                List<CompareResult.Outcome> outcomes = new ArrayList<>();
                for (Future<CompareResult.Outcome> future : futures.get(c)) {
                    CompareResult.Outcome outcome = StudyRuns.get(future);
                    if (outcome == null || outcome.result().stopReason() == StopReason.CANCELLED) {
                        cancelled = true;
                    }
                    if (outcome != null) {
                        outcomes.add(outcome);
                    }
                }
                results.add(new CompareResult.Configuration(configurations.get(c).label(), configurations.get(c), outcomes, summary(outcomes)));
            }
            return new CompareResult(results, starts, command.seeds(), threads, Duration.ofNanos(System.nanoTime() - began), cancelled);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunCommand command(CompareCommand command, RunSpec.Run run, double[] start, long seed, long steps) {
        return StudyRuns.command(new StudyRuns.Common(command.objective(), command.data(), command.dimension(), steps, command.tolerance(),
                command.batchSize(), command.sampling(), command.timeLimit()), start, seed, steps, run.optimizer(), run.gradient(), run.schedule(), run.clipNorm(),
                run.clipValue());
    }

    /** Sets configuration {@code c} up with no steps, so a refused value stops the study before it starts, naming the configuration. */
    private void check(CompareCommand command, int c, double[] start) {
        RunSpec.Run run = command.configurations().get(c);
        try {
            runs.run(command(command, run, start, command.seeds().get(0), 0), RunObserver.NONE, Cancellation.NEVER);
        } catch (InvalidParametersException e) {
            throw InvalidInputException.of("optimizer", run.optimizer().id(), "configuration " + (c + 1) + " (" + run.label() + "): "
                    + e.violations().stream().map(ParameterViolation::message).collect(Collectors.joining("; ")));
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("optimizer", run.optimizer().id(), "configuration " + (c + 1) + " (" + run.label() + "): "
                    + e.problems().stream().map(InvalidInputException.Problem::reason).collect(Collectors.joining("; ")));
        } catch (GradusException e) {
            throw InvalidInputException.of("optimizer", run.optimizer().id(), "configuration " + (c + 1) + " (" + run.label() + "): " + e.getMessage());
        }
    }

    private CompareResult.Outcome run(CompareCommand command, int c, int startIndex, double[] start, long seed, Cancellation cancellation) {
        RunSpec.Run run = command.configurations().get(c);
        StudyRuns.Target target = new StudyRuns.Target(command::reaches);
        RunResult result = runs.run(command(command, run, start, seed, command.steps()), target, cancellation);
        return new CompareResult.Outcome(startIndex, seed, result, target.step, target.evaluations);
    }

    static CompareResult.Summary summary(List<CompareResult.Outcome> outcomes) {
        int n = outcomes.size();
        double[] finalLoss = new double[n];
        double[] bestLoss = new double[n];
        double[] steps = new double[n];
        double[] evaluations = new double[n];
        double[] distance = new double[n];
        double[] wall = new double[n];
        int diverged = 0;
        int failed = 0;
        int reached = 0;
        for (int i = 0; i < n; i++) {
            CompareResult.Outcome o = outcomes.get(i);
            RunResult r = o.result();
            diverged += r.stopReason() == StopReason.DIVERGED ? 1 : 0;
            failed += r.stopReason() == StopReason.FAILED || r.stopReason() == StopReason.TIME_LIMIT ? 1 : 0;
            reached += o.stepsToTarget() >= 0 ? 1 : 0;
            finalLoss[i] = r.finalValue();
            bestLoss[i] = r.bestValue();
            steps[i] = o.stepsToTarget() >= 0 ? o.stepsToTarget() : Double.NaN;
            evaluations[i] = o.evaluationsToTarget() >= 0 ? o.evaluationsToTarget() : Double.NaN;
            distance[i] = o.broke() ? Double.NaN : o.distanceToMinimum();
            wall[i] = r.elapsed().toNanos() / 1e6;
        }
        return new CompareResult.Summary(n, diverged, failed, reached, CompareResult.Spread.of(finalLoss), CompareResult.Spread.of(bestLoss),
                CompareResult.Spread.of(steps), CompareResult.Spread.of(evaluations), CompareResult.Spread.of(distance), CompareResult.Spread.of(wall));
    }
}
