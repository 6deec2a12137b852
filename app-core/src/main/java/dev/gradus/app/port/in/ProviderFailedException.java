package dev.gradus.app.port.in;

import dev.gradus.api.error.GradusException;

/**
 * A provider threw while being set up for a run (a plugin bug, or a resource it could not read).
 * Names the provider; the cause is kept for diagnostics but is not shown to users as a stack trace.
 */
public final class ProviderFailedException extends GradusException {
    private static final long serialVersionUID = 1L;

    private final ProviderKind kind;
    private final String id;

    public ProviderFailedException(ProviderKind kind, String id, String during, Throwable cause) {
        super(kind.word() + " '" + id + "' failed " + during + ": " + describe(cause), cause);
        this.kind = kind;
        this.id = id;
    }

    public ProviderKind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    /** {@code ExceptionName: message}, or the name alone. */
    public static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
