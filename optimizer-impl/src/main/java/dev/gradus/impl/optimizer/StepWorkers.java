package dev.gradus.impl.optimizer;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed set of daemon threads that take ranges of an {@link ElementwiseStep}, shared by every
 * run in the process and handed their work without allocating: each worker has one slot, which a
 * step claims, fills and publishes with a volatile counter; the worker spins briefly on the
 * counter, then parks until the next job. (The gradient estimators fork a fresh task per chunk on
 * a ForkJoinPool instead, a few dozen bytes against hundreds of evaluations; a step is a few
 * nanoseconds a coordinate and promises to allocate nothing.)
 *
 * <p>Runs that step at once (compare and sweep run many on parallel threads) share the workers
 * by claiming them: a step takes the idle workers it wants, each with one compare-and-set, and
 * runs with however many it got, down to none, when it runs serially on its own thread. A step
 * never waits for a worker another run holds, so concurrent runs cannot deadlock, and when the
 * cores are already busy with runs, the runs do not pay a hand-off as well. The result never
 * depends on how many threads shared a step.
 *
 * <p>A step's own thread takes the first range and waits for the others before it returns, also
 * when its own range or a worker's fails: no worker is still writing into the caller's arrays
 * once it has returned. A worker's failure is caught on the worker and thrown on the caller; the
 * worker goes on serving steps.
 *
 * <p>Memory model: a claimant writes a worker's job fields, then the worker's volatile
 * {@code posted}; the worker reads {@code posted}, runs the job, writes its failure (if any), then
 * its volatile {@code finished}, which the claimant reads before it reads the failure or the
 * arrays. The plain job fields are touched only by the claimant before {@code posted} and after
 * {@code finished}, and by the worker between them. Each side that parks sets its own volatile flag
 * and then checks the other's counter again; the other side writes its counter and then checks the
 * flag, so a wake-up is never lost. A stray unpark only makes a later park return early, which every
 * wait here re-checks.
 */
final class StepWorkers {
    /** Shared by every step: one worker fewer than the threads a step may use, made on first parallel use. */
    private static final class Shared {
        static final StepWorkers INSTANCE = new StepWorkers(Math.max(1, Math.max(Runtime.getRuntime().availableProcessors(),
                configuredThreads()) - 1));

        private static int configuredThreads() {
            try {
                return ElementwiseStep.threads(System.getProperty(ElementwiseStep.PROPERTY));
            } catch (IllegalArgumentException e) {
                return 0;
            }
        }
    }

    /**
     * How long a caller spins for a worker's range before parking: the ranges are of equal
     * length, so a worker usually finishes within microseconds of the caller, and a park and its
     * unpark cost tens of microseconds here.
     */
    private static final long CALLER_SPIN_NANOS = 100_000;

    /**
     * How long an idle worker spins for its next job before parking: long enough for steps that
     * follow each other at once (a benchmark's loop), short, because between the steps of a run
     * the gradient is computed, usually for longer than this, and a spinning worker takes a core
     * from that or from other runs.
     */
    private static final long WORKER_SPIN_NANOS = 20_000;

    /** How often a parked caller makes sure the worker it waits for is still alive. */
    private static final long ALIVE_CHECK_NANOS = 50_000_000;

    private final Worker[] workers;

    /** Starts {@code count} daemon workers, which stay parked until a step posts work. */
    StepWorkers(int count) {
        workers = new Worker[count];
        for (int k = 0; k < count; k++) {
            workers[k] = new Worker("gradus-step-" + (k + 1));
        }
    }

    static StepWorkers shared() {
        return Shared.INSTANCE;
    }

