package dev.gradus.app.port.in;

import dev.gradus.app.port.out.Cancellation;
import java.util.List;

/** Tunes optimizers' hyperparameters on one objective: a grid or a random search, every point from every start with every seed. */
public interface SweepUseCase {

    /** Told of every run as it finishes, on the thread that ran it. */
    @FunctionalInterface
    interface Listener {
        void finished(SweepResult.Run run);
    }

    /**
     * Checks every point's values first (a refused value stops the sweep before any run, naming
     * the optimizer and the point), then runs every point not in {@code command.done()}, {@code
     * threads} at a time, and ranks the points over {@code previous} and the new runs together.
     * The ranking does not depend on the thread count or on being resumed.
     *
     * @param previous the runs a resumed sweep had finished (their keys are in {@code command.done()})
     */
    SweepResult sweep(SweepCommand command, List<SweepResult.Run> previous, Listener listener, Cancellation cancellation);
}
