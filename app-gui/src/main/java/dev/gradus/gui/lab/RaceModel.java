package dev.gradus.gui.lab;

import dev.gradus.api.error.GradusException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs a race: several runs, one after another on a background executor, each reported to a
 * {@link Listener} on the UI executor (Swing's event thread in the lab). Starting a race cancels
 * the one before; {@link #cancel()} stops the current run at its next step. A run that is refused
 * (a bad value, an unknown id) or whose provider fails is reported in words and the race goes on
 * with the next run; nothing reaches the listener as a stack trace.
 */
public final class RaceModel {
    /** How often, at most, progress is reported while a run goes, in nanoseconds. */
    static final long PROGRESS_INTERVAL_NANOS = 50_000_000L;

    /** One run of a race: its label and its command. */
    public record Entry(String label, RunCommand command) {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(command, "command");
        }
    }

    /** What a race tells the UI; every call arrives on the UI executor. */
    public interface Listener {
        /** Run {@code run} has reached {@code step}; called at most every 50 ms per run. */
        default void progress(int run, long step) {
        }

        /**
         * Run {@code run} ended (budget, tolerance, divergence, time limit or cancellation) with this result;
         * {@code rows} holds every row of it as it went.
         */
        void finished(int run, RunResult result, Recorded rows);

        /** Run {@code run} could not run; {@code message} says why, in words. */
        void failed(int run, String message);

        /** Every run of the race has finished, failed or been cancelled. */
        default void done() {
        }
    }

    private final RunOptimizationUseCase runs;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private Race current;

    /**
     * @param runs       the run use case
     * @param background where the runs execute (one thread: runs of a race go one after another)
     * @param ui         how to hand a report to the UI thread ({@code SwingUtilities::invokeLater})
     */
    public RaceModel(RunOptimizationUseCase runs, Executor background, Consumer<Runnable> ui) {
        this.runs = runs;
        this.background = background;
        this.ui = ui;
    }

    /** Starts a race of {@code entries}, cancelling any race still going; nothing more is reported of that one. */
    public synchronized void start(List<Entry> entries, Listener listener) {
        if (current != null) {
            current.superseded = true;
        }
        cancel();
        Race race = new Race(List.copyOf(entries), listener);
        current = race;
        background.execute(race);
    }

    /**
     * Cancels the race that is going, if any: its current run stops at its next step and is
     * reported as finished (stop reason cancelled), the rest do not start.
     */
    public synchronized void cancel() {
        if (current != null) {
            current.cancelled.set(true);
            current = null;
        }
    }

    /** Whether a race is going. */
    public synchronized boolean running() {
        return current != null && !current.over;
    }

    private final class Race implements Runnable, Cancellation {
        private final List<Entry> entries;
        private final Listener listener;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile boolean superseded;
        private volatile boolean over;

        Race(List<Entry> entries, Listener listener) {
            this.entries = entries;
            this.listener = listener;
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void run() {
            try {
                for (int i = 0; i < entries.size() && !cancelled.get(); i++) {
                    int index = i;
                    try {
                        Progress progress = new Progress(index);
                        RunResult result = runs.run(entries.get(i).command(), progress, this);
                        Recorded rows = progress.rows;
                        report(() -> listener.finished(index, result, rows));
                    } catch (GradusException e) {
                        report(() -> listener.failed(index, e.getMessage()));
                    } catch (RuntimeException e) {
                        String message = "unexpected failure: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                        report(() -> listener.failed(index, message));
                    }
                }
            } finally {
                over = true;
                report(listener::done);
            }
        }

        /** Hands a report to the UI, unless a newer race replaced this one (checked again on the UI thread). */
        private void report(Runnable report) {
            if (!superseded) {
                ui.accept(() -> {
                    if (!superseded) {
                        report.run();
                    }
                });
            }
        }

        private final class Progress implements RunObserver {
            private final int index;
            private long last = System.nanoTime();
            private Recorded rows;

            Progress(int index) {
                this.index = index;
            }

            @Override
            public void started(RunSetup setup) {
                rows = new Recorded(setup.dimension());
                if (setup.dimension() == 1 && setup.stochastic() != null) {
                    rows.keepBatchCurves(setup.metadata().plotWindow());
                }
            }

            @Override
            public void step(StepView step) {
                rows.add(step.step(), step.loss(), step.gradientNorm(), step.accuracy(), step.point(), step.gradient(), step.stateVectors());
                rows.addBatchCurve(step);
                if (rows.size() == 1) {
                    step.stateVectors().keySet().forEach(name -> rows.setKind(name, step.stateVectorKind(name)));
                }
                long now = System.nanoTime();
                if (now - last >= PROGRESS_INTERVAL_NANOS) {
                    last = now;
                    long at = step.step();
                    report(() -> listener.progress(index, at));
                }
            }
        }
    }
}
