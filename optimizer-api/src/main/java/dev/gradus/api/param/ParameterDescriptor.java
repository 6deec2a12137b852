package dev.gradus.api.param;

import java.util.regex.Pattern;

/**
 * One declared hyperparameter. The type is sealed: front ends build their options and forms by
 * handling each of the six kinds through a {@link Visitor} (the exhaustive switch of Java 17: a
 * visitor that forgets a kind does not compile), so a plugin's parameters appear on the command
 * line and in the desktop lab with no code of its own.
 */
public sealed interface ParameterDescriptor permits RealParameter, IntegerParameter, BooleanParameter, ChoiceParameter, IntegerListParameter,
        TextParameter {

    /** snake_case name as torch.optim spells it ({@code lr}, {@code weight_decay}). */
    String name();

    /** One sentence for help texts and tooltips. */
    String description();

    /**
     * The default value, boxed: {@link Double}, {@link Long}, {@link Boolean}, {@link String} (for a
     * choice or a text), or an immutable {@code List<Long>} for an {@link IntegerListParameter}.
     */
    Object defaultObject();

    /** The allowed values in words, for messages and help ({@code [0, 1)}, {@code true or false}). */
    String allowedValues();

    /** Calls the visitor's method for this descriptor's kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of descriptor.
     *
     * @param <R> what the visit yields
     */
    interface Visitor<R> {
        R real(RealParameter parameter);

        R integer(IntegerParameter parameter);

        R bool(BooleanParameter parameter);

        R choice(ChoiceParameter parameter);

        R integerList(IntegerListParameter parameter);

        R text(TextParameter parameter);
    }

    /** Whether {@code name} is a valid parameter name: lowercase snake_case starting with a letter. */
    static boolean isValidName(String name) {
        return name != null && Names.SNAKE_CASE.matcher(name).matches();
    }

    /** Holder of the name pattern, kept out of the public interface. */
    final class Names {
        static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

        private Names() {
        }

        static void check(String name, String description) {
            if (!isValidName(name)) {
                throw new IllegalArgumentException("parameter name '" + name + "' is not lowercase snake_case (like 'weight_decay')");
            }
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("parameter '" + name + "' has no description");
            }
        }
    }
}
