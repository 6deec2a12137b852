package dev.gradus.figures;

import dev.gradus.api.objective.ObjectiveMetadata;
import java.util.Arrays;

/**
 * The values at which contour lines are drawn, spaced linearly or logarithmically between a lower
 * and an upper bound, and the matching position of any value on the colour map.
 *
 * <p><b>Linear</b>: {@code count} levels {@code lower + (upper - lower) * k / (count + 1)} for
 * {@code k = 1 .. count}, all strictly inside the range.
 *
 * <p><b>Logarithmic</b>: the spacing is of {@code f - lower}, not of {@code f}: the levels are
 * {@code lower + (upper - lower) * 10^(-decades * (1 - k / count))} for {@code k = 0 .. count - 1},
 * from {@code decades} decades above the minimum up to just below the maximum. Measuring from the
 * minimum makes the spacing work for any sign of it (a landscape whose minimum is 0, 3 or -1.03
 * alike) and crowds the levels near the minimum, where deep narrow valleys (Rosenbrock) need them;
 * no epsilon has to be guessed, because the lowest level is a fixed fraction of the range. This is
 * the spacing used for objectives whose metadata says {@link ObjectiveMetadata#logScaledContours()}.
 *
 * <p>The colour map follows the same spacing: {@link #fraction(double)} is linear in {@code f} for
 * linear levels and linear in {@code log10(f - lower)} for logarithmic ones, so contour lines are
 * evenly spread over the colours in both cases. Immutable.
 */
public final class ContourLevels {

    /** How levels are spaced. */
    public enum Spacing {
        /** Evenly in the value. */
        LINEAR,
        /** Evenly in the logarithm of the height above the lower bound. */
        LOGARITHMIC
    }

    /** Levels drawn when no count is given. */
    public static final int DEFAULT_COUNT = 15;

    /** Decades below the range's top that logarithmic levels reach when none are given. */
    public static final double DEFAULT_DECADES = 4;

    private final Spacing spacing;
    private final double lower;
    private final double upper;
    private final double decades;
    private final double[] levels;

    private ContourLevels(Spacing spacing, double lower, double upper, double decades, double[] levels) {
        this.spacing = spacing;
        this.lower = lower;
        this.upper = upper;
        this.decades = decades;
        this.levels = levels;
    }

    /**
     * {@code count} evenly spaced levels strictly between {@code lower} and {@code upper}; none when
     * the bounds are equal.
     *
     * @throws IllegalArgumentException when a bound is not finite, {@code lower > upper} or {@code count < 0}
     */
    public static ContourLevels linear(double lower, double upper, int count) {
        check(lower, upper, count);
        double span = upper - lower;
        double[] levels = new double[span > 0 ? count : 0];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = lower + span * (k + 1) / (count + 1);
        }
        return new ContourLevels(Spacing.LINEAR, lower, upper, Double.NaN, levels);
    }

    /** {@link #logarithmic(double, double, int, double)} over {@link #DEFAULT_DECADES} decades. */
    public static ContourLevels logarithmic(double lower, double upper, int count) {
        return logarithmic(lower, upper, count, DEFAULT_DECADES);
    }

    /**
     * {@code count} levels spaced evenly in {@code log10(f - lower)}, the lowest {@code decades}
     * decades of {@code upper - lower} above {@code lower}; none when the bounds are equal.
     *
     * @throws IllegalArgumentException when a bound is not finite, {@code lower > upper},
     *                                  {@code count < 0} or {@code decades} is not positive and finite
     */
    public static ContourLevels logarithmic(double lower, double upper, int count, double decades) {
        check(lower, upper, count);
        if (!(decades > 0) || !Double.isFinite(decades)) {
            throw new IllegalArgumentException("decades must be positive and finite, was " + decades);
        }
        double span = upper - lower;
        double[] levels = new double[span > 0 ? count : 0];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = lower + span * Math.pow(10, -decades * (1 - (double) k / count));
        }
        return new ContourLevels(Spacing.LOGARITHMIC, lower, upper, decades, levels);
    }

    /**
     * {@code count} levels over a landscape's finite range, logarithmic when {@code logScaled}
     * (pass {@link ObjectiveMetadata#logScaledContours()}). A landscape without finite samples
     * gets no levels over {@code [0, 0]}.
     */
    public static ContourLevels of(Landscape landscape, boolean logScaled, int count) {
        double lo = landscape.hasFiniteValues() ? landscape.min() : 0;
        double hi = landscape.hasFiniteValues() ? landscape.max() : 0;
        return logScaled ? logarithmic(lo, hi, count) : linear(lo, hi, count);
    }

    private static void check(double lower, double upper, int count) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("level bounds need finite lower <= upper, were [" + lower + ", " + upper + "]");
        }
        if (count < 0) {
            throw new IllegalArgumentException("level count must be >= 0, was " + count);
        }
    }

    /** How the levels are spaced. */
    public Spacing spacing() {
        return spacing;
    }

    /** The bottom of the range: the colour map's value 0. */
    public double lower() {
        return lower;
    }

    /** The top of the range: the colour map's value 1. */
    public double upper() {
        return upper;
    }

    /** Decades covered by logarithmic levels; NaN for linear ones. */
    public double decades() {
        return decades;
    }

    /** How many levels there are. */
    public int count() {
        return levels.length;
    }

    /** The {@code k}-th level, ascending. */
    public double level(int k) {
        return levels[k];
    }

    /** A copy of the levels, ascending. */
    public double[] values() {
        return levels.clone();
    }

    /**
     * Where {@code f} falls on the colour map, in {@code [0, 1]}: linear in {@code f} or in
     * {@code log10(f - lower)} to match the spacing, clamped at both ends; NaN for a NaN or infinite
     * {@code f} (missing), and 0 when the range is a single value.
     */
    public double fraction(double f) {
        if (!Double.isFinite(f)) {
            return Double.NaN;
        }
        double span = upper - lower;
        if (!(span > 0)) {
            return 0;
        }
        double t;
        if (spacing == Spacing.LINEAR) {
            t = (f - lower) / span;
        } else {
            double height = (f - lower) / span;
            t = height > 0 ? 1 + Math.log10(height) / decades : 0;
        }
        return Math.min(1, Math.max(0, t));
    }

    /**
     * The value at position {@code t} of the colour map, the inverse of {@link #fraction(double)}
     * within the range. For logarithmic levels {@code valueAt(0)} is the lowest reach,
     * {@code lower + (upper - lower) * 10^-decades}.
     */
    public double valueAt(double t) {
        double span = upper - lower;
        return spacing == Spacing.LINEAR ? lower + span * t : lower + span * Math.pow(10, decades * (t - 1));
    }

    @Override
    public String toString() {
        return spacing + " levels over [" + lower + ", " + upper + "]: " + Arrays.toString(levels);
    }
}
