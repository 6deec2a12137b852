package dev.gradus.api.schedule;

import dev.gradus.api.optimizer.StateSnapshot;

/**
 * A configured learning-rate schedule. Immutable and thread-safe; all per-run data lives in its
 * state {@code S}.
 *
 * <p>The host calls {@link #init} before the first optimizer step, uses
 * {@link ScheduleState#learningRate()} for each step, and calls {@link #step} once after each
 * optimizer step, as a torch training loop calls {@code scheduler.step()} after
 * {@code optimizer.step()}.
 *
 * @param <S> the state type
 */
public interface LearningRateSchedule<S extends ScheduleState> {

    /**
     * The state before the first optimizer step.
     *
     * @param baseLearningRate the optimizer's {@code lr} value (torch's {@code initial_lr})
     * @param budget           the run's step budget, for schedules whose length defaults to the run's
     */
    S init(double baseLearningRate, long budget);

    /**
     * Advances the schedule after an optimizer step.
     *
     * @param state this run's state. Modified.
     * @param loss  the objective's value at the point the step was taken from (what a torch loop
     *              passes to {@code ReduceLROnPlateau.step}); the value being minimized
     */
    void step(S state, double loss);

    /**
     * A state equal to the one that produced {@code snapshot}.
     *
     * @throws dev.gradus.api.error.InvalidStateException when an entry is missing
     */
    S restore(StateSnapshot snapshot);
}
