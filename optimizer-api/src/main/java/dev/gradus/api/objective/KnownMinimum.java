package dev.gradus.api.objective;

import java.util.Arrays;

/**
 * A known minimizer and the objective's value there.
 */
public final class KnownMinimum {
    private final double[] point;
    private final double value;

    private KnownMinimum(double[] point, double value) {
        if (point.length == 0) {
            throw new IllegalArgumentException("a minimum needs a point");
        }
        for (double v : point) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a minimum's point must be finite: " + Arrays.toString(point));
            }
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a minimum's value must be finite, was " + value);
        }
        this.point = point;
        this.value = value;
    }

    /** The minimum at {@code point} (copied) with value {@code value}. */
    public static KnownMinimum at(double[] point, double value) {
        return new KnownMinimum(point.clone(), value);
    }

    /** A copy of the minimizer. */
    public double[] point() {
        return point.clone();
    }

    /** One coordinate of the minimizer. */
    public double coordinate(int i) {
        return point[i];
    }

    public int dimension() {
        return point.length;
    }

    /** The objective's value at the minimizer. */
    public double value() {
        return value;
    }

    /** Euclidean distance from {@code x} to this minimizer. */
    public double distanceTo(double[] x) {
        double sum = 0;
        for (int i = 0; i < point.length; i++) {
            double d = x[i] - point[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnownMinimum other && Arrays.equals(point, other.point) && Double.compare(value, other.value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(point) + Double.hashCode(value);
    }

    @Override
    public String toString() {
        return "f" + Arrays.toString(point) + " = " + value;
    }
}
