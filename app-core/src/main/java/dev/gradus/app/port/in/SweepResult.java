package dev.gradus.app.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a sweep found: for each optimizer its points ranked best first by the metric's median over
 * the point's runs (a run that diverged, failed, or never reached the target counts as the worst),
 * with the spread of the metric over the runs where it is a number.
 *
 * @param metric     what ranks
 * @param tunings    one per optimizer, in the command's order
 * @param starts     the starts used
 * @param ran        runs made by this sweep
 * @param skipped    runs skipped because a resumed sweep had them already
 * @param budget     points per optimizer: the grid's size, or the random search's budget
 * @param random     whether the points were drawn at random (else the whole grid)
 * @param threads    how many runs went at once
 * @param elapsed    wall time of this sweep
 * @param cancelled  whether it was cancelled before every run finished
 */
public record SweepResult(SweepMetric metric, List<Tuning> tunings, List<double[]> starts, int ran, int skipped, List<Long> budget, boolean random,
                          int threads, Duration elapsed, boolean cancelled) {

    public SweepResult {
        Objects.requireNonNull(metric, "metric");
        tunings = List.copyOf(tunings);
        starts = List.copyOf(starts);
        budget = List.copyOf(budget);
    }

    /**
     * One run of a sweep, as the results file keeps it.
     *
     * @param optimizer           the optimizer's id
     * @param point               the swept values, in the axes' order, as text
     * @param start               the index of its start
     * @param seed                its seed
     * @param stopReason          why it stopped
     * @param finalLoss           the loss at its end
     * @param bestLoss            its lowest loss
     * @param stepsToTarget       steps to the target, or -1
     * @param evaluationsToTarget evaluations to the target, or -1
     * @param distanceToMinimum   distance from the final point to the nearest listed minimum, or NaN
     * @param wallMillis          wall time of its step loop
     */
    public record Run(String optimizer, Map<String, String> point, int start, long seed, StopReason stopReason, double finalLoss, double bestLoss,
                      long stepsToTarget, long evaluationsToTarget, double distanceToMinimum, double wallMillis) {
        public Run {
            Objects.requireNonNull(optimizer, "optimizer");
            point = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(point));
            Objects.requireNonNull(stopReason, "stopReason");
        }

        /** What identifies the run across a resume: optimizer, point, start and seed. */
        public String key() {
            return key(optimizer, point, start, seed);
        }

        /** The key of a run of {@code optimizer} at {@code point} from start {@code start} with {@code seed}. */
        public static String key(String optimizer, Map<String, String> point, int start, long seed) {
            StringBuilder sb = new StringBuilder(optimizer);
            point.forEach((name, value) -> sb.append('|').append(name).append('=').append(value));
            return sb.append("|start=").append(start).append("|seed=").append(seed).toString();
        }

        /** Whether it diverged, its provider failed, or it ran out of time. */
        public boolean broke() {
            return stopReason == StopReason.DIVERGED || stopReason == StopReason.FAILED || stopReason == StopReason.TIME_LIMIT;
        }

        /** Its value of {@code metric}: NaN when it broke or (for the target metrics) never reached the target. */
        public double value(SweepMetric metric) {
            if (broke()) {
                return Double.NaN;
            }
            return switch (metric) {
                case FINAL_LOSS -> finalLoss;
                case BEST_LOSS -> bestLoss;
                case STEPS_TO_TARGET -> stepsToTarget >= 0 ? stepsToTarget : Double.NaN;
                case EVALUATIONS_TO_TARGET -> evaluationsToTarget >= 0 ? evaluationsToTarget : Double.NaN;
                case DISTANCE_TO_MINIMUM -> distanceToMinimum;
            };
        }
    }

    /**
     * One point of one optimizer and its runs.
     *
     * @param values   the swept values
     * @param runs     its runs, by start then seed
     * @param spread   the metric over the runs where it is a number
     * @param broke    how many runs diverged or failed
     * @param score    the median of the metric over all its runs, a broken or unfinished run counting as infinite: what ranks it
     */
    public record Point(Map<String, String> values, List<Run> runs, CompareResult.Spread spread, int broke, double score) {
        public Point {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
            runs = List.copyOf(runs);
        }
    }

    /**
     * One optimizer's points, best first.
     *
     * @param optimizer the id
     * @param axes      the swept hyperparameters
     * @param ranked    the points, best first (ties in grid order)
     */
    public record Tuning(String optimizer, List<SweepAxis> axes, List<Point> ranked) {
        public Tuning {
            axes = List.copyOf(axes);
            ranked = List.copyOf(ranked);
        }

        /** The best point. */
        public Point best() {
            return ranked.get(0);
        }
    }
}
