package dev.gradus.impl.gradient;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Computes a gradient's partials in parallel: the coordinates split into contiguous chunks, one
 * per worker, each worker perturbing its own copy of the point. The copies are made once, with the
 * estimator; a call copies the point into each and forks one task per chunk but the first onto a
 * shared pool of daemon threads, the calling thread taking the first chunk itself. Every partial
 * is computed by the same arithmetic on the same point as in a serial sweep, so the gradient is
 * the serial one bit for bit.
 *
 * <p>Each call submits a fresh task object per forked chunk (a few dozen bytes, against hundreds of
 * evaluations of the objective) rather than reinitializing and forking the same task again: with
 * reused tasks a benchmark here once hung, its caller joining a task that no pool worker was left to
 * run. The cause was not pinned down, so the tasks are not reused.
 */
final class CoordinateWorkers {
    /** Shared by every estimator: as many threads as processors, daemon, made on first use. */
    private static final class Pool {
        static final ForkJoinPool INSTANCE = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    /** The longest the caller spins on a worker's chunk before it parks to wait for it. */
    private static final long SPIN_NANOS = 100_000;

    private final Chunk[] chunks;
    private final ForkJoinTask<?>[] forked;

    /**
     * @param partials  the rule
     * @param dimension the number of coordinates
     * @param workers   how many chunks, at least 2 and at most {@code dimension}
     */
    CoordinateWorkers(Partials partials, int dimension, int workers) {
        if (workers < 2 || workers > dimension) {
            throw new IllegalArgumentException("need 2 to " + dimension + " workers, not " + workers);
        }
        chunks = new Chunk[workers];
        for (int k = 0; k < workers; k++) {
            int from = (int) ((long) dimension * k / workers);
            int to = (int) ((long) dimension * (k + 1) / workers);
            chunks[k] = new Chunk(partials, dimension, from, to);
        }
        forked = new ForkJoinTask<?>[workers];
    }

    /** The number of chunks the coordinates are split into. */
    int workers() {
        return chunks.length;
    }

    /**
     * Every partial at {@code x}.
     *
     * @param x        the point. Not modified.
     * @param value    {@code f(x)} or NaN, passed to the rule
     * @param gradient receives every partial. Modified.
     */
    void compute(double[] x, double value, double[] gradient) {
        for (Chunk chunk : chunks) {
            chunk.prepare(x, value, gradient);
        }
        for (int k = 1; k < chunks.length; k++) {
            forked[k] = Pool.INSTANCE.submit(chunks[k]);
        }
        RuntimeException failure = null;
        try {
            chunks[0].run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (int k = 1; k < chunks.length; k++) {
            awaitBriefly(forked[k]);
            try {
                forked[k].join();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
            forked[k] = null;
        }
        for (Chunk chunk : chunks) {
            chunk.release();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Spins while {@code task} is running, for at most {@link #SPIN_NANOS}: the chunks are of equal
     * size, so a worker usually finishes within microseconds of the caller, and spinning spares the
     * caller a park and the worker an unpark, which cost tens of microseconds each here.
     */
    private static void awaitBriefly(ForkJoinTask<?> task) {
        long deadline = System.nanoTime() + SPIN_NANOS;
        while (!task.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** One contiguous range of coordinates with its own copy of the point. */
    private static final class Chunk implements Runnable {
        private final Partials partials;
        private final double[] point;
        private final int from;
        private final int to;
        private double value;
        private double[] gradient;

        Chunk(Partials partials, int dimension, int from, int to) {
            this.partials = partials;
            this.point = new double[dimension];
            this.from = from;
            this.to = to;
        }

        void prepare(double[] x, double value, double[] gradient) {
            System.arraycopy(x, 0, point, 0, point.length);
            this.value = value;
            this.gradient = gradient;
        }

        /** Computes the chunk's partials, on whichever thread calls it. */
        @Override
        public void run() {
            partials.compute(point, from, to, value, gradient);
        }

        /** Drops the reference to the caller's gradient, so a finished estimator holds no caller array. */
        void release() {
            gradient = null;
        }
    }
}
