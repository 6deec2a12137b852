package dev.gradus.impl.gradient;

import dev.gradus.impl.parallel.HandOff;
import dev.gradus.impl.parallel.RangeJob;
import dev.gradus.impl.parallel.RangeWorkers;
import java.util.function.LongSupplier;

/**
 * Computes a gradient's partials in parallel on the shared {@link RangeWorkers}: the coordinates
 * split into contiguous ranges, one per thread that shares the call, each range perturbing its own
 * copy of the point and writing its own partials. Every partial is computed by the same arithmetic
 * on the same point as in a serial sweep, so the gradient is the serial one bit for bit, however
 * many threads shared the call and whichever of them ran which range.
 *
 * <p>A range's copy of the point is made the first time a call has that many ranges and kept for
 * the next calls, so after the first few nothing is allocated. A copy is only ever used by the
 * thread running its range, and the worker hand-off orders one call's use before the next's (see
 * {@link RangeWorkers}'s memory model).
 *
 * <p>A call may be timed: the caller's own range (the first, which the caller always runs itself)
 * is timed on {@code clock} and scaled to every coordinate, an estimate of what the gradient costs
 * on one thread, which the automatic choice of {@link FiniteDifferenceProvider} reads.
 */
final class CoordinateWorkers extends RangeJob {
    private final Partials partials;
    private final RangeWorkers workers;
    private final LongSupplier clock;
    private final int dimension;
    private final double[][] points;
    private double[] x;
    private double value;
    private double[] gradient;
    private boolean timed;
    private long firstRangeNanos;
    private int firstRangeLength;

    /**
     * @param partials  the rule
     * @param dimension the number of coordinates
     * @param threads   the most threads a call uses, at least 2 and at most {@code dimension}
     * @param workers   the workers to share calls with
     * @param clock     nanoseconds, for timed calls
     */
    CoordinateWorkers(Partials partials, int dimension, int threads, RangeWorkers workers, LongSupplier clock) {
        if (threads < 2 || threads > dimension) {
            throw new IllegalArgumentException("need 2 to " + dimension + " threads, not " + threads);
        }
        this.partials = partials;
        this.workers = workers;
        this.clock = clock;
        this.dimension = dimension;
        this.points = new double[threads][];
    }

    /** Announces the caller as computing ({@link RangeWorkers#enter}); returns how many are. */
    int enter() {
        return workers.enter();
    }

    /** Ends {@link #enter}. */
    void leave() {
        workers.leave();
    }

    /** The most threads a call uses. */
    int threads() {
        return points.length;
    }

    /**
     * Every partial at {@code x}.
     *
     * @param x        the point. Not modified.
     * @param value    {@code f(x)} or NaN, passed to the rule
     * @param gradient receives every partial. Modified.
     * @param handOff  how patient the caller is with the workers
     * @param timed    whether to time the caller's range for {@link #serialEstimateNanos}
     * @return how many threads shared the call
     */
    int compute(double[] x, double value, double[] gradient, HandOff handOff, boolean timed) {
        return compute(x, value, gradient, handOff, timed, points.length);
    }

    /** {@link #compute} on at most {@code threads} threads, at most {@link #threads()}; 1 runs the whole gradient on the caller, on its copy of the point. */
    int compute(double[] x, double value, double[] gradient, HandOff handOff, boolean timed, int threads) {
        this.x = x;
        this.value = value;
        this.gradient = gradient;
        this.timed = timed;
        try {
            return workers.apply(this, dimension, Math.min(threads, points.length), handOff);
        } finally {
            // a finished estimator holds no caller array
            this.x = null;
            this.gradient = null;
        }
    }

    /** What the last timed call would have taken on one thread: its caller's range's time, scaled to every coordinate. */
    long serialEstimateNanos() {
        return Math.round((double) firstRangeNanos * dimension / firstRangeLength);
    }

    /** One range's partials on its own copy of the point, on whichever thread runs it. */
    @Override
    protected void run(int part, int from, int to) {
        double[] point = points[part];
        if (point == null) {
            point = new double[dimension];
            points[part] = point;
        }
        System.arraycopy(x, 0, point, 0, dimension);
        // one call site of the rule, timed or not: two, compiled apart, made the parallel gradients up to a third slower
        boolean timing = part == 0 && timed;
        long start = timing ? clock.getAsLong() : 0;
        partials.compute(point, from, to, value, gradient);
        if (timing) {
            firstRangeNanos = clock.getAsLong() - start;
            firstRangeLength = to - from;
        }
    }
}
