package dev.gradus.impl.optimizer;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed set of daemon threads that take ranges of an {@link ElementwiseStep}, shared by every
 * run in the process and handed their work without allocating: each worker has one slot, which a
 * step claims, fills and publishes through an atomic job word; the worker spins briefly on the
 * word, then parks until the next job. (The gradient estimators fork a fresh task per chunk on a
 * ForkJoinPool instead, a few dozen bytes against hundreds of evaluations; a step is a few
 * nanoseconds a coordinate and promises to allocate nothing.)
 *
 * <p>Runs that step at once (compare and sweep run many on parallel threads) share the workers
 * by claiming them: a step takes the idle workers it wants, each with one compare-and-set, and
 * runs with however many it got, down to none, when it runs serially on its own thread. A step
 * never waits for a worker another run holds, so concurrent runs cannot deadlock, and when the
 * cores are already busy with runs, the runs do not pay a hand-off as well. The result never
 * depends on how many threads shared a step.
 *
 * <p>A parked worker takes tens of microseconds to wake (here, on a virtual machine, 60 to 80), and
 * between the steps of a run, while the gradient is computed, the workers do park. So a step that
 * is not {@code patient} does not wait for a worker that has not started: when the caller has
 * finished its own range, it withdraws each range still unstarted (one compare-and-set, which the
 * worker's start races) and runs it itself. A parallel step then costs at most about what a serial
 * one does, and gains where the workers wake in time. A patient step (threads asked for
 * explicitly) waits for every worker it posted to.
 *
 * <p>A step's own thread takes the first range and waits for every started range before it
 * returns, also when its own range or a worker's fails: no worker is still writing into the
 * caller's arrays once it has returned. A worker's failure is caught on the worker and thrown on
 * the caller; the worker goes on serving steps.
 *
 * <p>Memory model: a claimant writes a worker's job fields, then its job word (posted, with a new
 * generation); the worker moves the word from posted to running with a compare-and-set, runs the
 * range, writes its failure (if any), then the word (done), which the claimant reads before it
 * reads the failure or the arrays. A withdrawal moves the word from posted to none, so exactly one
 * of the two compare-and-sets wins, and a late worker's attempt on an older generation fails. The
 * plain job fields are written only by the claimant, before posting and after the range is done,
 * and read by the worker only while it runs. Each side that parks sets its own volatile flag and
 * then reads the job word again; the other side writes the word and then reads the flag, so a
 * wake-up is never lost. A stray unpark only makes a later park return early, which every wait
 * here re-checks.
 */
final class StepWorkers {
    /** Shared by every step: one worker fewer than the threads a step may use, made on first parallel use. */
    private static final class Shared {
        static final StepWorkers INSTANCE = new StepWorkers(Math.max(1, Math.max(Runtime.getRuntime().availableProcessors(),
                configuredThreads()) - 1));

