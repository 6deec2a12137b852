package dev.gradus.app.port.in;

import dev.gradus.api.objective.KnownMinimum;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a run ended.
 *
 * @param setup               the resolved configuration
 * @param stopReason          why it stopped
 * @param stopDetail          the reason in a sentence naming the step and value (or the provider that failed)
 * @param steps               the step the run stopped at (optimizer updates applied, counting those before a resume)
 * @param finalPoint          the last point evaluated
 * @param finalValue          the objective there (NaN if it could not be evaluated)
 * @param finalGradientNorm   the gradient norm there
 * @param bestValue           the lowest finite loss seen, the highest when maximizing (NaN if none)
 * @param bestStep            the step where it was seen (-1 if none)
 * @param bestPoint           the point where it was seen; null when points are not recorded or none was finite
 * @param functionEvaluations objective evaluations spent, extra evaluations included
 * @param gradientEvaluations exact-gradient evaluations spent
 * @param elapsed             wall time of the step loop
 * @param trajectory          the rows kept
 * @param checkpoint          where the run stood after its last row, when the command asked for it and no
 *                            provider failed (its state could be half-updated); else null
 * @param finalAccuracy       for a classifier, the fraction of all examples classified right at the final point; else NaN
 */
public record RunResult(RunSetup setup, StopReason stopReason, String stopDetail, long steps,
                        double[] finalPoint, double finalValue, double finalGradientNorm,
                        double bestValue, long bestStep, double[] bestPoint,
                        long functionEvaluations, long gradientEvaluations, Duration elapsed, Trajectory trajectory,
                        Checkpoint checkpoint, double finalAccuracy) {

    public RunResult {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(stopDetail, "stopDetail");
        finalPoint = finalPoint.clone();
        bestPoint = bestPoint == null ? null : bestPoint.clone();
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(trajectory, "trajectory");
    }

    /** A copy of the last point evaluated. */
    @Override
    public double[] finalPoint() {
        return finalPoint.clone();
    }

    /**
     * The known global minimum nearest to the final point, if the objective lists any and the final
     * point is finite.
     */
    public Optional<KnownMinimum> nearestKnownMinimum() {
        for (double v : finalPoint) {
            if (!Double.isFinite(v)) {
                return Optional.empty();
            }
        }
        KnownMinimum nearest = null;
        for (KnownMinimum minimum : setup.metadata().globalMinima()) {
            if (nearest == null || minimum.distanceTo(finalPoint) < nearest.distanceTo(finalPoint)) {
                nearest = minimum;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** A copy of the best point, or null. */
    @Override
    public double[] bestPoint() {
        return bestPoint == null ? null : bestPoint.clone();
    }
}
