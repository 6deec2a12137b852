package dev.gradus.app.service;

import dev.gradus.app.port.in.Trajectory;

/**
 * Keeps a bounded, evenly thinned record of a run's rows. All memory is allocated up front, so
 * recording allocates nothing per step. Rows are kept at steps that are multiples of a stride; when
 * the buffer fills, every second row is dropped and the stride doubles. One slot is reserved for the
 * final row, which is always kept.
 */
final class TrajectoryRecorder {
    /** The most coordinates kept in all, whatever the row limit: 2^22 doubles, 32 MiB. */
    static final long MAX_COORDINATES = 1L << 22;

    private final int dimension;
    private final boolean points;
    private final int capacity;
    private final long[] steps;
    private final double[] losses;
    private final double[] norms;
    private final double[] coordinates;
    private final long first;
    private int size;
    private long stride = 1;

    /**
     * @param dimension coordinates per point
     * @param points    whether to keep points
     * @param maxRows   the most rows to keep, at least 3
     * @param first     the step of the first row (0, or where a resumed run starts)
     * @param budget    the step budget: the run offers at most {@code budget + 1} rows
     */
    TrajectoryRecorder(int dimension, boolean points, int maxRows, long first, long budget) {
        if (maxRows < 3) {
            throw new IllegalArgumentException("keep at least 3 rows, not " + maxRows);
        }
        this.dimension = dimension;
        this.points = points;
        this.first = first;
        long byMemory = points ? Math.max(3, MAX_COORDINATES / dimension) : Long.MAX_VALUE;
        long rowsNeeded = budget >= Long.MAX_VALUE - 2 ? Long.MAX_VALUE : budget + 2;
        this.capacity = (int) Math.max(3, Math.min(Math.min(maxRows, byMemory), rowsNeeded));
        this.steps = new long[capacity];
        this.losses = new double[capacity];
        this.norms = new double[capacity];
        this.coordinates = points ? new double[Math.multiplyExact(capacity, dimension)] : new double[0];
    }

    /** Offers the row of {@code step}; steps must count up by one from the first. Kept when it falls on the stride. */
    void offer(long step, double loss, double norm, double[] point) {
        long offset = step - first;
        if (offset % stride != 0) {
            return;
        }
        if (size == capacity - 1) {
            compact();
            if (offset % stride != 0) {
                return;
            }
        }
        put(size++, step, loss, norm, point);
    }

    /** Makes sure the run's final row, {@code step}, is the last row kept. Call once, at the end. */
    void close(long step, double loss, double norm, double[] point) {
        if (size > 0 && steps[size - 1] == step) {
            return;
        }
        put(size++, step, loss, norm, point);
    }

    private void compact() {
        int kept = 0;
        for (int row = 0; row < size; row += 2) {
            steps[kept] = steps[row];
            losses[kept] = losses[row];
            norms[kept] = norms[row];
            if (points) {
                System.arraycopy(coordinates, row * dimension, coordinates, kept * dimension, dimension);
            }
            kept++;
        }
        size = kept;
        stride *= 2;
    }

    private void put(int row, long step, double loss, double norm, double[] point) {
        steps[row] = step;
        losses[row] = loss;
        norms[row] = norm;
        if (points) {
            System.arraycopy(point, 0, coordinates, row * dimension, dimension);
        }
    }

    /** The rows kept. */
    Trajectory toTrajectory() {
        return new Trajectory(dimension, points, stride, size, steps, losses, norms, coordinates);
    }
}
