package dev.gradus.api.param;

/**
 * A whole-number hyperparameter with inclusive bounds.
 *
 * @param name         snake_case name
 * @param description  one sentence
 * @param defaultValue the default, within {@code [min, max]}
 * @param min          smallest allowed value
 * @param max          largest allowed value ({@link Long#MAX_VALUE} for no upper bound)
 */
public record IntegerParameter(String name, String description, long defaultValue, long min, long max)
        implements ParameterDescriptor {

    public IntegerParameter {
        Names.check(name, description);
        if (min > max) {
            throw new IllegalArgumentException("parameter '" + name + "' has min " + min + " > max " + max);
        }
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("default " + defaultValue + " of parameter '" + name + "' is outside " + allowed(min, max));
        }
    }

    /** Whether {@code value} is allowed. */
    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.integer(this);
    }

    @Override
    public Object defaultObject() {
        return defaultValue;
    }

    @Override
    public String allowedValues() {
        return allowed(min, max);
    }

    private static String allowed(long min, long max) {
        if (max == Long.MAX_VALUE) {
            return "a whole number >= " + min;
        }
        if (min == Long.MIN_VALUE) {
            return "a whole number <= " + max;
        }
        return "a whole number in [" + min + ", " + max + "]";
    }
}
