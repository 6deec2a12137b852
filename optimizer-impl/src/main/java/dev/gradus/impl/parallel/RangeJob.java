package dev.gradus.impl.parallel;

/**
 * Work over the indices {@code [0, length)} whose contiguous ranges may run at once on different
 * threads: an element-wise optimizer step, a gradient's partial derivatives. {@link RangeWorkers}
 * splits the indices into as many ranges as it found threads for and calls {@link #run} once per
 * range; the subclass holds what the ranges read and write, set by its caller before
 * {@link RangeWorkers#apply} and visible to the workers through it.
 *
 * <p>A job object is also its caller's claim on the workers it takes, so it belongs to one caller
 * at a time (one run): two threads must not apply the same job at once.
 */
public abstract class RangeJob {

    /**
     * Does the work of the indices {@code [from, to)}. Part 0 (the lowest indices) always runs on
     * the thread that called {@link RangeWorkers#apply}; any other part runs on a worker, or on the
     * caller when it took the range back. No two calls of one {@code apply} share a part number or
     * an index.
     *
     * @param part which of the ranges, from 0; less than the number of threads asked for
     * @param from first index
     * @param to   one past the last index
     */
    protected abstract void run(int part, int from, int to);
}
