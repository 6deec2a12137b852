package dev.gradus.api.optimizer;

import dev.gradus.api.error.InvalidStateException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A deep, immutable copy of an optimizer state: its dimension, its step count, and named arrays
 * and numbers. Hosts write it to state files; {@link Optimizer#restore} reads it back. Names are
 * free-form per optimizer but must be stable across versions that share a state format.
 */
public final class StateSnapshot {
    private final int dimension;
    private final long steps;
    private final Map<String, double[]> arrays;
    private final Map<String, Double> numbers;

    private StateSnapshot(int dimension, long steps, Map<String, double[]> arrays, Map<String, Double> numbers) {
        this.dimension = dimension;
        this.steps = steps;
        this.arrays = arrays;
        this.numbers = numbers;
    }

    /**
     * Starts a snapshot of a state in {@code dimension} coordinates after {@code steps} updates;
     * dimension 0 for state that has no per-coordinate part (a learning-rate schedule's).
     */
    public static Builder builder(int dimension, long steps) {
        return new Builder(dimension, steps);
    }

    public int dimension() {
        return dimension;
    }

    public long steps() {
        return steps;
    }

    /** The array names, in the order they were added. */
    public Set<String> arrayNames() {
        return Collections.unmodifiableSet(arrays.keySet());
    }

    /** The number names, in the order they were added. */
    public Set<String> numberNames() {
        return Collections.unmodifiableSet(numbers.keySet());
    }

    /**
     * A copy of the array named {@code name}, checked to have {@code length} elements.
     *
     * @throws InvalidStateException when it is missing or of another length
     */
    public double[] array(String name, int length) {
        double[] values = arrays.get(name);
        if (values == null) {
            throw new InvalidStateException("no array '" + name + "' in the saved state; it has " + arrays.keySet());
        }
        if (values.length != length) {
            throw new InvalidStateException("array '" + name + "' has " + values.length + " elements, expected " + length);
        }
        return values.clone();
    }

    /** A copy of the array named {@code name}, any length; null when absent. */
    public double[] arrayOrNull(String name) {
        double[] values = arrays.get(name);
        return values == null ? null : values.clone();
    }

    /**
     * The number named {@code name}.
     *
     * @throws InvalidStateException when it is missing
     */
    public double number(String name) {
        Double value = numbers.get(name);
        if (value == null) {
            throw new InvalidStateException("no number '" + name + "' in the saved state; it has " + numbers.keySet());
        }
        return value;
    }

    /**
     * Checks that this snapshot is for {@code expected} coordinates.
     *
     * @return this
     * @throws InvalidStateException when it is not
     */
    public StateSnapshot requireDimension(int expected) {
        if (dimension != expected) {
            throw new InvalidStateException("the saved state has dimension " + dimension + ", expected " + expected);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StateSnapshot other) || dimension != other.dimension || steps != other.steps
                || !numbers.equals(other.numbers) || !arrays.keySet().equals(other.arrays.keySet())) {
            return false;
        }
        for (Map.Entry<String, double[]> e : arrays.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.arrays.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, steps, arrays.keySet(), numbers);
    }

    @Override
    public String toString() {
        return "StateSnapshot[dimension=" + dimension + ", steps=" + steps + ", arrays=" + arrays.keySet() + ", numbers=" + numbers + "]";
    }

    /** Builds a {@link StateSnapshot}, copying every array it is given. */
    public static final class Builder {
        private final int dimension;
        private final long steps;
        private final Map<String, double[]> arrays = new LinkedHashMap<>();
        private final Map<String, Double> numbers = new LinkedHashMap<>();

        private Builder(int dimension, long steps) {
            if (dimension < 0 || steps < 0) {
                throw new IllegalArgumentException("dimension and steps must be >= 0: " + dimension + ", " + steps);
            }
            this.dimension = dimension;
            this.steps = steps;
        }

        /** Adds a copy of {@code values} under {@code name}. */
        public Builder array(String name, double[] values) {
            if (arrays.containsKey(name) || numbers.containsKey(name)) {
                throw new IllegalArgumentException("state entry '" + name + "' added twice");
            }
            arrays.put(Objects.requireNonNull(name, "name"), values.clone());
            return this;
        }

        /** Adds a number under {@code name}. */
        public Builder number(String name, double value) {
            if (arrays.containsKey(name) || numbers.containsKey(name)) {
                throw new IllegalArgumentException("state entry '" + name + "' added twice");
            }
            numbers.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        public StateSnapshot build() {
            return new StateSnapshot(dimension, steps, Collections.unmodifiableMap(new LinkedHashMap<>(arrays)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(numbers)));
        }
    }
}
