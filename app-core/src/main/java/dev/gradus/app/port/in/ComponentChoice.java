package dev.gradus.app.port.in;

import dev.gradus.api.param.ParameterSpace;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A provider chosen by id with the parameter values given for it. Values may be text (as typed)
 * or typed ({@link Number}, {@link Boolean}, {@link String}); they are validated against the
 * provider's parameters when the command runs, every violation at once.
 *
 * @param id     the provider's id
 * @param values parameter values by name; absent names take their defaults
 */
public record ComponentChoice(String id, Map<String, Object> values) {

    public ComponentChoice {
        Objects.requireNonNull(id, "id");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    }

    /** The provider with default parameters. */
    public static ComponentChoice of(String id) {
        return new ComponentChoice(id, Map.of());
    }

    /** The provider with these values. */
    public static ComponentChoice of(String id, Map<String, ?> values) {
        return new ComponentChoice(id, new LinkedHashMap<>(values));
    }

    /**
     * The provider with values from {@code NAME=VALUE} texts.
     *
     * @throws dev.gradus.api.param.InvalidParametersException for a text without {@code =} or a name given twice
     */
    public static ComponentChoice fromAssignments(String id, List<String> assignments) {
        return new ComponentChoice(id, new LinkedHashMap<>(ParameterSpace.splitAssignments(id, assignments)));
    }
}
