package dev.gradus.api.param;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One of a fixed list of words ({@code line_search_fn}: {@code none} or {@code strong_wolfe}).
 *
 * @param name         snake_case name
 * @param description  one sentence
 * @param defaultValue the default, one of {@code choices}
 * @param choices      the allowed words, in display order, without duplicates
 */
public record ChoiceParameter(String name, String description, String defaultValue, List<String> choices)
        implements ParameterDescriptor {

    public ChoiceParameter {
        Names.check(name, description);
        choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "' has no choices");
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            throw new IllegalArgumentException("parameter '" + name + "' lists a choice twice: " + choices);
        }
        for (String choice : choices) {
            if (choice.isBlank() || !choice.equals(choice.strip())) {
                throw new IllegalArgumentException("parameter '" + name + "' has a blank or padded choice '" + choice + "'");
            }
        }
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException("default '" + defaultValue + "' of parameter '" + name + "' is not one of " + choices);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.choice(this);
    }

    @Override
    public Object defaultObject() {
        return defaultValue;
    }

    @Override
    public String allowedValues() {
        return "one of " + String.join(", ", choices);
    }
}
