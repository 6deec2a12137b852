package dev.gradus.app.port.out;

import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;

/**
 * Receives a run as it happens, on the thread that runs it. {@link #step} is called for every row,
 * so it must be quick; an exception thrown here (an output that cannot be written) ends the run
 * and reaches the caller.
 */
public interface RunObserver {

    /** Observes nothing. */
    RunObserver NONE = new RunObserver() {
    };

    /** Once, before the first row, with the fully resolved configuration. */
    default void started(RunSetup setup) {
    }

    /** Every row, from step 0 (the start) to the last one evaluated. */
    default void step(StepView step) {
    }

    /** Once, when the run has stopped for any reason. */
    default void finished(RunResult result) {
    }
}
