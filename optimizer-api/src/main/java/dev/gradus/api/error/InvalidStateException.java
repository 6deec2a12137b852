package dev.gradus.api.error;

import java.util.Objects;

/**
 * A saved optimizer state cannot be restored: it belongs to another optimizer, another
 * dimension, or lacks an entry the optimizer needs.
 */
public final class InvalidStateException extends GradusException {
    private static final long serialVersionUID = 1L;

    private final String problem;

    public InvalidStateException(String problem) {
        super("invalid optimizer state: " + Objects.requireNonNull(problem, "problem"));
        this.problem = problem;
    }

    /** What is wrong with the state, in words. */
    public String problem() {
        return problem;
    }
}
