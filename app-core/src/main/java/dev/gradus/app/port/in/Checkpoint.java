package dev.gradus.app.port.in;

import dev.gradus.api.optimizer.StateSnapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a run stood after its last row, complete enough to continue it exactly: the point, the
 * optimizer's state and the schedule's. A run resumed from a checkpoint of step N and run for M more
 * steps ends bit for bit where an uninterrupted run of N + M steps ends.
 *
 * @param objectiveId         the objective the run minimized
 * @param objectiveParameters its parameter values (a formula's expression, Rosenbrock's b); a run resumes
 *                            only on the same objective; empty in state files written before they were recorded
 * @param optimizerId         the optimizer whose state this is
 * @param optimizerParameters its hyperparameter values then, for the record
 * @param steps               optimizer steps taken
 * @param point               the point after {@code steps} steps
 * @param optimizerState      the optimizer's state after {@code steps} steps
 * @param scheduleId          the schedule's id, or null when the run had none
 * @param scheduleState       the schedule's state, or null
 * @param maximize            whether the run maximized
 * @param randomness          what the run's random draws depend on, for a run on a stochastic objective or
 *                            on data: {@code seed}, {@code data}, {@code data:NAME} for each data parameter,
 *                            {@code batch_size}, {@code sampling}; a run resumes only with the same, so that its
 *                            data and its batches continue exactly; empty otherwise
 */
public record Checkpoint(String objectiveId, Map<String, Object> objectiveParameters, String optimizerId, Map<String, Object> optimizerParameters, long steps, double[] point,
                         StateSnapshot optimizerState, String scheduleId, StateSnapshot scheduleState, boolean maximize,
                         Map<String, Object> randomness) {

    public Checkpoint {
        Objects.requireNonNull(objectiveId, "objectiveId");
        objectiveParameters = Collections.unmodifiableMap(new LinkedHashMap<>(objectiveParameters));
        Objects.requireNonNull(optimizerId, "optimizerId");
        optimizerParameters = Collections.unmodifiableMap(new LinkedHashMap<>(optimizerParameters));
        point = point.clone();
        Objects.requireNonNull(optimizerState, "optimizerState");
        randomness = Collections.unmodifiableMap(new LinkedHashMap<>(randomness));
        if ((scheduleId == null) != (scheduleState == null)) {
            throw new IllegalArgumentException("a schedule id goes with a schedule state");
        }
        if (steps < 0 || point.length == 0 || optimizerState.dimension() != point.length) {
            throw new IllegalArgumentException("inconsistent checkpoint: " + steps + " steps, point of " + point.length
                    + ", state of dimension " + optimizerState.dimension());
        }
    }

    /** The number of coordinates. */
    public int dimension() {
        return point.length;
    }

    /** A copy of the point. */
    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && objectiveId.equals(c.objectiveId) && objectiveParameters.equals(c.objectiveParameters) && optimizerId.equals(c.optimizerId)
                && optimizerParameters.equals(c.optimizerParameters) && steps == c.steps && java.util.Arrays.equals(point, c.point)
                && optimizerState.equals(c.optimizerState) && Objects.equals(scheduleId, c.scheduleId)
                && Objects.equals(scheduleState, c.scheduleState) && maximize == c.maximize && randomness.equals(c.randomness);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectiveId, optimizerId, steps, java.util.Arrays.hashCode(point), optimizerState, scheduleId, maximize);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + optimizerId + " on " + objectiveId + ", " + steps + " steps, dimension " + point.length + "]";
    }
}
