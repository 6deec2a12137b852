package dev.gradus.impl.schedule;

import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.schedule.LearningRateSchedule;

/**
 * A torch-style schedule: {@link #start} sets the rate for the first step (torch's step at
 * construction, {@code last_epoch = 0}); each {@link #step} counts one more step and computes the
 * next rate from the current one, as torch's {@code get_lr} does.
 */
abstract class BuiltInSchedule implements LearningRateSchedule<ScheduleRun> {
    private final String[] numbers;

    /** @param numbers the names of the numbers this schedule keeps in its state */
    BuiltInSchedule(String... numbers) {
        this.numbers = numbers.clone();
    }

    /** Resolves lengths from the budget into the state and sets the rate of the first step. */
    abstract void start(ScheduleRun run, long budget);

    /** The rate after the step that made {@code run.steps} what it is now. */
    abstract double next(ScheduleRun run, double loss);

    @Override
    public final ScheduleRun init(double baseLearningRate, long budget) {
        ScheduleRun run = new ScheduleRun(baseLearningRate, numbers);
        start(run, budget);
        return run;
    }

    @Override
    public final void step(ScheduleRun run, double loss) {
        run.steps++;
        run.lr = next(run, loss);
    }

    @Override
    public final ScheduleRun restore(StateSnapshot snapshot) {
        return ScheduleRun.restore(snapshot, numbers);
    }

    /** A length parameter: its value, or when it is 0, {@code budget / divisor} (at least 1). */
    static long orBudget(long value, long budget, long divisor) {
        return value > 0 ? value : Math.max(1, budget / divisor);
    }
}
