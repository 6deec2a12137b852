package dev.gradus.cli.output;

import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.out.RunObserver;
import java.io.PrintStream;

/** Prints a run's warnings on standard error once, when it starts, so that they never mix with the output. */
public final class WarningPrinter implements RunObserver {
    private final PrintStream err;

    public WarningPrinter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void started(RunSetup setup) {
        for (String warning : setup.warnings()) {
            err.println("gradus: warning: " + warning);
        }
    }
}
