package dev.gradus.app.port.in;

import dev.gradus.api.objective.Sampling;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A hyperparameter sweep: for each optimizer, the points of its grid (or as many random points
 * as the budget), each run from every start with every seed, ranked by a metric's median.
 *
 * @param objective  the objective and its values
 * @param data       its data, or null
 * @param dimension  the dimension, or null
 * @param optimizers what is tuned: each optimizer with its fixed values, estimator, schedule, clipping and axes
 * @param starts     where the runs start
 * @param seeds      the seeds, at least one
 * @param steps      the step budget of every run
 * @param tolerance  the gradient-norm stop; 0 turns it off
 * @param batchSize  the mini-batch size, or null
 * @param sampling   how batches are drawn, or null
 * @param targetLoss the loss target of the steps-to-target metrics, or null
 * @param targetGradientNorm the gradient-norm target, or null
 * @param metric     what ranks the points
 * @param budget     0 for the whole grid; else a random search of this many points per optimizer
 * @param searchSeed the seed of the random search's points
 * @param threads    how many runs go at once
 * @param timeLimit  each run's time limit, or null for none
 * @param done       the keys ({@link SweepResult.Run#key()}) of runs finished before, to skip (a resumed sweep)
 */
public record SweepCommand(ComponentChoice objective, DataChoice data, Integer dimension, List<Tuned> optimizers, Starts starts, List<Long> seeds,
                           long steps, double tolerance, Integer batchSize, Sampling sampling, Double targetLoss, Double targetGradientNorm,
                           SweepMetric metric, int budget, long searchSeed, int threads, Set<String> done, java.time.Duration timeLimit) {

    /** A sweep without a time limit per run. */
    public SweepCommand(ComponentChoice objective, DataChoice data, Integer dimension, List<Tuned> optimizers, Starts starts, List<Long> seeds,
                        long steps, double tolerance, Integer batchSize, Sampling sampling, Double targetLoss, Double targetGradientNorm,
                        SweepMetric metric, int budget, long searchSeed, int threads, Set<String> done) {
        this(objective, data, dimension, optimizers, starts, seeds, steps, tolerance, batchSize, sampling, targetLoss, targetGradientNorm, metric,
                budget, searchSeed, threads, done, null);
    }

    /**
     * One optimizer to tune.
     *
     * @param base the optimizer and its fixed values (the swept ones are set per point)
     * @param gradient its estimator, or null
     * @param schedule its schedule, or null
     * @param clipNorm its gradient-norm bound, or null
     * @param clipValue its component bound, or null
     * @param axes the swept hyperparameters, at least one
     */
    public record Tuned(ComponentChoice base, ComponentChoice gradient, ComponentChoice schedule, Double clipNorm, Double clipValue,
                        List<SweepAxis> axes) {
        public Tuned {
            Objects.requireNonNull(base, "base");
            axes = List.copyOf(axes);
            if (axes.isEmpty()) {
                throw InvalidInputException.of("grid", "", "optimizer '" + base.id() + "': give at least one --grid NAME=VALUES to sweep");
            }
            for (SweepAxis axis : axes) {
                if (base.values().containsKey(axis.name())) {
                    throw InvalidInputException.of("grid", axis.name(), "optimizer '" + base.id() + "': " + axis.name()
                            + " is both fixed with -p and swept with --grid; give it once");
                }
            }
        }

        /** The number of grid points: the product of the axes' sizes. */
        public long gridSize() {
            long n = 1;
            for (SweepAxis axis : axes) {
                n = Math.multiplyExact(n, axis.values().size());
            }
            return n;
        }
    }

    public SweepCommand {
        Objects.requireNonNull(objective, "objective");
        optimizers = List.copyOf(optimizers);
        if (optimizers.isEmpty()) {
            throw InvalidInputException.of("optimizer", "", "sweep: give at least one --optimizer with its --grid");
        }
        Objects.requireNonNull(starts, "starts");
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw InvalidInputException.of("seeds", "", "seeds: give at least one seed");
        }
        Objects.requireNonNull(metric, "metric");
        if ((metric == SweepMetric.STEPS_TO_TARGET || metric == SweepMetric.EVALUATIONS_TO_TARGET) && targetLoss == null && targetGradientNorm == null) {
            throw InvalidInputException.of("metric", metric.id(), "metric " + metric.id() + " needs a target: --target-loss or --target-grad-norm");
        }
        if (budget < 0) {
            throw InvalidInputException.of("budget", Integer.toString(budget), "budget: must be >= 1 (a random search of that many points)");
        }
        if (threads < 1) {
            throw InvalidInputException.of("threads", Integer.toString(threads), "threads: must be >= 1");
        }
        done = Set.copyOf(done);
        if (budget == 0) {
            for (Tuned t : optimizers) {
                if (t.gridSize() > 100_000) {
                    throw InvalidInputException.of("grid", t.base().id(), "optimizer '" + t.base().id() + "': the grid has " + t.gridSize()
                            + " points; at most 100000 (or search at random with --budget N)");
                }
            }
        }
    }

    /** Whether a row with this loss and gradient norm reaches the target (false when there is none). */
    public boolean reaches(double loss, double gradientNorm) {
        return (targetLoss != null || targetGradientNorm != null) && (targetLoss == null || loss <= targetLoss)
                && (targetGradientNorm == null || gradientNorm <= targetGradientNorm);
    }
}
