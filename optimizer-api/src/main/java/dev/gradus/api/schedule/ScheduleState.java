package dev.gradus.api.schedule;

import dev.gradus.api.optimizer.StateSnapshot;

/** The mutable part of a schedule in one run: how far it has stepped and the current rate. */
public interface ScheduleState {

    /** The learning rate for the next optimizer step. */
    double learningRate();

    /** How many times the schedule has stepped (torch's {@code last_epoch}). */
    long steps();

    /** A copy of everything needed to continue exactly from here, with dimension 0 and numbers only. */
    StateSnapshot snapshot();
}
