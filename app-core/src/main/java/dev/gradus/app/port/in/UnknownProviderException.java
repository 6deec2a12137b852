package dev.gradus.app.port.in;

import dev.gradus.api.error.GradusException;
import java.util.List;

/** No provider has the id asked for; {@link #known()} lists the ids there are. */
public final class UnknownProviderException extends GradusException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;
    private final transient List<String> known;

    /**
     * @param kind  what was looked for, in words ({@code optimizer}; {@code provider} for any kind)
     * @param id    the id asked for
     * @param known the ids of that kind, sorted
     */
    public UnknownProviderException(String kind, String id, List<String> known) {
        super("unknown " + kind + " '" + id + "'; known: " + (known.isEmpty() ? "none" : String.join(", ", known)));
        this.kind = kind;
        this.id = id;
        this.known = List.copyOf(known);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public List<String> known() {
        return known;
    }
}
