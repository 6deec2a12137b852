package dev.gradus.gui.lab;

import java.util.Arrays;

/**
 * Every row of one run as it went, for playback: step, loss, gradient norm, and the point and the
 * gradient: always for runs of up to {@value #MAX_DIMENSION} coordinates, and for larger ones (a
 * network's weights, for its decision regions) as long as they fit in {@value #MAX_VECTOR_VALUES}
 * numbers, which bounds the rows kept. Rows beyond {@link #capacity()} are not kept (the run goes
 * on; playback ends at the last row kept). Filled on the run's thread, read on the UI thread only
 * after the run is reported finished.
 */
public final class Recorded {
    /** Points and gradients are kept for runs of at most this many coordinates. */
    public static final int MAX_DIMENSION = 3;
    /** The most rows kept: a million steps after the start. */
    public static final int MAX_ROWS = 1_000_001;
    /** The most coordinates kept for a run of more than {@value #MAX_DIMENSION} coordinates, over all its rows. */
    public static final int MAX_VECTOR_VALUES = 4_000_000;
    /** A larger run keeps its points only when at least this many rows of them fit. */
    static final int MIN_VECTOR_ROWS = 1000;

    private final int dimension;
    private final boolean vectors;
    private final int capacity;
    private long[] steps = new long[256];
    private double[] losses = new double[256];
    private double[] norms = new double[256];
    private double[] accuracies = new double[256];
    private double[] points;
    private double[] gradients;
    /** The optimizer's named state vectors by row, for runs of at most {@value #MAX_DIMENSION} coordinates. */
    private final java.util.Map<String, double[]> states = new java.util.LinkedHashMap<>();
    /** The Euclidean norm of each named state vector by row, for runs of any dimension. */
    private final java.util.Map<String, double[]> stateNorms = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, dev.gradus.api.optimizer.StateVectorKind> kinds = new java.util.HashMap<>();
    private int size;
    private BatchCurves batchCurves;

    Recorded(int dimension, int capacity) {
        this(dimension, capacity, dimension <= MAX_DIMENSION);
    }

    Recorded(int dimension, int capacity, boolean vectors) {
        this.dimension = dimension;
        this.vectors = vectors;
        this.capacity = capacity;
        this.points = vectors ? new double[256 * dimension] : new double[0];
        this.gradients = vectors ? new double[256 * dimension] : new double[0];
    }

    Recorded(int dimension) {
        this(dimension, dimension <= MAX_DIMENSION || dimension > MAX_VECTOR_VALUES / MIN_VECTOR_ROWS ? MAX_ROWS
                : MAX_VECTOR_VALUES / dimension, dimension <= MAX_VECTOR_VALUES / MIN_VECTOR_ROWS);
    }

    void add(long step, double loss, double norm, double[] point, double[] gradient) {
        add(step, loss, norm, Double.NaN, point, gradient);
    }

    void add(long step, double loss, double norm, double accuracy, double[] point, double[] gradient) {
        add(step, loss, norm, accuracy, point, gradient, java.util.Map.of());
    }

    void add(long step, double loss, double norm, double accuracy, double[] point, double[] gradient, java.util.Map<String, double[]> stateVectors) {
        if (size == capacity) {
            return;
        }
        if (size == steps.length) {
            int grown = (int) Math.min(capacity, 2L * steps.length);
            steps = Arrays.copyOf(steps, grown);
            losses = Arrays.copyOf(losses, grown);
            norms = Arrays.copyOf(norms, grown);
            accuracies = Arrays.copyOf(accuracies, grown);
            stateNorms.replaceAll((name, values) -> Arrays.copyOf(values, grown));
            if (vectors) {
                points = Arrays.copyOf(points, grown * dimension);
                gradients = Arrays.copyOf(gradients, grown * dimension);
                states.replaceAll((name, values) -> Arrays.copyOf(values, grown * dimension));
            }
        }
        if (size == 0) {
            stateVectors.forEach((name, v) -> stateNorms.put(name, new double[steps.length]));
        }
        for (var e : stateNorms.entrySet()) {
            double[] v = stateVectors.get(e.getKey());
            e.getValue()[size] = v == null ? Double.NaN : norm(v);
        }
        steps[size] = step;
        losses[size] = loss;
        norms[size] = norm;
        accuracies[size] = accuracy;
        if (vectors) {
            System.arraycopy(point, 0, points, size * dimension, dimension);
            System.arraycopy(gradient, 0, gradients, size * dimension, dimension);
            if (dimension <= MAX_DIMENSION) {
                if (size == 0) {
                    stateVectors.forEach((name, v) -> {
                        if (v.length == dimension) {
                            states.put(name, new double[steps.length * dimension]);
                        }
                    });
                }
                for (var e : states.entrySet()) {
                    double[] v = stateVectors.get(e.getKey());
                    if (v != null && v.length == dimension) {
                        System.arraycopy(v, 0, e.getValue(), size * dimension, dimension);
                    }
                }
            }
        }
        size++;
    }

