package dev.gradus.api.param;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A constraint across parameters that no single range expresses (torch's "Nesterov momentum
 * requires a momentum and zero dampening").
 *
 * @param description what must hold, in words; shown when it does not
 * @param parameters  the parameters involved, named in the violation
 * @param holds       true when the values satisfy the rule; only called on values that are each in range. To say
 *                    more than the description (what is allowed, looked up elsewhere: the ids of other
 *                    providers), it may instead throw an {@link InvalidParametersException} of its own
 *                    violations (since 1.3); they are reported together with every other rule's
 */
public record ParameterRule(String description, List<String> parameters, Predicate<ParameterValues> holds) {

    public ParameterRule {
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(holds, "holds");
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("rule '" + description + "' names no parameter");
        }
    }
}
