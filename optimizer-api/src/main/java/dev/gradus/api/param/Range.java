package dev.gradus.api.param;

/**
 * An interval of allowed real values. Either end may be open or closed, and infinite; an infinite
 * end that is closed admits the infinity itself (a clipping norm of {@code inf}, say). NaN is never
 * in a range.
 *
 * @param min          lower end, may be {@code -inf}
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper end, may be {@code +inf}
 * @param maxInclusive whether {@code max} itself is allowed
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    public Range {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            throw new IllegalArgumentException("range ends must not be NaN");
        }
        if (min > max || (min == max && !(minInclusive && maxInclusive))) {
            throw new IllegalArgumentException("empty range " + describe(min, minInclusive, max, maxInclusive));
        }
    }

    /** Every finite number. */
    public static Range all() {
        return new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
    }

    /** {@code [min, +inf)}. */
    public static Range atLeast(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false);
    }

    /** {@code (min, +inf)}. */
    public static Range greaterThan(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false);
    }

    /** {@code (-inf, max]}. */
    public static Range atMost(double max) {
        return new Range(Double.NEGATIVE_INFINITY, false, max, true);
    }

    /** {@code [min, max]}. */
    public static Range closed(double min, double max) {
        return new Range(min, true, max, true);
    }

    /** {@code [min, max)}. */
    public static Range closedOpen(double min, double max) {
        return new Range(min, true, max, false);
    }

    /** {@code (min, max]}. */
    public static Range openClosed(double min, double max) {
        return new Range(min, false, max, true);
    }

    /** {@code (min, max)}. */
    public static Range open(double min, double max) {
        return new Range(min, false, max, false);
    }

    /** Whether {@code value} is allowed. */
    public boolean contains(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /** The range in words as users read it: {@code [0, 1)}, {@code >= 0}, {@code > 0}, {@code any number}. */
    @Override
    public String toString() {
        return describe(min, minInclusive, max, maxInclusive);
    }

    private static String describe(double min, boolean minInclusive, double max, boolean maxInclusive) {
        boolean lowerOpenEnded = min == Double.NEGATIVE_INFINITY && !minInclusive;
        boolean upperOpenEnded = max == Double.POSITIVE_INFINITY && !maxInclusive;
        if (lowerOpenEnded && upperOpenEnded) {
            return "any number";
        }
        if (upperOpenEnded) {
            return (minInclusive ? ">= " : "> ") + number(min);
        }
        if (lowerOpenEnded) {
            return (maxInclusive ? "<= " : "< ") + number(max);
        }
        return (minInclusive ? "[" : "(") + number(min) + ", " + number(max) + (maxInclusive ? "]" : ")");
    }

    static String number(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (value == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
