package dev.gradus.app.port.in;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What ranks a sweep's points: the median over a point's runs, lower is better; a diverged run counts as the worst. */
public enum SweepMetric {
    /** The loss at the end of the run. */
    FINAL_LOSS,
    /** The lowest loss the run saw. */
    BEST_LOSS,
    /** Steps to the target (a run that never reaches it counts as the worst). */
    STEPS_TO_TARGET,
    /** Objective and gradient evaluations to the target. */
    EVALUATIONS_TO_TARGET,
    /** Distance from the final point to the nearest listed global minimum. */
    DISTANCE_TO_MINIMUM;

    /** {@code final-loss}, as the command line writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every id. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(SweepMetric::id).toList();
    }

    /**
     * The metric an id names.
     *
     * @throws InvalidInputException naming the ids allowed
     */
    public static SweepMetric of(String id) {
        for (SweepMetric m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw InvalidInputException.of("metric", id, "must be one of " + ids());
    }
}
