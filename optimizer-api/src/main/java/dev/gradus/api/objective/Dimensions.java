package dev.gradus.api.objective;

/**
 * Which dimensions an objective provider can make: one fixed dimension ({@code beale} is 2-D) or
 * a range ({@code sphere} is any {@code n >= 1}).
 *
 * @param min       smallest dimension, at least 1
 * @param max       largest dimension ({@link Integer#MAX_VALUE} for no bound)
 * @param preferred the dimension used when the user names none, within {@code [min, max]}
 */
public record Dimensions(int min, int max, int preferred) {

    public Dimensions {
        if (min < 1 || max < min || preferred < min || preferred > max) {
            throw new IllegalArgumentException("bad dimensions min=" + min + " max=" + max + " preferred=" + preferred);
        }
    }

    /** Exactly {@code n} dimensions. */
    public static Dimensions fixed(int n) {
        return new Dimensions(n, n, n);
    }

    /** Any dimension of at least {@code min}; {@code preferred} when none is given. */
    public static Dimensions atLeast(int min, int preferred) {
        return new Dimensions(min, Integer.MAX_VALUE, preferred);
    }

    /** Whether the dimension is fixed. */
    public boolean isFixed() {
        return min == max;
    }

    /** Whether {@code n} is a dimension this provider can make. */
    public boolean accepts(int n) {
        return n >= min && n <= max;
    }

    /** {@code 2}, or {@code any >= 1}, or {@code 2 to 10}. */
    @Override
    public String toString() {
        if (isFixed()) {
            return Integer.toString(min);
        }
        return max == Integer.MAX_VALUE ? "any >= " + min : min + " to " + max;
    }
}
