package dev.gradus.api.objective;

import java.util.Arrays;

/**
 * An axis-aligned box: per coordinate, a lower and an upper bound with {@code lower < upper}.
 * Used for plot windows and domains.
 */
public final class Box {
    private final double[] lower;
    private final double[] upper;

    private Box(double[] lower, double[] upper) {
        if (lower.length == 0 || lower.length != upper.length) {
            throw new IllegalArgumentException("box bounds must be non-empty and of equal length: " + lower.length + " vs " + upper.length);
        }
        for (int i = 0; i < lower.length; i++) {
            if (!Double.isFinite(lower[i]) || !Double.isFinite(upper[i]) || !(lower[i] < upper[i])) {
                throw new IllegalArgumentException("box coordinate " + i + " needs finite lower < upper, was [" + lower[i] + ", " + upper[i] + "]");
            }
        }
        this.lower = lower;
        this.upper = upper;
    }

    /** The box with these bounds (copied). */
    public static Box of(double[] lower, double[] upper) {
        return new Box(lower.clone(), upper.clone());
    }

    /** The 2-D box {@code [xMin, xMax] x [yMin, yMax]}. */
    public static Box of(double xMin, double xMax, double yMin, double yMax) {
        return new Box(new double[] {xMin, yMin}, new double[] {xMax, yMax});
    }

    /** The 1-D interval {@code [min, max]}. */
    public static Box interval(double min, double max) {
        return new Box(new double[] {min}, new double[] {max});
    }

    /** The cube {@code [min, max]^n}. */
    public static Box cube(int n, double min, double max) {
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(lo, min);
        Arrays.fill(hi, max);
        return new Box(lo, hi);
    }

    public int dimension() {
        return lower.length;
    }

    public double lower(int coordinate) {
        return lower[coordinate];
    }

    public double upper(int coordinate) {
        return upper[coordinate];
    }

    /** Whether {@code x} lies in the box, bounds included. */
    public boolean contains(double[] x) {
        if (x.length != lower.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= lower[i] && x[i] <= upper[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box other && Arrays.equals(lower, other.lower) && Arrays.equals(upper, other.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lower.length; i++) {
            sb.append(i == 0 ? "" : " x ").append('[').append(lower[i]).append(", ").append(upper[i]).append(']');
        }
        return sb.toString();
    }
}
