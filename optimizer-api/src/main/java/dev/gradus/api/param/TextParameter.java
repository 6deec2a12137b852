package dev.gradus.api.param;

import java.util.Objects;

/**
 * Free text of bounded length: a formula objective's expression, a list of variable names. The
 * descriptor checks only the length and that the text is a single line; what the text must say is
 * checked by the provider in {@code create}, which reports a mistake with its position (see
 * {@link dev.gradus.api.error.SyntaxException}).
 *
 * @param name         snake_case name
 * @param description  one sentence
 * @param defaultValue the default text, within the bounds
 * @param maxLength    the most characters allowed, at least 1
 */
public record TextParameter(String name, String description, String defaultValue, int maxLength) implements ParameterDescriptor {

    public TextParameter {
        Names.check(name, description);
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (maxLength < 1) {
            throw new IllegalArgumentException("parameter '" + name + "' needs maxLength >= 1, was " + maxLength);
        }
        if (!contains(defaultValue, maxLength)) {
            throw new IllegalArgumentException("default '" + defaultValue + "' of parameter '" + name + "' is not " + allowed(maxLength));
        }
    }

    /** Whether {@code text} is allowed: at most {@link #maxLength} characters, no line breaks or other control characters. */
    public boolean contains(String text) {
        return contains(text, maxLength);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.text(this);
    }

    @Override
    public Object defaultObject() {
        return defaultValue;
    }

    @Override
    public String allowedValues() {
        return allowed(maxLength);
    }

    private static boolean contains(String text, int maxLength) {
        if (text == null || text.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String allowed(int maxLength) {
        return "one line of text, at most " + maxLength + " characters";
    }
}
