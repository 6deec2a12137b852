package dev.gradus.app.service;

import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.in.Trajectory;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A run with a time limit. The engine runs on its own daemon thread and checks the deadline between
 * steps, as it checks a cancellation, so a slow run stops at the row where the time ran out, with
 * its rows written. A provider call that does not return is waited for one more second; then the
 * run is given up: the result says which call did not return and where the run stood, the observer
 * hears nothing more from it, and the stuck thread is left to itself (a daemon, interrupted).
 */
final class TimeLimited {
    /** How long past the limit a call that does not return is waited for. */
    static final long GRACE_NANOS = 1_000_000_000L;

    private TimeLimited() {
    }

    static RunResult run(RunEngine engine, PreparedRun run, Duration limit, RunObserver observer, Cancellation cancellation) {
        long deadline = System.nanoTime() + limit.toNanos();
        Gate gate = new Gate(observer, r -> timedOut(r, limit, cancellation));
        Cancellation timed = () -> cancellation.isCancelled() || System.nanoTime() - deadline > 0;
        FutureTask<RunResult> task = new FutureTask<>(() -> engine.runTracked(run, gate, timed));
        Thread thread = new Thread(task, "gradus-run-" + run.setup().optimizer().id());
        thread.setDaemon(true);
        long began = System.nanoTime();
        thread.start();
        try {
            return timedOut(task.get(limit.toNanos() + GRACE_NANOS, TimeUnit.NANOSECONDS), limit, cancellation);
        } catch (TimeoutException e) {
            gate.detach();
            // read which call is stuck before the interrupt: woken, the call returns and the loop moves on to the next call or none
            RunResult abandoned = gate.abandoned(run.setup(), limit, Duration.ofNanos(System.nanoTime() - began));
            thread.interrupt();
            return abandoned;
        } catch (InterruptedException e) {
            gate.detach();
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the run", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A run the engine stopped as cancelled because the deadline passed (not the user) is a run that reached its time limit. */
    private static RunResult timedOut(RunResult result, Duration limit, Cancellation cancellation) {
        if (result.stopReason() != StopReason.CANCELLED || cancellation.isCancelled()) {
            return result;
        }
        return new RunResult(result.setup(), StopReason.TIME_LIMIT, "reached the time limit of " + words(limit) + " after " + result.steps()
                + " steps", result.steps(), result.finalPoint(), result.finalValue(), result.finalGradientNorm(), result.bestValue(),
                result.bestStep(), result.bestPoint(), result.functionEvaluations(), result.gradientEvaluations(), result.elapsed(),
                result.trajectory(), result.checkpoint(), result.finalAccuracy());
    }

    /** {@code 300 ms}, {@code 5 s}, {@code 1.5 s} */
    static String words(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%s s", ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0));
    }

    /** Passes rows to the observer until detached, and remembers the last one. */
    private static final class Gate implements RunObserver {
        private final RunObserver observer;
        private final java.util.function.UnaryOperator<RunResult> ending;
        private boolean detached;
        private StepView view;
        private long step = -1;
        private double loss = Double.NaN;
        private double norm = Double.NaN;
        private double[] point;
        private long evaluations;

        Gate(RunObserver observer, java.util.function.UnaryOperator<RunResult> ending) {
            this.observer = observer;
            this.ending = ending;
        }

        synchronized void detach() {
            detached = true;
        }

        @Override
        public synchronized void started(RunSetup setup) {
            if (!detached) {
                observer.started(setup);
            }
        }

        @Override
        public synchronized void step(StepView row) {
            if (detached) {
                return;
            }
            view = row;
            step = row.step();
            loss = row.loss();
            norm = row.gradientNorm();
            if (point == null) {
                point = new double[row.point().length];
            }
            System.arraycopy(row.point(), 0, point, 0, point.length);
            evaluations = row.evaluations();
            observer.step(row);
        }

        @Override
        public synchronized void finished(RunResult result) {
            if (!detached) {
                observer.finished(ending.apply(result));
            }
        }

        /** The result of a run given up because a call did not return. */
        synchronized RunResult abandoned(RunSetup setup, Duration limit, Duration elapsed) {
            String calling = view == null ? null : view.calling();
            String where = step < 0 ? "before its first row" : "after the row of step " + step;
            String what = calling != null ? calling + " did not return"
                    : step < 0 ? "objective '" + setup.objective().id() + "' with gradient '" + setup.gradient().id() + "' did not return"
                    : "a call did not return";
            long steps = Math.max(step, setup.firstStep());
            int n = setup.dimension();
            Trajectory none = new Trajectory(n, false, 1, new long[0], new double[0], new double[0], new double[0]);
            return new RunResult(setup, StopReason.TIME_LIMIT, "the time limit of " + words(limit) + " passed and " + what + " " + where
                    + "; the call was abandoned", steps, point != null ? point : setup.start(), loss, norm, loss, step, null,
                    Math.max(0, evaluations), 0, elapsed, none, null, Double.NaN);
        }
    }
}
