package dev.gradus.figures;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Objective;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A 2-D function sampled once on a regular grid over a window: the data behind a filled landscape
 * and its contour lines.
 *
 * <p>The grid has {@code nx} nodes along x and {@code ny} along y, the first and last on the
 * window's edges, so {@code x(i) = xMin + i * dx} with {@code dx = (xMax - xMin) / (nx - 1)}.
 * Values are kept row by row in one flat array, {@code value(i, j)} at index {@code j * nx + i}.
 * A NaN or infinite sample is <em>missing</em>: it is kept as it is, left out of {@link #min()}
 * and {@link #max()}, drawn in {@link Palette#MISSING}, and no contour passes through a cell that
 * touches it.
 *
 * <p>Immutable once sampled; the function is not kept.
 */
public final class Landscape {

    /** Grid nodes per axis when none are given: fine enough for smooth contours, fast to sample. */
    public static final int DEFAULT_RESOLUTION = 200;

    private final Box window;
    private final int nx;
    private final int ny;
    private final double[] values;
    private final double min;
    private final double max;
    private final int missing;

    private Landscape(Box window, int nx, int ny, double[] values) {
        this.window = window;
        this.nx = nx;
        this.ny = ny;
        this.values = values;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int gaps = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            } else {
                gaps++;
            }
        }
        this.min = gaps == values.length ? Double.NaN : lo;
        this.max = gaps == values.length ? Double.NaN : hi;
        this.missing = gaps;
    }

    /**
     * Samples a 2-D objective over its metadata's plot window on the
     * {@linkplain #DEFAULT_RESOLUTION default} grid.
     *
     * @throws IllegalArgumentException when the objective is not 2-D
     */
    public static Landscape sample(Objective objective) {
        return sample(objective, objective.metadata().plotWindow(), DEFAULT_RESOLUTION, DEFAULT_RESOLUTION);
    }

    /**
     * Samples a 2-D objective over {@code window} on an {@code nx} by {@code ny} grid.
     *
     * @throws IllegalArgumentException when the objective or the window is not 2-D, or a grid size is below 2
     */
    public static Landscape sample(Objective objective, Box window, int nx, int ny) {
        if (objective.dimension() != 2) {
            throw new IllegalArgumentException("a landscape needs a 2-D objective, this one has dimension " + objective.dimension());
        }
        return sample(objective::value, window, nx, ny);
    }

    /**
     * Samples {@code f} over {@code window} on an {@code nx} by {@code ny} grid, calling it exactly
     * {@code nx * ny} times with one reused point array, which it must not keep or modify.
     *
     * @throws IllegalArgumentException when the window is not 2-D or a grid size is below 2
     */
    public static Landscape sample(ToDoubleFunction<double[]> f, Box window, int nx, int ny) {
        Objects.requireNonNull(f, "f");
        if (window.dimension() != 2) {
            throw new IllegalArgumentException("a landscape window must be 2-D, was " + window);
        }
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a landscape grid needs at least 2 x 2 nodes, was " + nx + " x " + ny);
        }
        double[] values = new double[nx * ny];
        double[] point = new double[2];
        double dx = (window.upper(0) - window.lower(0)) / (nx - 1);
        double dy = (window.upper(1) - window.lower(1)) / (ny - 1);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                point[0] = window.lower(0) + i * dx;
                point[1] = window.lower(1) + j * dy;
                values[j * nx + i] = f.applyAsDouble(point);
            }
        }
        return new Landscape(window, nx, ny, values);
    }

    /** The sampled window. */
    public Box window() {
        return window;
    }

    /** Grid nodes along x. */
    public int nx() {
        return nx;
    }

    /** Grid nodes along y. */
    public int ny() {
        return ny;
    }

    /** The spacing of grid nodes along x. */
    public double dx() {
        return (window.upper(0) - window.lower(0)) / (nx - 1);
    }

    /** The spacing of grid nodes along y. */
    public double dy() {
        return (window.upper(1) - window.lower(1)) / (ny - 1);
    }

    /** The x of grid column {@code i}, {@code 0 <= i < nx}. */
    public double x(int i) {
        return window.lower(0) + i * dx();
    }

    /** The y of grid row {@code j}, {@code 0 <= j < ny}. */
    public double y(int j) {
        return window.lower(1) + j * dy();
    }

    /** The sample at column {@code i}, row {@code j}; NaN or infinite where missing. */
    public double value(int i, int j) {
        return values[j * nx + i];
    }

    /** A copy of all samples, row by row: {@code value(i, j)} at index {@code j * nx + i}. */
    public double[] values() {
        return values.clone();
    }

    /** The smallest finite sample; NaN when no sample is finite. */
    public double min() {
        return min;
    }

    /** The largest finite sample; NaN when no sample is finite. */
    public double max() {
        return max;
    }

    /** How many samples are NaN or infinite. */
    public int missingCount() {
        return missing;
    }

    /** Whether at least one sample is finite. */
    public boolean hasFiniteValues() {
        return missing < values.length;
    }

    /** The samples themselves, for the drawing code in this package; never handed out. */
    double[] samples() {
        return values;
    }
}
