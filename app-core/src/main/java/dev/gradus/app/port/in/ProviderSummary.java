package dev.gradus.app.port.in;

import dev.gradus.api.spi.ProviderInfo;
import java.util.Objects;

/**
 * A discovered provider as listed: what it is and where it came from.
 *
 * @param kind   optimizer, objective or estimator
 * @param info   its identity
 * @param origin where it was loaded from: {@code built-in}, or the jar or folder path
 */
public record ProviderSummary(ProviderKind kind, ProviderInfo info, String origin) {

    public ProviderSummary {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(origin, "origin");
    }

    public String id() {
        return info.id();
    }
}
