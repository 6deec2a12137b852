package dev.gradus.app.port.in;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The data a learning objective is fitted to: a data set provider's id with its parameter values
 * ({@code --data two-moons -d noise=0.2}), or the user's CSV file with its target column
 * ({@code --data points.csv --target y}).
 *
 * @param id         the data set provider's id, or null for a file
 * @param values     the provider's parameter values as given (text or typed), empty for a file
 * @param file       the CSV file, or null for a provider
 * @param target     the file's target column, or null for a provider
 * @param targetType how to read the file's target column, or null for a provider
 */
public record DataChoice(String id, Map<String, ?> values, Path file, String target, TargetType targetType) {

    public DataChoice {
        values = Map.copyOf(values);
        if ((id == null) == (file == null)) {
            throw new IllegalArgumentException("data is a provider id or a file, not both or neither");
        }
        if (file != null) {
            Objects.requireNonNull(target, "a file's target column");
            Objects.requireNonNull(targetType, "a file's target type");
            if (!values.isEmpty()) {
                throw InvalidInputException.of("data", file.toString(), "data parameters (-d) apply to generated data sets, not to a file");
            }
        }
    }

    /** A generated data set. */
    public static DataChoice generated(String id, Map<String, ?> values) {
        return new DataChoice(Objects.requireNonNull(id, "id"), values, null, null, null);
    }

    /** The user's CSV file. */
    public static DataChoice file(Path file, String target, TargetType type) {
        return new DataChoice(null, Map.of(), file, target, type);
    }

    /** Whether this is a file. */
    public boolean isFile() {
        return file != null;
    }

    /** The id, or the file as given. */
    public String name() {
        return id != null ? id : file.toString();
    }
}
