package dev.gradus.app.port.in;

import java.util.Objects;

/**
 * A provider or plugin file that could not be used: it is skipped and everything else works.
 *
 * @param location the jar or folder at fault (or the class path entry)
 * @param reason   what went wrong, in words
 */
public record PluginProblem(String location, String reason) {

    public PluginProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code location: reason}. */
    public String message() {
        return location + ": " + reason;
    }
}
