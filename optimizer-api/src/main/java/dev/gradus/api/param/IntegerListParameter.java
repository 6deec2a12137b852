package dev.gradus.api.param;

import java.util.List;
import java.util.Objects;

/**
 * A non-empty list of whole numbers, each within inclusive bounds: a schedule's milestones, a
 * network's layer sizes. Written on the command line joined by dashes ({@code 30-60-90},
 * {@code 2-8-2}), so the numbers are never negative.
 *
 * @param name         snake_case name
 * @param description  one sentence
 * @param defaultValue the default list, every element within {@code [min, max]}
 * @param min          smallest allowed element, at least 0
 * @param max          largest allowed element ({@link Long#MAX_VALUE} for no upper bound)
 */
public record IntegerListParameter(String name, String description, List<Long> defaultValue, long min, long max)
        implements ParameterDescriptor {

    public IntegerListParameter {
        Names.check(name, description);
        defaultValue = List.copyOf(Objects.requireNonNull(defaultValue, "defaultValue"));
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("parameter '" + name + "' needs 0 <= min <= max, was " + min + ", " + max);
        }
        if (!contains(defaultValue, min, max)) {
            throw new IllegalArgumentException("default " + defaultValue + " of parameter '" + name + "' is not " + allowed(min, max));
        }
    }

    /** Whether {@code values} is a non-empty list of numbers within the bounds. */
    public boolean contains(List<Long> values) {
        return contains(values, min, max);
    }

    /** The list as written on the command line: {@code 30-60-90}. */
    public static String format(List<Long> values) {
        StringBuilder sb = new StringBuilder();
        for (Long value : values) {
            sb.append(sb.length() == 0 ? "" : "-").append(value);
        }
        return sb.toString();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.integerList(this);
    }

    @Override
    public Object defaultObject() {
        return defaultValue;
    }

    @Override
    public String allowedValues() {
        return allowed(min, max);
    }

    private static boolean contains(List<Long> values, long min, long max) {
        if (values.isEmpty()) {
            return false;
        }
        for (Long v : values) {
            if (v == null || v < min || v > max) {
                return false;
            }
        }
        return true;
    }

    private static String allowed(long min, long max) {
        return "whole numbers joined by '-', each " + (max == Long.MAX_VALUE ? ">= " + min : "in [" + min + ", " + max + "]");
    }
}
