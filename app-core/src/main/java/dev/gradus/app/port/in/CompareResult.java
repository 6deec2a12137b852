package dev.gradus.app.port.in;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a study found: per configuration, every run's result and the spread of its measures over
 * the starts and seeds (median and quartiles, never one cherry-picked run).
 *
 * @param configurations the configurations, in the command's order
 * @param starts         the starts used, in order
 * @param seeds          the seeds used, in order
 * @param threads        how many runs went at once
 * @param elapsed        wall time of the whole study
 * @param cancelled      whether it was cancelled before every run finished (the outcomes then hold the finished ones)
 */
public record CompareResult(List<Configuration> configurations, List<double[]> starts, List<Long> seeds, int threads, Duration elapsed,
                            boolean cancelled) {

    public CompareResult {
        configurations = List.copyOf(configurations);
        List<double[]> copies = new ArrayList<>();
        starts.forEach(s -> copies.add(s.clone()));
        starts = List.copyOf(copies);
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * One configuration and its runs.
     *
     * @param label    how it is named
     * @param run      what it is
     * @param outcomes its runs, by start then seed
     * @param summary  the spread of their measures
     */
    public record Configuration(String label, RunSpec.Run run, List<Outcome> outcomes, Summary summary) {
        public Configuration {
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * One run of a study.
     *
     * @param start               the index of its start in {@link CompareResult#starts()}
     * @param seed                its seed
     * @param result              how it ended, with its trajectory
     * @param stepsToTarget       the first step at which it reached the target, or -1
     * @param evaluationsToTarget the evaluations spent by then, or -1
     */
    public record Outcome(int start, long seed, RunResult result, long stepsToTarget, long evaluationsToTarget) {
        /** Whether the run diverged, its provider failed, or it ran out of time. */
        public boolean broke() {
            return result.stopReason() == StopReason.DIVERGED || result.stopReason() == StopReason.FAILED
                    || result.stopReason() == StopReason.TIME_LIMIT;
        }

        /** The distance from the final point to the nearest listed global minimum; NaN when none is listed or the point is not finite. */
        public double distanceToMinimum() {
            return result.nearestKnownMinimum().map(m -> m.distanceTo(result.finalPoint())).orElse(Double.NaN);
        }
    }

    /**
     * The spread of one configuration's measures over its runs; each spread counts only the runs
     * for which the measure is a finite number.
     *
     * @param runs                how many runs
     * @param diverged            how many diverged
     * @param failed              how many stopped because a provider failed or the time limit passed
     * @param reached             how many reached the target (0 without one)
     * @param finalLoss           the final loss
     * @param bestLoss            the best loss
     * @param stepsToTarget       steps to the target, over the runs that reached it
     * @param evaluationsToTarget evaluations to the target, over the runs that reached it
     * @param distanceToMinimum   distance from the final point to the nearest known minimum
     * @param wallMillis          wall time of the step loop, in milliseconds
     */
    public record Summary(int runs, int diverged, int failed, int reached, Spread finalLoss, Spread bestLoss, Spread stepsToTarget,
                          Spread evaluationsToTarget, Spread distanceToMinimum, Spread wallMillis) {
    }

    /**
     * Median and quartiles of some values (linear interpolation between order statistics, as
     * numpy's default); all NaN when there are none.
     *
     * @param count  how many values
     * @param median the median
     * @param q1     the first quartile
     * @param q3     the third quartile
     * @param min    the smallest
     * @param max    the largest
     */
    public record Spread(int count, double median, double q1, double q3, double min, double max) {

        /** The spread of the finite ones among {@code values}. */
        public static Spread of(double[] values) {
            double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
            if (finite.length == 0) {
                return new Spread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Spread(finite.length, quantile(finite, 0.5), quantile(finite, 0.25), quantile(finite, 0.75), finite[0],
                    finite[finite.length - 1]);
        }

        /** The {@code p}-quantile of sorted {@code values}, interpolating linearly at {@code (n - 1) p}. */
        static double quantile(double[] sorted, double p) {
            double h = (sorted.length - 1) * p;
            int below = (int) Math.floor(h);
            int above = Math.min(sorted.length - 1, below + 1);
            return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
        }
    }
}
