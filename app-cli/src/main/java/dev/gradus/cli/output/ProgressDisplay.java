package dev.gradus.cli.output;

import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display for a terminal: appears once a run has taken half a second, then
 * redraws at most five times a second, and is cleared when the run ends. Looks at the clock only
 * every 1024 steps, so it costs nothing measurable per step.
 */
public final class ProgressDisplay implements RunObserver {
    private static final long SHOW_AFTER_NANOS = 500_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final LongSupplier nanoTime;
    private long budget;
    private long started;
    private long lastDrawn;
    private boolean shown;

    public ProgressDisplay(PrintStream err) {
        this(err, System::nanoTime);
    }

    /** A display reading time from {@code nanoTime} (tests pass a fake clock). */
    ProgressDisplay(PrintStream err, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
    }

    @Override
    public void started(RunSetup setup) {
        budget = setup.steps();
        started = nanoTime.getAsLong();
        lastDrawn = started;
    }

    @Override
    public void step(StepView step) {
        if ((step.step() & 1023) != 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - started < SHOW_AFTER_NANOS || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        shown = true;
        double percent = budget == 0 ? 100 : 100.0 * step.step() / budget;
        err.print(String.format(Locale.ROOT, "\r\033[Kstep %,d / %,d (%.0f%%)  loss %s  |grad| %s  %.1f s", step.step(), budget, percent,
                Numbers.brief(step.loss()), Numbers.brief(step.gradientNorm()), (now - started) / 1e9));
        err.flush();
    }

    @Override
    public void finished(RunResult result) {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
