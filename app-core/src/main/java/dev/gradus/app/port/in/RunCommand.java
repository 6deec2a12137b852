package dev.gradus.app.port.in;

import dev.gradus.api.objective.Sampling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one optimization run needs, checked on construction so that a command cannot exist
 * invalid. What can only be checked against the providers (ids, parameter values, dimensions) is
 * checked when it runs.
 *
 * @param objective      the objective and its parameter values
 * @param dimension      the dimension asked for, or null: from {@code start}, else the objective's preferred one
 * @param optimizer      the optimizer and its hyperparameter values
 * @param gradient       the gradient estimator and its values, or null: the one that reads the
 *                       objective's exact gradient ({@code analytic} or {@code autodiff}), else {@code central}
 * @param start          the starting point, or null: the objective's suggested start
 * @param steps          the step budget (optimizer updates), at least 0; after a resume, the steps to take beyond it
 * @param tolerance      stop when the gradient norm falls below this; 0 turns the check off
 * @param seed           seed for everything random in the run
 * @param recording      how much of each row to keep
 * @param trajectoryRows the most rows the result's trajectory keeps; longer runs are thinned evenly
 * @param schedule       the learning-rate schedule and its values, or null for a constant rate
 * @param clipNorm       rescale the gradient the optimizer sees to at most this norm (torch's
 *                       clip_grad_norm_); infinity turns it off
 * @param clipValue      clamp each component of the gradient the optimizer sees to [-clipValue, clipValue]
 *                       (torch's clip_grad_value_); infinity turns it off
 * @param maximize       maximize the objective instead of minimizing it
 * @param resume         continue from this checkpoint instead of starting afresh, or null
 * @param checkpoint     whether the result should carry a checkpoint to resume from
 * @param data           the data a learning objective is fitted to, or null
 * @param batchSize      the mini-batch size of a stochastic objective, or null: its default (for data, all of it)
 * @param sampling       how batches are drawn, or null: the objective's default
 * @param evalEvery      compute a stochastic objective's full-data loss every this many steps (and at the last), at least 1
 * @param timeLimit      the wall time the run may take, or null for none: past it the run stops with {@link StopReason#TIME_LIMIT},
 *                       even when a provider's call does not return
 */
public record RunCommand(ComponentChoice objective, Integer dimension, ComponentChoice optimizer, ComponentChoice gradient,
                         double[] start, long steps, double tolerance, long seed, Recording recording, int trajectoryRows,
                         ComponentChoice schedule, double clipNorm, double clipValue, boolean maximize, Checkpoint resume,
                         boolean checkpoint, DataChoice data, Integer batchSize, Sampling sampling, long evalEvery,
                         java.time.Duration timeLimit) {

    /** Default step budget. */
    public static final long DEFAULT_STEPS = 1000;
    /** Default gradient-norm tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-8;
    /** Default seed: runs are repeatable unless a seed is given. */
    public static final long DEFAULT_SEED = 0;
    /** Default most rows kept in a result's trajectory. */
    public static final int DEFAULT_TRAJECTORY_ROWS = 10_000;

    public RunCommand {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(recording, "recording");
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (dimension != null && dimension < 1) {
            problems.add(new InvalidInputException.Problem("dimension", dimension.toString(), "must be a whole number >= 1"));
        }
        if (start != null) {
            start = start.clone();
            if (start.length == 0) {
                problems.add(new InvalidInputException.Problem("start", "", "must have at least one coordinate"));
            }
            for (int i = 0; i < start.length; i++) {
                if (!Double.isFinite(start[i])) {
                    problems.add(new InvalidInputException.Problem("start", Arrays.toString(start),
                            "coordinate " + (i + 1) + " is " + start[i] + "; every coordinate must be a finite number"));
                    break;
                }
            }
            if (dimension != null && dimension >= 1 && start.length != dimension && start.length > 0) {
                problems.add(new InvalidInputException.Problem("start", Arrays.toString(start),
                        "has " + start.length + " coordinates but the dimension asked for is " + dimension));
            }
        }
        if (steps < 0) {
            problems.add(new InvalidInputException.Problem("steps", Long.toString(steps), "must be a whole number >= 0"));
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            problems.add(new InvalidInputException.Problem("tolerance", Double.toString(tolerance),
                    "must be a finite number >= 0 (0 turns the gradient-norm stop off)"));
        }
        if (!(clipNorm > 0)) {
            problems.add(new InvalidInputException.Problem("clip-norm", Double.toString(clipNorm), "must be a number > 0"));
        }
        if (!(clipValue > 0)) {
            problems.add(new InvalidInputException.Problem("clip-value", Double.toString(clipValue), "must be a number > 0"));
        }
        if (resume != null && start != null) {
            problems.add(new InvalidInputException.Problem("start", Arrays.toString(start),
                    "cannot be given with a saved state to resume: the run continues from the saved point"));
        }
        if (resume != null && dimension != null && dimension != resume.dimension()) {
            problems.add(new InvalidInputException.Problem("dimension", dimension.toString(),
                    "the saved state to resume has dimension " + resume.dimension()));
        }
        if (batchSize != null && batchSize < 1) {
            problems.add(new InvalidInputException.Problem("batch-size", batchSize.toString(), "must be a whole number >= 1"));
        }
        if (evalEvery < 1) {
            problems.add(new InvalidInputException.Problem("eval-every", Long.toString(evalEvery), "must be a whole number >= 1"));
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            problems.add(new InvalidInputException.Problem("time-limit", timeLimit.toString(), "must be a positive duration, e.g. 30s or 500ms"));
        }
        if (trajectoryRows < 3) {
            problems.add(new InvalidInputException.Problem("trajectoryRows", Integer.toString(trajectoryRows), "must be >= 3"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A copy of the start, or null. */
    @Override
    public double[] start() {
        return start == null ? null : start.clone();
    }

    /** Starts a command for {@code objective} with default settings and no optimizer yet. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunCommand c && objective.equals(c.objective) && Objects.equals(dimension, c.dimension)
                && optimizer.equals(c.optimizer) && Objects.equals(gradient, c.gradient) && Arrays.equals(start, c.start)
                && steps == c.steps && Double.compare(tolerance, c.tolerance) == 0 && seed == c.seed && recording == c.recording
                && trajectoryRows == c.trajectoryRows && Objects.equals(schedule, c.schedule) && Double.compare(clipNorm, c.clipNorm) == 0
                && Double.compare(clipValue, c.clipValue) == 0 && maximize == c.maximize && Objects.equals(resume, c.resume)
                && checkpoint == c.checkpoint && Objects.equals(data, c.data) && Objects.equals(batchSize, c.batchSize)
                && sampling == c.sampling && evalEvery == c.evalEvery && Objects.equals(timeLimit, c.timeLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objective, dimension, optimizer, gradient, Arrays.hashCode(start), steps, tolerance, seed, recording, trajectoryRows,
                schedule, clipNorm, clipValue, maximize, resume, checkpoint, data, batchSize, sampling, evalEvery, timeLimit);
    }

    @Override
    public String toString() {
        return "RunCommand[objective=" + objective + ", dimension=" + dimension + ", optimizer=" + optimizer + ", gradient=" + gradient
                + ", start=" + Arrays.toString(start) + ", steps=" + steps + ", tolerance=" + tolerance + ", seed=" + seed
                + ", recording=" + recording + ", trajectoryRows=" + trajectoryRows + ", schedule=" + schedule + ", clipNorm=" + clipNorm
                + ", clipValue=" + clipValue + ", maximize=" + maximize + ", resume=" + resume + ", checkpoint=" + checkpoint + ", data=" + data
                + ", batchSize=" + batchSize + ", sampling=" + sampling + ", evalEvery=" + evalEvery + ", timeLimit=" + timeLimit + "]";
    }

    /** Builds a {@link RunCommand}; objective and optimizer are required, everything else has a default. */
    public static final class Builder {
        private ComponentChoice objective;
        private Integer dimension;
        private ComponentChoice optimizer;
        private ComponentChoice gradient;
        private double[] start;
        private long steps = DEFAULT_STEPS;
        private double tolerance = DEFAULT_TOLERANCE;
        private long seed = DEFAULT_SEED;
        private Recording recording = Recording.AUTO;
        private int trajectoryRows = DEFAULT_TRAJECTORY_ROWS;
        private ComponentChoice schedule;
        private double clipNorm = Double.POSITIVE_INFINITY;
        private double clipValue = Double.POSITIVE_INFINITY;
        private boolean maximize;
        private Checkpoint resume;
        private boolean checkpoint;
        private DataChoice data;
        private Integer batchSize;
        private Sampling sampling;
        private long evalEvery = 1;
        private java.time.Duration timeLimit;

        private Builder() {
        }

        /** The data of a learning objective (null: none). */
        public Builder data(DataChoice data) {
            this.data = data;
            return this;
        }

        /** The mini-batch size (null: the objective's default). */
        public Builder batchSize(Integer batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** How batches are drawn (null: the objective's default). */
        public Builder sampling(Sampling sampling) {
            this.sampling = sampling;
            return this;
        }

        /** Full-data loss every this many steps (default 1: every step). */
        public Builder evalEvery(long evalEvery) {
            this.evalEvery = evalEvery;
            return this;
        }

        public Builder schedule(ComponentChoice schedule) {
            this.schedule = schedule;
            return this;
        }

        /** Rescale the gradient to at most this norm; infinity (the default) turns it off. */
        public Builder clipNorm(double maxNorm) {
            this.clipNorm = maxNorm;
            return this;
        }

        /** Clamp each gradient component to [-value, value]; infinity (the default) turns it off. */
        public Builder clipValue(double value) {
            this.clipValue = value;
            return this;
        }

        public Builder maximize(boolean maximize) {
            this.maximize = maximize;
            return this;
        }

        /** Continue from a checkpoint (null: start afresh). */
        public Builder resume(Checkpoint checkpoint) {
            this.resume = checkpoint;
            return this;
        }

        /** Whether the result should carry a checkpoint. */
        public Builder checkpoint(boolean wanted) {
            this.checkpoint = wanted;
            return this;
        }

        public Builder objective(ComponentChoice objective) {
            this.objective = objective;
            return this;
        }

        public Builder objective(String id) {
            return objective(ComponentChoice.of(id));
        }

        public Builder dimension(Integer dimension) {
            this.dimension = dimension;
            return this;
        }

        public Builder optimizer(ComponentChoice optimizer) {
            this.optimizer = optimizer;
            return this;
        }

        public Builder optimizer(String id, Map<String, ?> values) {
            return optimizer(ComponentChoice.of(id, values));
        }

        public Builder gradient(ComponentChoice gradient) {
            this.gradient = gradient;
            return this;
        }

        public Builder gradient(String id) {
            return gradient(ComponentChoice.of(id));
        }

        public Builder start(double... start) {
            this.start = start == null ? null : start.clone();
            return this;
        }

        public Builder steps(long steps) {
            this.steps = steps;
            return this;
        }

        public Builder tolerance(double tolerance) {
            this.tolerance = tolerance;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder recording(Recording recording) {
            this.recording = recording;
            return this;
        }

        public Builder trajectoryRows(int rows) {
            this.trajectoryRows = rows;
            return this;
        }

        /**
         * The command.
         *
         * @throws InvalidInputException listing every field that is out of range
         */
        public RunCommand build() {
            return new RunCommand(objective, dimension, optimizer, gradient, start, steps, tolerance, seed, recording, trajectoryRows,
                    schedule, clipNorm, clipValue, maximize, resume, checkpoint, data, batchSize, sampling, evalEvery, timeLimit);
        }

        /** The wall time the run may take; null (the default) for none. */
        public Builder timeLimit(java.time.Duration timeLimit) {
            this.timeLimit = timeLimit;
            return this;
        }
    }
}
