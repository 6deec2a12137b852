package dev.gradus.app.port.in;

import java.util.Arrays;

/**
 * The rows a run kept: step, loss, gradient norm and (when recorded) the point. A long run keeps an
 * evenly thinned subset: every {@link #stride()}-th step from its first row, plus the last row.
 * Immutable.
 */
public final class Trajectory {
    private final int dimension;
    private final boolean hasPoints;
    private final long stride;
    private final long[] steps;
    private final double[] losses;
    private final double[] gradientNorms;
    private final double[] points;

    /**
     * @param dimension     the number of coordinates of each point
     * @param hasPoints     whether {@code points} holds the coordinates
     * @param stride        the thinning stride: 1 when every row was kept
     * @param steps         step of each row, increasing
     * @param losses        loss of each row
     * @param gradientNorms gradient norm of each row
     * @param points        row-major coordinates, {@code rows * dimension} values when {@code hasPoints}, else empty
     */
    public Trajectory(int dimension, boolean hasPoints, long stride, long[] steps, double[] losses, double[] gradientNorms, double[] points) {
        this(dimension, hasPoints, stride, rows(steps, losses, gradientNorms), steps, losses, gradientNorms, points);
        if (hasPoints ? points.length != (long) steps.length * dimension : points.length != 0) {
            throw new IllegalArgumentException("points must hold rows * dimension values when recorded, none otherwise");
        }
    }

    /**
     * The first {@code rows} rows of longer arrays (a recorder's buffers), copied once.
     *
     * @param rows   how many rows to keep from the start of each array
     * @param points row-major coordinates, at least {@code rows * dimension} values when {@code hasPoints}
     */
    public Trajectory(int dimension, boolean hasPoints, long stride, int rows, long[] steps, double[] losses, double[] gradientNorms,
            double[] points) {
        if (rows < 0 || steps.length < rows || losses.length < rows || gradientNorms.length < rows) {
            throw new IllegalArgumentException(rows + " rows from arrays of " + steps.length + ", " + losses.length + " and " + gradientNorms.length);
        }
        long coordinates = hasPoints ? (long) rows * dimension : 0;
        if (points.length < coordinates) {
            throw new IllegalArgumentException("points must hold rows * dimension values when recorded");
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be >= 1");
        }
        this.dimension = dimension;
        this.hasPoints = hasPoints;
        this.stride = stride;
        this.steps = Arrays.copyOf(steps, rows);
        this.losses = Arrays.copyOf(losses, rows);
        this.gradientNorms = Arrays.copyOf(gradientNorms, rows);
        this.points = Arrays.copyOf(points, (int) coordinates);
    }

    private static int rows(long[] steps, double[] losses, double[] gradientNorms) {
        if (steps.length != losses.length || steps.length != gradientNorms.length) {
            throw new IllegalArgumentException("rows disagree: " + steps.length + ", " + losses.length + ", " + gradientNorms.length);
        }
        return steps.length;
    }

    /** The number of rows kept. */
    public int size() {
        return steps.length;
    }

    public int dimension() {
        return dimension;
    }

    /** Whether rows carry their points. */
    public boolean hasPoints() {
        return hasPoints;
    }

    /** 1 when every row was kept; else the rows are every {@code stride}-th step, plus the last. */
    public long stride() {
        return stride;
    }

    /** Whether rows were dropped to bound memory. */
    public boolean thinned() {
        return stride > 1;
    }

    public long step(int row) {
        return steps[row];
    }

    public double loss(int row) {
        return losses[row];
    }

    public double gradientNorm(int row) {
        return gradientNorms[row];
    }

    /**
     * One coordinate of a row's point.
     *
     * @throws IllegalStateException when points were not recorded
     */
    public double coordinate(int row, int coordinate) {
        requirePoints();
        return points[row * dimension + coordinate];
    }

    /**
     * A copy of a row's point.
     *
     * @throws IllegalStateException when points were not recorded
     */
    public double[] point(int row) {
        requirePoints();
        return Arrays.copyOfRange(points, row * dimension, (row + 1) * dimension);
    }

    private void requirePoints() {
        if (!hasPoints) {
            throw new IllegalStateException("this trajectory recorded losses only");
        }
    }
}
