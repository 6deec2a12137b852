package dev.gradus.cli.output;

import dev.gradus.app.port.in.Recording;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.out.RunObserver;
import java.io.PrintStream;

/**
 * Prints a run's warnings on standard error once, when it starts, so that they never mix with the
 * output; and, when the recording was left to {@code --record auto}, that it records no points.
 */
public final class WarningPrinter implements RunObserver {
    private final PrintStream err;
    private final boolean automaticRecording;

    public WarningPrinter(PrintStream err) {
        this(err, false);
    }

    /**
     * @param automaticRecording whether the run's recording was {@link Recording#AUTO}: then a run that
     *                           records no points says so, and how to have them
     */
    public WarningPrinter(PrintStream err, boolean automaticRecording) {
        this.err = err;
        this.automaticRecording = automaticRecording;
    }

    @Override
    public void started(RunSetup setup) {
        for (String warning : setup.warnings()) {
            err.println("gradus: warning: " + warning);
        }
        if (automaticRecording && !setup.recordsPoints()) {
            err.println("gradus: recording the loss and gradient norm only, not the point: " + setup.dimension() + " dimensions is above "
                    + Recording.AUTO_FULL_LIMIT + " (--record full writes the points too)");
        }
    }
}