    /** Starts keeping each row's batch curve over {@code window}; for 1-D stochastic runs, before the first row. */
    void keepBatchCurves(dev.gradus.api.objective.Box window) {
        batchCurves = new BatchCurves(window);
    }

    /** Keeps the batch curve of the row just added, when batch curves are kept. */
    void addBatchCurve(dev.gradus.app.port.out.StepView step) {
        if (batchCurves != null && batchCurves.rows() == size - 1) {
            batchCurves.add(step);
        }
    }

    /** Each row's mini-batch curve (1-D stochastic runs), or null when not kept. */
    public BatchCurves batchCurves() {
        return batchCurves;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double c : v) {
            sum += c * c;
        }
        return Math.sqrt(sum);
    }

    /** The names of the optimizer's state vectors whose norms are kept: all it has, at any dimension. */
    public java.util.List<String> stateNormNames() {
        return java.util.List.copyOf(stateNorms.keySet());
    }

    /** The Euclidean norm of state vector {@code name} at every row, a copy. */
    public double[] stateNorms(String name) {
        double[] norms = stateNorms.get(name);
        if (norms == null) {
            throw new IllegalArgumentException("no state vector '" + name + "'; there are " + stateNorms.keySet());
        }
        return Arrays.copyOf(norms, size);
    }

    /** Records what state vector {@code name} is, as its optimizer declares. */
    void setKind(String name, dev.gradus.api.optimizer.StateVectorKind kind) {
        kinds.put(name, kind);
    }

    /** What state vector {@code name} is; a direction unless set otherwise. */
    public dev.gradus.api.optimizer.StateVectorKind kind(String name) {
        return kinds.getOrDefault(name, dev.gradus.api.optimizer.StateVectorKind.DIRECTION);
    }

    /**
     * The largest component state vector {@code name} reaches over the rows kept, what a scale
     * glyph is sized against; NaN when it never exceeds 0 (or is not finite).
     */
    public double largestComponent(String name) {
        double[] values = states.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no state vector '" + name + "' kept; there are " + states.keySet());
        }
        double largest = 0;
        for (int i = 0; i < size * dimension; i++) {
            if (values[i] > largest) {
                largest = values[i];
            }
        }
        return largest > 0 && Double.isFinite(largest) ? largest : Double.NaN;
    }

    public int size() {
        return size;
    }

    public int dimension() {
        return dimension;
    }

    /** Whether points and gradients are kept. */
    public boolean hasVectors() {
        return vectors;
    }

    /** The most rows this keeps. */
    public int capacity() {
        return capacity;
    }

    public long step(int row) {
        return steps[row];
    }

    public double loss(int row) {
        return losses[row];
    }

    public double gradientNorm(int row) {
        return norms[row];
    }

    /** Coordinate {@code i} of the point of {@code row}. */
    public double coordinate(int row, int i) {
        return points[row * dimension + i];
    }

    /** The names of the optimizer's state vectors kept (empty when none are). */
    public java.util.List<String> stateNames() {
        return java.util.List.copyOf(states.keySet());
    }

    /** State vector {@code name} as it stood at {@code row} (after the updates that led to that point), a copy. */
    public double[] state(String name, int row) {
        return Arrays.copyOfRange(states.get(name), row * dimension, (row + 1) * dimension);
    }

    /** The point of {@code row}, a copy. */
    public double[] point(int row) {
        return Arrays.copyOfRange(points, row * dimension, (row + 1) * dimension);
    }

    /** Component {@code i} of the gradient at the point of {@code row}. */
    public double gradient(int row, int i) {
        return gradients[row * dimension + i];
    }

    /** The last row at or before {@code step}; -1 when there is none. */
    public int rowAt(long step) {
        int found = Arrays.binarySearch(steps, 0, size, step);
        return found >= 0 ? found : -found - 2;
    }

    /** The steps of the rows, a copy. */
    public long[] steps() {
        return Arrays.copyOf(steps, size);
    }

    /** The losses of the rows, a copy. */
    public double[] losses() {
        return Arrays.copyOf(losses, size);
    }

    /** The accuracy of each row (NaN where none was computed), a copy. */
    public double[] accuracies() {
        return Arrays.copyOf(accuracies, size);
    }

    /** The gradient norms of the rows, a copy. */
    public double[] gradientNorms() {
        return Arrays.copyOf(norms, size);
    }

    /** Coordinate {@code i} of every row, a copy. */
    public double[] coordinates(int i) {
        double[] values = new double[size];
        for (int r = 0; r < size; r++) {
            values[r] = points[r * dimension + i];
        }
        return values;
    }
}
