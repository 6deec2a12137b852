package dev.gradus.app.port.in;

import dev.gradus.api.error.GradusException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input to a use case was refused; {@link #problems()} lists every reason found. Fields are named
 * as the command records name them ({@code start}, {@code dimension}, {@code steps}); adapters
 * map them to their own words (the command line's {@code --start}).
 */
public final class InvalidInputException extends GradusException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem. */
    public static InvalidInputException of(String field, String value, String reason) {
        return new InvalidInputException(List.of(new Problem(field, value, reason)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One refused input.
     *
     * @param field  the command field at fault
     * @param value  the value given, as text
     * @param reason what is wrong and what is allowed
     */
    public record Problem(String field, String value, String reason) {
        public Problem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
        }

        /** {@code field: reason}. */
        public String message() {
            return field + ": " + reason;
        }
    }
}
