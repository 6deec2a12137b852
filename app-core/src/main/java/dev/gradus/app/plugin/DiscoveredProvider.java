package dev.gradus.app.plugin;

import dev.gradus.api.spi.Provider;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.ProviderSummary;
import java.util.Objects;

/**
 * A provider that loaded and described itself properly.
 *
 * @param summary  its kind, identity (read once at discovery) and origin
 * @param provider the instance
 */
public record DiscoveredProvider(ProviderSummary summary, Provider provider) {

    public DiscoveredProvider {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(provider, "provider");
        if (!summary.kind().service().isInstance(provider)) {
            throw new IllegalArgumentException(provider.getClass().getName() + " is not a " + summary.kind().service().getSimpleName());
        }
    }

    public ProviderKind kind() {
        return summary.kind();
    }

    public String id() {
        return summary.id();
    }
}
