package dev.gradus.impl.gradient;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Computes a gradient's partials in parallel: the coordinates split into contiguous chunks, one
 * per worker, each worker perturbing its own copy of the point. The copies and the tasks are made
 * once, with the estimator; a call copies the point into each and forks the tasks onto a shared
 * pool of daemon threads, the calling thread taking the first chunk itself. Every partial is
 * computed by the same arithmetic on the same point as in a serial sweep, so the gradient is the
 * serial one bit for bit.
 */
final class CoordinateWorkers {
    /** Shared by every estimator: as many threads as processors, daemon, made on first use. */
    private static final class Pool {
        static final ForkJoinPool INSTANCE = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    private final Chunk[] chunks;

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
            Pool.INSTANCE.execute(chunks[k]);
        }
        RuntimeException failure = null;
        try {
            chunks[0].run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (int k = 1; k < chunks.length; k++) {
            try {
                chunks[k].join();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        for (Chunk chunk : chunks) {
            chunk.release();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** One contiguous range of coordinates with its own copy of the point. */
    private static final class Chunk extends RecursiveAction {
        private static final long serialVersionUID = 1L;

        private final transient Partials partials;
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
            reinitialize();
            System.arraycopy(x, 0, point, 0, point.length);
            this.value = value;
            this.gradient = gradient;
        }

        /** Runs the chunk on the calling thread. */
        void run() {
            partials.compute(point, from, to, value, gradient);
        }

        /** Drops the reference to the caller's gradient, so a finished estimator holds no caller array. */
        void release() {
            gradient = null;
        }

        @Override
        protected void compute() {
            run();
        }
    }
}