        private static int configuredThreads() {
            try {
                return ElementwiseStep.threads(ElementwiseStep.CONFIGURED);
            } catch (IllegalArgumentException e) {
                // no step can be made with a bad setting; ElementwiseStep's constructor says why
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
        this(count, true);
    }

    /** @param start false for workers that never run, which a test uses to see every range withdrawn */
    StepWorkers(int count, boolean start) {
        workers = new Worker[count];
        for (int k = 0; k < count; k++) {
            workers[k] = new Worker("gradus-step-" + (k + 1), start);
        }
    }

    static StepWorkers shared() {
        return Shared.INSTANCE;
    }

    /**
     * Runs {@code step} over every coordinate on the calling thread and up to {@code threads - 1}
     * idle workers, in contiguous ranges of equal length, and waits for those that started.
     *
     * @param patient wait for every worker posted to start its range, even when the caller is done
     *                with its own first; otherwise the caller withdraws such a range and runs it itself
     * @return how many threads shared the step, 1 when no worker was idle or none started in time
     */
    int apply(ElementwiseStep step, double[] x, double[] gradient, int threads, boolean patient) {
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
        int used = 1;
        // in posting order, so the failure kept is the one of the lowest coordinates
        for (Worker worker : workers) {
            if (worker.owner.get() == step) {
                Throwable failed;
                if (!patient && worker.withdraw()) {
                    failed = worker.runHere();
                } else {
                    failed = worker.await();
                    if (worker.ranIt) {
                        used++;
                    }
                }
                worker.release();
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
        return used;
    }

    /**
     * One daemon thread and its slot. {@code job} holds a generation, counted up by each post, and
     * a phase: posted, running, done, or none (withdrawn by the claimant before the worker started).
     */
    private static final class Worker implements Runnable {
        private static final long NONE = 0;
        private static final long POSTED = 1;
        private static final long RUNNING = 2;
        private static final long DONE = 3;

        /** The step that holds this worker, null when idle. */
        final AtomicReference<ElementwiseStep> owner = new AtomicReference<>();
        private final AtomicLong job = new AtomicLong();
        private final Thread thread;
        private ElementwiseStep step;
        private int from;
        private int to;
        private Thread caller;
        private Throwable failure;
        /** Whether the worker ran the range the claimant last waited for (not the claimant, for a worker that ended). */
        private boolean ranIt;
        private volatile boolean workerParked;
        private volatile boolean callerParked;

        Worker(String name, boolean start) {
            thread = new Thread(this, name);
            thread.setDaemon(true);
            if (start) {
                thread.start();
            }
        }

        private static long phase(long job) {
            return job & 3;
        }

        /** Called by the claimant: hands over one range. */
        void post(ElementwiseStep step, int from, int to, Thread caller) {
            this.step = step;
            this.from = from;
            this.to = to;
            this.caller = caller;
            job.set((job.get() & ~3L) + 4 + POSTED);
            if (workerParked) {
                LockSupport.unpark(thread);
            }
        }

        /** Called by the claimant: takes the posted range back if the worker has not started it. */
        boolean withdraw() {
            long posted = job.get();
            return phase(posted) == POSTED && job.compareAndSet(posted, posted - POSTED + NONE);
        }

        /** Called by the claimant: runs a withdrawn range on its own thread. */
        Throwable runHere() {
            try {
                step.range(step.x, step.gradient, from, to);
                return null;
            } catch (Throwable t) {
                return t;
            }
        }

        /**
         * Called by the claimant: waits for the posted range and takes its failure. Interrupts do
         * not cut the wait short (the worker may still be writing the caller's arrays); the
         * caller's interrupt status is kept for it. A worker that has ended without starting the
         * range leaves it to the caller.
         *
         * @return the range's failure, or null
         */
        Throwable await() {
            long done = (job.get() & ~3L) + DONE;
            long deadline = System.nanoTime() + CALLER_SPIN_NANOS;
            while (job.get() != done && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            boolean interrupted = false;
            Throwable failed = null;
            if (job.get() != done) {
                callerParked = true;
                while (job.get() != done) {
                    LockSupport.parkNanos(this, ALIVE_CHECK_NANOS);
                    interrupted |= Thread.interrupted();
                    if (job.get() != done && !thread.isAlive()) {
                        failed = withdraw() ? runHere()
                                : new IllegalStateException(thread.getName() + " ended during a step; coordinates " + from + " to " + to
                                        + " may not be updated");
                        break;
                    }
                }
                callerParked = false;
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            ranIt = job.get() == done;
            return ranIt ? failure : failed;
        }

        /** Called by the claimant once the range is done, by either thread: clears the slot and frees the worker. */
        void release() {
            failure = null;
            step = null;
            caller = null;
            owner.set(null);
        }

        @Override
        public void run() {
            while (true) {
                long posted = awaitJob();
                if (!job.compareAndSet(posted, posted - POSTED + RUNNING)) {
                    // withdrawn in the meantime
                    continue;
                }
                Thread waiting = caller;
                try {
                    step.range(step.x, step.gradient, from, to);
                } catch (Throwable t) {
                    failure = t;
                }
                job.set(posted - POSTED + DONE);
                if (callerParked) {
                    LockSupport.unpark(waiting);
                }
            }
        }

        /** Spins, then parks, until a range is posted; returns the job word that posted it. */
        private long awaitJob() {
            long deadline = System.nanoTime() + WORKER_SPIN_NANOS;
            while (true) {
                long current = job.get();
                if (phase(current) == POSTED) {
                    return current;
                }
                if (System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                } else {
                    workerParked = true;
                    if (phase(job.get()) != POSTED) {
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
