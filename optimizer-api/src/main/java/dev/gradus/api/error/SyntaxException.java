package dev.gradus.api.error;

import java.util.Objects;

/**
 * A text parameter (a formula) that does not say something well-formed, with where: which
 * parameter, the position of the first problem and what was expected there. Adapters show
 * {@link #caret(String)} under the message, the text with a caret under the position:
 *
 * <pre>
 *   x^2 + * y
 *         ^
 * </pre>
 */
public final class SyntaxException extends GradusException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String text;
    private final int position;
    private final String problem;

    /**
     * @param parameter the name of the text parameter the text was given for ({@code expression})
     * @param text     the whole text
     * @param position index of the character at fault, {@code text.length()} for its end
     * @param problem  what is wrong there and what is allowed, in words
     */
    public SyntaxException(String parameter, String text, int position, String problem) {
        super(Objects.requireNonNull(parameter, "parameter") + ": " + Objects.requireNonNull(problem, "problem") + " (column " + (position + 1) + ")");
        this.parameter = parameter;
        this.text = Objects.requireNonNull(text, "text");
        if (position < 0 || position > text.length()) {
            throw new IllegalArgumentException("position " + position + " is outside the text of length " + text.length());
        }
        this.position = position;
        this.problem = problem;
    }

    /** The name of the text parameter at fault ({@code expression}, {@code vars}). */
    public String parameter() {
        return parameter;
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    /** Index of the character at fault; the text's length when the problem is its end. */
    public int position() {
        return position;
    }

    /** The 1-based column of {@link #position()}. */
    public int column() {
        return position + 1;
    }

    /** What is wrong and what is allowed, without the position. */
    public String problem() {
        return problem;
    }

    /**
     * Two lines: the text, and a caret under the position.
     *
     * @param indent put before each line
     */
    public String caret(String indent) {
        return indent + text + System.lineSeparator() + indent + " ".repeat(position) + "^";
    }
}
