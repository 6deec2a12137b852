package dev.gradus.app.port.in;

import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.ProviderInfo;
import java.util.List;
import java.util.Objects;

/**
 * The data a run's objective learned from, for reports.
 *
 * @param name        the data set provider's id, or the file as given
 * @param provider    the data set provider, or null for a file
 * @param parameters  its effective parameter values, or null for a file
 * @param rows        the number of examples
 * @param features    the feature names
 * @param target      the target's name
 * @param classNames  the class names, empty for regression
 */
public record DataSummary(String name, ProviderInfo provider, ParameterValues parameters, int rows, List<String> features, String target,
                          List<String> classNames) {

    public DataSummary {
        Objects.requireNonNull(name, "name");
        if ((provider == null) != (parameters == null)) {
            throw new IllegalArgumentException("a data set provider goes with its parameter values");
        }
        features = List.copyOf(features);
        Objects.requireNonNull(target, "target");
        classNames = List.copyOf(classNames);
    }

    /** Whether the data came from a file. */
    public boolean isFile() {
        return provider == null;
    }

    /** {@code 4 rows, features x1, x2, target class (2 classes: 0, 1)}. */
    public String description() {
        return rows + " rows, features " + String.join(", ", features) + ", target " + target
                + (classNames.isEmpty() ? " (a number)" : " (" + classNames.size() + " classes: " + String.join(", ", classNames) + ")");
    }
}
