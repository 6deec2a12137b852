package dev.gradus.impl.schedule;

import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.schedule.ScheduleState;

/**
 * The state of a built-in schedule in one run: the base rate, the current rate, the step count, and
 * a few named numbers a schedule keeps (resolved lengths, counters, the best loss seen).
 */
final class ScheduleRun implements ScheduleState {
    final double base;
    double lr;
    long steps;
    private final String[] names;
    private final double[] numbers;

    ScheduleRun(double base, String[] names) {
        this.base = base;
        this.lr = base;
        this.names = names;
        this.numbers = new double[names.length];
    }

    /** The number kept under {@code names[index]}. */
    double get(int index) {
        return numbers[index];
    }

    void set(int index, double value) {
        numbers[index] = value;
    }

    @Override
    public double learningRate() {
        return lr;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public StateSnapshot snapshot() {
        StateSnapshot.Builder snapshot = StateSnapshot.builder(0, steps).number("base_lr", base).number("lr", lr);
        for (int i = 0; i < names.length; i++) {
            snapshot.number(names[i], numbers[i]);
        }
        return snapshot.build();
    }

    /** The run {@code snapshot} was taken of. */
    static ScheduleRun restore(StateSnapshot snapshot, String[] names) {
        ScheduleRun run = new ScheduleRun(snapshot.number("base_lr"), names);
        run.lr = snapshot.number("lr");
        run.steps = snapshot.steps();
        for (int i = 0; i < names.length; i++) {
            run.numbers[i] = snapshot.number(names[i]);
        }
        return run;
    }
}
