package dev.gradus.app.service;

import dev.gradus.api.data.SeededRandom;
import dev.gradus.api.error.GradusException;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.app.port.in.CompareResult;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.in.SweepAxis;
import dev.gradus.app.port.in.SweepCommand;
import dev.gradus.app.port.in.SweepResult;
import dev.gradus.app.port.in.SweepUseCase;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs a sweep through the run use case: each optimizer's points (its whole grid, or a seeded
 * random search of the budget's size) from every start with every seed, on a pool of threads, and
 * ranks the points by the median of the metric. Every run is independent and deterministic, so
 * the ranking depends neither on the thread count nor on the sweep having been resumed.
 */
@Singleton
public final class SweepService implements SweepUseCase {
    private final ProviderCatalog catalog;
    private final RunOptimizationUseCase runs;

    @Inject
    SweepService(ProviderCatalog catalog, RunOptimizationUseCase runs) {
        this.catalog = catalog;
        this.runs = runs;
    }

    @Override
    public SweepResult sweep(SweepCommand command, List<SweepResult.Run> previous, Listener listener, Cancellation cancellation) {
        List<double[]> starts = StudyStarts.resolve(catalog, command.objective(), command.data(), command.dimension(), command.starts(),
                command.seeds().get(0));
        StudyRuns.Common common = new StudyRuns.Common(command.objective(), command.data(), command.dimension(), command.steps(), command.tolerance(),
                command.batchSize(), command.sampling(), command.timeLimit());
        List<List<Map<String, String>>> points = new ArrayList<>();
        List<Long> budget = new ArrayList<>();
        for (int o = 0; o < command.optimizers().size(); o++) {
            SweepCommand.Tuned tuned = command.optimizers().get(o);
            List<Map<String, String>> mine = command.budget() == 0 ? grid(tuned.axes()) : random(tuned.axes(), command.budget(), command.searchSeed(), o);
            check(common, tuned, mine, starts.get(0), command.seeds().get(0));
            points.add(mine);
            budget.add((long) mine.size());
        }

        long began = System.nanoTime();
        ExecutorService pool = StudyRuns.pool("sweep", command.threads());
        Map<String, SweepResult.Run> byKey = new HashMap<>();
        previous.forEach(run -> byKey.put(run.key(), run));
        int skipped = 0;
        boolean cancelled = false;
        try {
            List<Future<SweepResult.Run>> futures = new ArrayList<>();
            for (int o = 0; o < command.optimizers().size(); o++) {
                SweepCommand.Tuned tuned = command.optimizers().get(o);
                for (Map<String, String> point : points.get(o)) {
                    for (int s = 0; s < starts.size(); s++) {
                        for (long seed : command.seeds()) {
                            String key = SweepResult.Run.key(tuned.base().id(), point, s, seed);
                            if (command.done().contains(key) && byKey.containsKey(key)) {
                                skipped++;
                                continue;
                            }
                            int start = s;
                            futures.add(pool.submit(() -> {
                                if (cancellation.isCancelled()) {
                                    return null;
                                }
                                SweepResult.Run run = run(command, common, tuned, point, start, starts.get(start), seed, cancellation);
                                if (run.stopReason() != StopReason.CANCELLED) {
                                    listener.finished(run);
                                }
                                return run;
                            }));
                        }
                    }
                }
            }
            int ran = 0;
            for (Future<SweepResult.Run> future : futures) {
                SweepResult.Run run = StudyRuns.get(future);
                if (run == null || run.stopReason() == StopReason.CANCELLED) {
                    cancelled = true;
                } else {
                    byKey.put(run.key(), run);
                    ran++;
                }
            }
            List<SweepResult.Tuning> tunings = new ArrayList<>();
            for (int o = 0; o < command.optimizers().size(); o++) {
                SweepCommand.Tuned tuned = command.optimizers().get(o);
                List<SweepResult.Point> ranked = new ArrayList<>();
                for (Map<String, String> point : points.get(o)) {
                    List<SweepResult.Run> mine = new ArrayList<>();
                    for (int s = 0; s < starts.size(); s++) {
                        for (long seed : command.seeds()) {
                            SweepResult.Run run = byKey.get(SweepResult.Run.key(tuned.base().id(), point, s, seed));
                            if (run != null) {
                                mine.add(run);
                            }
                        }
                    }
                    ranked.add(point(point, mine, command));
                }
                // stable: ties keep the grid's order
                ranked.sort((a, b) -> Double.compare(a.score(), b.score()));
                tunings.add(new SweepResult.Tuning(tuned.base().id(), tuned.axes(), ranked));
            }
            return new SweepResult(command.metric(), tunings, starts, ran, skipped, budget, command.budget() > 0, command.threads(),
                    Duration.ofNanos(System.nanoTime() - began), cancelled);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every point of the grid, the first axis varying slowest. */
    static List<Map<String, String>> grid(List<SweepAxis> axes) {
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (SweepAxis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : points) {
                for (String value : axis.values()) {
                    Map<String, String> point = new LinkedHashMap<>(partial);
                    point.put(axis.name(), value);
                    next.add(point);
                }
            }
            points = next;
        }
        return points;
    }

    /** {@code budget} points drawn from the axes with the search's seed, a stream per optimizer. */
    static List<Map<String, String>> random(List<SweepAxis> axes, int budget, long seed, int optimizer) {
        SeededRandom draw = SeededRandom.of(seed, "sweep points of optimizer " + optimizer);
        List<Map<String, String>> points = new ArrayList<>();
        for (int k = 0; k < budget; k++) {
            Map<String, String> point = new LinkedHashMap<>();
            for (SweepAxis axis : axes) {
                point.put(axis.name(), axis.draw(draw.nextDouble()));
            }
            points.add(point);
        }
        return points;
    }

    private static ComponentChoice choice(SweepCommand.Tuned tuned, Map<String, String> point) {
        Map<String, Object> values = new LinkedHashMap<>(tuned.base().values());
        values.putAll(point);
        return ComponentChoice.of(tuned.base().id(), values);
    }

    /** Binds every point's values (cheap), then sets the first point up with no steps; a refusal names the optimizer and the point. */
    private void check(StudyRuns.Common common, SweepCommand.Tuned tuned, List<Map<String, String>> points, double[] start, long seed) {
        OptimizerProvider provider = catalog.optimizer(tuned.base().id());
        for (Map<String, String> point : points) {
            try {
                provider.parameters().bind(provider.info().id(), choice(tuned, point).values());
            } catch (InvalidParametersException e) {
                throw InvalidInputException.of("grid", point.toString(), "optimizer '" + tuned.base().id() + "' at " + point + ": "
                        + e.violations().stream().map(ParameterViolation::message).collect(Collectors.joining("; ")));
            }
        }
        try {
            runs.run(StudyRuns.command(common, start, seed, 0, choice(tuned, points.get(0)), tuned.gradient(), tuned.schedule(), tuned.clipNorm(),
                    tuned.clipValue()), RunObserver.NONE, Cancellation.NEVER);
        } catch (InvalidParametersException e) {
            throw InvalidInputException.of("optimizer", tuned.base().id(), "optimizer '" + tuned.base().id() + "': "
                    + e.violations().stream().map(ParameterViolation::message).collect(Collectors.joining("; ")));
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("optimizer", tuned.base().id(), "optimizer '" + tuned.base().id() + "': "
                    + e.problems().stream().map(InvalidInputException.Problem::reason).collect(Collectors.joining("; ")));
        } catch (GradusException e) {
            throw InvalidInputException.of("optimizer", tuned.base().id(), "optimizer '" + tuned.base().id() + "': " + e.getMessage());
        }
    }

    private SweepResult.Run run(SweepCommand command, StudyRuns.Common common, SweepCommand.Tuned tuned, Map<String, String> point, int startIndex,
                                double[] start, long seed, Cancellation cancellation) {
        StudyRuns.Target target = new StudyRuns.Target(command::reaches);
        RunResult r = runs.run(StudyRuns.command(common, start, seed, command.steps(), choice(tuned, point), tuned.gradient(), tuned.schedule(),
                tuned.clipNorm(), tuned.clipValue()), target, cancellation);
        double distance = r.nearestKnownMinimum().map(m -> m.distanceTo(r.finalPoint())).orElse(Double.NaN);
        return new SweepResult.Run(tuned.base().id(), point, startIndex, seed, r.stopReason(), r.finalValue(), r.bestValue(), target.step,
                target.evaluations, distance, r.elapsed().toNanos() / 1e6);
    }

    static SweepResult.Point point(Map<String, String> values, List<SweepResult.Run> runs, SweepCommand command) {
        double[] metric = new double[runs.size()];
        double[] scores = new double[runs.size()];
        int broke = 0;
        for (int i = 0; i < runs.size(); i++) {
            SweepResult.Run run = runs.get(i);
            metric[i] = run.value(command.metric());
            scores[i] = Double.isFinite(metric[i]) ? metric[i] : Double.POSITIVE_INFINITY;
            broke += run.broke() ? 1 : 0;
        }
        Arrays.sort(scores);
        double score = scores.length == 0 ? Double.POSITIVE_INFINITY
                : scores.length % 2 == 1 ? scores[scores.length / 2] : (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2;
        return new SweepResult.Point(values, runs, CompareResult.Spread.of(metric), broke, Double.isNaN(score) ? Double.POSITIVE_INFINITY : score);
    }
}
