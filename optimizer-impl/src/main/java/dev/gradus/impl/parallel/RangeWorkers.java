package dev.gradus.impl.parallel;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A set of daemon threads that take ranges of a {@link RangeJob} (an element-wise optimizer step, a
 * gradient's partials), shared by every run in the process and handed their work without
 * allocating: each worker has one slot, which a caller claims, fills and publishes through an
 * atomic job word; the worker spins briefly on the word after each range, then parks until the
 * next job.
 *
 * <p>Runs that work at once (compare and sweep run many on parallel threads) share the workers by
 * claiming them: a caller takes the idle workers it wants, each with one compare-and-set, and runs
 * with however many it got, down to none, when it runs the whole job on its own thread. A caller
 * never waits for a worker another run holds, so concurrent runs cannot deadlock, and when the
 * cores are already busy with runs, the runs do not pay a hand-off as well. The result never
 * depends on how many threads shared a job. There are one fewer workers than processors at first
 * (at least one); a caller that asks for more threads explicitly adds the workers it lacks, once.
 *
 * <p>A parked worker takes tens of microseconds to wake (here, on a virtual machine, 60 to 80), and
 * waking it costs the caller a system call (several microseconds here). So a caller may choose how
 * patient it is ({@link HandOff}): a patient one waits for every worker it posted to; an impatient
 * one, once its own range is done, withdraws each range still unstarted (one compare-and-set, which
 * the worker's start races) and runs it itself, so the job costs at most about what it does on one
 * thread and gains where the workers start in time; and one that takes only awake workers never
 * pays for a wake-up at all.
 *
 * <p>The caller takes the first range and waits for every started range before it returns, also
 * when its own range or a worker's fails: no worker is still writing into the caller's arrays once
 * it has returned. A worker's failure is caught on the worker and thrown on the caller; the worker
 * goes on serving jobs.
 *
 * <p>Memory model: a claimant writes its job's fields and a worker's slot, then the worker's job
 * word (posted, with a new generation); the worker moves the word from posted to running with a
 * compare-and-set, runs the range, writes its failure (if any), then the word (done), which the
 * claimant reads before it reads the failure or the arrays. A withdrawal moves the word from posted
 * to none, so exactly one of the two compare-and-sets wins, and a late worker's attempt on an older
 * generation fails. The plain slot fields are written only by the claimant, before posting and
 * after the range is done, and read by the worker only while it runs. Each side that parks sets its
 * own volatile flag and then reads the job word again; the other side writes the word and then
 * reads the flag, so a wake-up is never lost. A stray unpark only makes a later park return early,
 * which every wait here re-checks.
 */
public final class RangeWorkers {
    /** Shared by every job: one worker fewer than the processors, made on first parallel use. */
    private static final class Shared {
        static final RangeWorkers INSTANCE = new RangeWorkers(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    private static final String NAME = "gradus-worker-";

    /**
     * How long a caller spins for a worker's range before parking: the ranges are of equal
     * length, so a worker usually finishes within microseconds of the caller, and a park and its
     * unpark cost tens of microseconds here.
     */
    private static final long CALLER_SPIN_NANOS = 100_000;

    /**
     * How long an idle worker spins for its next job before parking: long enough for jobs that
     * follow each other closely (a run's gradients a step apart, a benchmark's loop), short,
     * because a spinning worker takes a core from other work, and between a run's steps there
     * may be longer work than this (a large gradient, other runs).
     */
    private static final long WORKER_SPIN_NANOS = 20_000;

    /** How often a parked caller makes sure the worker it waits for is still alive. */
    private static final long ALIVE_CHECK_NANOS = 50_000_000;

    private final boolean start;
    private final long spinNanos;
    /** Callers computing at once, as they announce themselves ({@link #enter}). */
    private final AtomicInteger computing = new AtomicInteger();
    /** Grows, never shrinks; a caller reads it once per job. */
    private volatile Worker[] workers;

    /** Starts {@code count} daemon workers, which stay parked until a job posts work. */
    RangeWorkers(int count) {
        this(count, true);
    }

    /** @param start false for workers that never run, which a test uses to see every range withdrawn */
    RangeWorkers(int count, boolean start) {
        this(count, start, WORKER_SPIN_NANOS);
    }

    /** @param spinNanos how long an idle worker spins before parking, {@link #WORKER_SPIN_NANOS} but in tests */
    RangeWorkers(int count, boolean start, long spinNanos) {
        this.start = start;
        this.spinNanos = spinNanos;
        Worker[] made = new Worker[count];
        for (int k = 0; k < count; k++) {
            made[k] = new Worker(NAME + (k + 1), start, spinNanos);
        }
        workers = made;
    }

    /** The workers every run shares. */
    public static RangeWorkers shared() {
        return Shared.INSTANCE;
    }

    /**
     * Runs {@code job} over the indices {@code [0, length)} on the calling thread and up to
     * {@code threads - 1} idle workers (at most one thread an index), in contiguous ranges of
     * equal length, and waits for those that started. Allocates nothing, except the workers a
     * larger {@code threads} than ever before adds.
     *
     * @return how many threads shared the job, 1 when no worker was idle (or awake, as asked) or
     *         none started in time
     * @throws RuntimeException or Error: the failure of the range of the lowest indices that
     *         failed, as a serial loop would have thrown it, once every range has finished
     */
    public int apply(RangeJob job, int length, int threads, HandOff handOff) {
        int wanted = Math.min(threads, length) - 1;
        Worker[] all = workers;
        if (wanted > all.length) {
            all = grow(wanted);
        }
        boolean awakeOnly = handOff == HandOff.AWAKE_ONLY;
        int helpers = 0;
        for (int k = 0; k < all.length && helpers < wanted; k++) {
            Worker worker = all[k];
            if ((!awakeOnly || !worker.workerParked) && worker.owner.compareAndSet(null, job)) {
                helpers++;
            }
        }
        if (helpers == 0) {
            job.run(0, 0, length);
            return 1;
        }
        int parts = helpers + 1;
        Thread caller = Thread.currentThread();
        int part = 1;
        for (Worker worker : all) {
            if (worker.owner.get() == job) {
                worker.post(job, part, (int) ((long) length * part / parts), (int) ((long) length * (part + 1) / parts), caller);
                part++;
            }
        }
        Throwable failure = null;
        try {
            job.run(0, 0, (int) ((long) length / parts));
        } catch (Throwable t) {
            failure = t;
        }
        boolean patient = handOff == HandOff.PATIENT;
        int used = 1;
        // in posting order, so the failure kept is the one of the lowest indices
        for (Worker worker : all) {
            if (worker.owner.get() == job) {
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

    /** Adds workers up to {@code count}; the workers already there stay, and so do their claims. */
    private synchronized Worker[] grow(int count) {
        Worker[] all = workers;
        if (all.length >= count) {
            return all;
        }
        Worker[] grown = Arrays.copyOf(all, count);
        for (int k = all.length; k < count; k++) {
            grown[k] = new Worker(NAME + (k + 1), start, spinNanos);
        }
        workers = grown;
        return grown;
    }

    /**
     * Announces that the calling thread is computing work it may share, until its {@link #leave}:
     * runs that choose their threads use the count to leave the workers alone while the cores are
     * busy with runs already (as when compare runs as many at once as there are processors).
     *
     * @return how many callers are computing, this one included
     */
    public int enter() {
        return computing.incrementAndGet();
    }

    /** Ends the caller's {@link #enter}. */
    public void leave() {
        computing.decrementAndGet();
    }

    /** How long an idle worker spins for its next job before it parks, in nanoseconds. */
    public long spinNanos() {
        return spinNanos;
    }

    /** The workers' threads, for tests. */
    List<Thread> threads() {
        return Arrays.stream(workers).map(worker -> worker.thread).toList();
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

        /** The job that holds this worker, null when idle. */
        final AtomicReference<RangeJob> owner = new AtomicReference<>();
        private final AtomicLong job = new AtomicLong();
        private final Thread thread;
        private RangeJob work;
        private int part;
        private int from;
        private int to;
        private Thread caller;
        private Throwable failure;
        /** Whether the worker ran the range the claimant last waited for (not the claimant, for a worker that ended). */
        private boolean ranIt;
        /** Whether the worker is parked or about to park, rather than running or spinning for its next range. */
        volatile boolean workerParked;
        private volatile boolean callerParked;
        private final long spinNanos;

        Worker(String name, boolean start, long spinNanos) {
            this.spinNanos = spinNanos;
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
        void post(RangeJob work, int part, int from, int to, Thread caller) {
            this.work = work;
            this.part = part;
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
                work.run(part, from, to);
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
                                : new IllegalStateException(thread.getName() + " ended during a job; indices " + from + " to " + to
                                        + " may not be done");
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
            work = null;
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
                    work.run(part, from, to);
                } catch (Throwable t) {
                    failure = t;
                }
                job.set(posted - POSTED + DONE);
                if (callerParked) {
                    LockSupport.unpark(waiting);
                }
            }
        }

        /**
         * Spins, then parks, until a range is posted; returns the job word that posted it. A worker
         * woken for a range that its caller has meanwhile taken back spins again before it parks:
         * the caller's next job is likely to follow within the spin, and a worker that parked
         * again at once would be woken for every job and never be in time for one.
         */
        private long awaitJob() {
            long deadline = System.nanoTime() + spinNanos;
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
                    deadline = System.nanoTime() + spinNanos;
                }
            }
        }
    }
}
