package dev.gradus.api.param;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Validated values for every parameter of a {@link ParameterSpace}, defaults filled in. Immutable.
 * Only a {@code ParameterSpace} makes them, so holding one means every value is in range and every
 * rule holds.
 *
 * <p>Providers read them once in {@code create} into final fields; nothing here is meant for a
 * hot loop.
 */
public final class ParameterValues {
    private final ParameterSpace space;
    private final Object[] values;

    ParameterValues(ParameterSpace space, Object[] values) {
        this.space = space;
        this.values = values;
    }

    /** The space these values belong to. */
    public ParameterSpace space() {
        return space;
    }

    /** Whether the space declares {@code name}. */
    public boolean has(String name) {
        return space.descriptor(name).isPresent();
    }

    /**
     * The value of a real parameter.
     *
     * @throws IllegalArgumentException when {@code name} is not a declared real parameter
     */
    public double real(String name) {
        return typed(name, Double.class);
    }

    /**
     * The value of an integer parameter.
     *
     * @throws IllegalArgumentException when {@code name} is not a declared integer parameter
     */
    public long integer(String name) {
        return typed(name, Long.class);
    }

    /**
     * The value of a boolean parameter.
     *
     * @throws IllegalArgumentException when {@code name} is not a declared boolean parameter
     */
    public boolean bool(String name) {
        return typed(name, Boolean.class);
    }

    /**
     * The value of a choice parameter.
     *
     * @throws IllegalArgumentException when {@code name} is not a declared choice parameter
     */
    public String choice(String name) {
        return typed(name, String.class);
    }

    /**
     * The value of a text parameter, exactly as given (not stripped).
     *
     * @throws IllegalArgumentException when {@code name} is not a declared text parameter
     */
    public String text(String name) {
        if (!(space.descriptor(name).orElse(null) instanceof TextParameter)) {
            throw new IllegalArgumentException("parameter '" + name + "' is not a text parameter");
        }
        return (String) get(name);
    }

    /**
     * The value of an integer-list parameter, immutable.
     *
     * @throws IllegalArgumentException when {@code name} is not a declared integer-list parameter
     */
    @SuppressWarnings("unchecked")
    public List<Long> integers(String name) {
        return (List<Long>) typed(name, List.class);
    }

    /** The value, boxed ({@link Double}, {@link Long}, {@link Boolean}, {@link String} or {@code List<Long>}). */
    public Object get(String name) {
        return values[space.indexOf(name)];
    }

    /** The value as text that {@link ParameterSpace#parse} reads back to the same value. */
    public String format(String name) {
        Object value = get(name);
        if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Long> values = (List<Long>) list;
            return IntegerListParameter.format(values);
        }
        if (value instanceof Double d) {
            if (d == Double.POSITIVE_INFINITY) {
                return "inf";
            }
            if (d == Double.NEGATIVE_INFINITY) {
                return "-inf";
            }
        }
        return String.valueOf(value);
    }

    /**
     * These values with some changed, validated again as {@link ParameterSpace#bind} does.
     *
     * @throws InvalidParametersException when the result is not valid
     */
    public ParameterValues with(String owner, Map<String, ?> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(asMap());
        merged.putAll(changes);
        return space.bind(owner, merged);
    }

    /** Every value by name, in declaration order. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(space.descriptors().get(i).name(), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    private <T> T typed(String name, Class<T> type) {
        Object value = get(name);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("parameter '" + name + "' is not of type " + type.getSimpleName());
        }
        return type.cast(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues other && space.equals(other.space) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(space, Arrays.hashCode(values));
    }

    /** {@code lr=0.001, momentum=0.9}. */
    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ");
        for (String name : space.names()) {
            joiner.add(name + "=" + format(name));
        }
        return joiner.toString();
    }
}