    /**
     * Runs {@code step} over every coordinate on the calling thread and up to {@code threads - 1}
     * idle workers, in contiguous ranges of equal length, and waits for them all.
     *
     * @return how many threads shared the step, 1 when no worker was idle
     */
    int apply(ElementwiseStep step, double[] x, double[] gradient, int threads) {
        int helpers = 0;
        for (int k = 0; k < workers.length && helpers < threads - 1; k++) {
            if (workers[k].owner.compareAndSet(null, step)) {
                helpers++;
            }
        }
        int n = x.length;
        if (helpers == 0) {
            step.range(x, gradient, 0, n);
            return 1;
        }
        int parts = helpers + 1;
        step.x = x;
        step.gradient = gradient;
        Thread caller = Thread.currentThread();
        int part = 1;
        for (Worker worker : workers) {
            if (worker.owner.get() == step) {
                worker.post(step, (int) ((long) n * part / parts), (int) ((long) n * (part + 1) / parts), caller);
                part++;
            }
        }
        Throwable failure = null;
        try {
            step.range(x, gradient, 0, (int) ((long) n / parts));
        } catch (Throwable t) {
            failure = t;
        }
        // in posting order, so the failure kept is the one of the lowest coordinates
        for (Worker worker : workers) {
            if (worker.owner.get() == step) {
                Throwable failed = worker.await();
                if (failure == null) {
                    failure = failed;
                }
            }
        }
        step.x = null;
        step.gradient = null;
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return parts;
    }

    /** One daemon thread and its slot: the job a claimant posts, the counters and the parking flags. */
    private static final class Worker implements Runnable {
        /** The step that holds this worker, null when idle. */
        final AtomicReference<ElementwiseStep> owner = new AtomicReference<>();
        private final Thread thread;
        private ElementwiseStep step;
        private int from;
        private int to;
        private Thread caller;
        private Throwable failure;
        private volatile long posted;
        private volatile long finished;
        private volatile boolean workerParked;
        private volatile boolean callerParked;

        Worker(String name) {
            thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }

        /** Called by the claimant: hands over one range. */
        void post(ElementwiseStep step, int from, int to, Thread caller) {
            this.step = step;
            this.from = from;
            this.to = to;
            this.caller = caller;
            posted = posted + 1;
            if (workerParked) {
                LockSupport.unpark(thread);
            }
        }

        /**
         * Called by the claimant: waits for the posted range, takes its failure and releases the
         * worker. Interrupts do not cut the wait short (the worker may still be writing the
         * caller's arrays); the caller's interrupt status is kept for it.
         *
         * @return the range's failure, or null
         */
        Throwable await() {
            long job = posted;
            long deadline = System.nanoTime() + CALLER_SPIN_NANOS;
            while (finished != job && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            boolean interrupted = false;
            boolean alive = true;
            if (finished != job) {
                callerParked = true;
                while (finished != job && alive) {
                    LockSupport.parkNanos(this, ALIVE_CHECK_NANOS);
                    interrupted |= Thread.interrupted();
                    alive = finished == job || thread.isAlive();
                }
                callerParked = false;
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (!alive) {
                // not released: a dead worker stays claimed for good, and later steps do without it
                return new IllegalStateException(thread.getName() + " ended during a step; coordinates " + from + " to " + to
                        + " may not be updated");
            }
            Throwable failed = failure;
            failure = null;
            step = null;
            caller = null;
            owner.set(null);
            return failed;
        }

        @Override
        public void run() {
            long done = 0;
            while (true) {
                awaitJob(done);
                done = posted;
                Thread waiting = caller;
                try {
                    step.range(step.x, step.gradient, from, to);
                } catch (Throwable t) {
                    failure = t;
                }
                finished = done;
                if (callerParked) {
                    LockSupport.unpark(waiting);
                }
            }
        }

        private void awaitJob(long done) {
            long deadline = System.nanoTime() + WORKER_SPIN_NANOS;
            while (posted == done) {
                if (System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                } else {
                    workerParked = true;
                    if (posted == done) {
                        LockSupport.park(this);
                    }
                    workerParked = false;
                    // nothing interrupts a worker on purpose; a stray interrupt must not turn its park into a spin
                    Thread.interrupted();
                }
            }
        }
    }
}
