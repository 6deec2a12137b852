package dev.gradus.api.error;

/**
 * Base of every exception Gradus throws for a problem it can explain: bad input, a refused
 * configuration, a plugin that broke its contract. Adapters show {@link #getMessage()} as one
 * clear line and never a stack trace; anything that is not a {@code GradusException} is a bug.
 */
public class GradusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GradusException(String message) {
        super(message);
    }

    public GradusException(String message, Throwable cause) {
        super(message, cause);
    }
}
