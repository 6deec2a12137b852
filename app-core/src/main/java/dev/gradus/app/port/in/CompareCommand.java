package dev.gradus.app.port.in;

import dev.gradus.api.objective.Sampling;
import java.util.List;
import java.util.Objects;

/**
 * A study: several optimizer configurations raced on one objective from the same starts with the
 * same seeds, every configuration from every start with every seed.
 *
 * @param objective          the objective and its values
 * @param data               its data, or null
 * @param dimension          the dimension, or null (from the starts, else the objective's)
 * @param configurations     the optimizer configurations, at least one (a label, optimizer, estimator, schedule and clipping each)
 * @param starts             where the runs start
 * @param seeds              the seeds, at least one
 * @param steps              the step budget of every run
 * @param tolerance          stop a run when its gradient norm falls below this; 0 turns it off
 * @param batchSize          the mini-batch size, or null
 * @param sampling           how batches are drawn, or null
 * @param targetLoss         a run reaches the target when its loss is at most this (null: no loss target)
 * @param targetGradientNorm ... and its gradient norm at most this (null: no norm target); both, when both are given
 * @param threads            how many runs go at once, at least 1
 * @param timeLimit          each run's time limit, or null for none
 */
public record CompareCommand(ComponentChoice objective, DataChoice data, Integer dimension, List<RunSpec.Run> configurations, Starts starts,
                             List<Long> seeds, long steps, double tolerance, Integer batchSize, Sampling sampling, Double targetLoss,
                             Double targetGradientNorm, int threads, java.time.Duration timeLimit) {

    /** A study without a time limit per run. */
    public CompareCommand(ComponentChoice objective, DataChoice data, Integer dimension, List<RunSpec.Run> configurations, Starts starts,
                          List<Long> seeds, long steps, double tolerance, Integer batchSize, Sampling sampling, Double targetLoss,
                          Double targetGradientNorm, int threads) {
        this(objective, data, dimension, configurations, starts, seeds, steps, tolerance, batchSize, sampling, targetLoss, targetGradientNorm,
                threads, null);
    }

    public CompareCommand {
        Objects.requireNonNull(objective, "objective");
        configurations = List.copyOf(configurations);
        if (configurations.isEmpty()) {
            throw InvalidInputException.of("optimizer", "", "compare: give at least one --optimizer");
        }
        Objects.requireNonNull(starts, "starts");
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw InvalidInputException.of("seeds", "", "seeds: give at least one seed");
        }
        if (steps < 0) {
            throw InvalidInputException.of("steps", Long.toString(steps), "steps: must be >= 0");
        }
        if (!(tolerance >= 0)) {
            throw InvalidInputException.of("tolerance", Double.toString(tolerance), "tolerance: must be a number >= 0");
        }
        if (targetLoss != null && Double.isNaN(targetLoss)) {
            throw InvalidInputException.of("target-loss", "NaN", "target-loss: must be a number");
        }
        if (targetGradientNorm != null && !(targetGradientNorm >= 0)) {
            throw InvalidInputException.of("target-grad-norm", Double.toString(targetGradientNorm), "target-grad-norm: must be a number >= 0");
        }
        if (threads < 1) {
            throw InvalidInputException.of("threads", Integer.toString(threads), "threads: must be >= 1");
        }
    }

    /** Whether a target is set. */
    public boolean hasTarget() {
        return targetLoss != null || targetGradientNorm != null;
    }

    /** Whether a row with this loss and gradient norm reaches the target (false when there is none). */
    public boolean reaches(double loss, double gradientNorm) {
        return hasTarget() && (targetLoss == null || loss <= targetLoss) && (targetGradientNorm == null || gradientNorm <= targetGradientNorm);
    }

    /** How many runs the study makes. */
    public long runCount(int startCount) {
        return (long) configurations.size() * startCount * seeds.size();
    }
}
