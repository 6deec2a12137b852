package dev.gradus.app.plugin;

import dev.gradus.api.spi.Provider;
import dev.gradus.app.port.in.PluginProblem;
import dev.gradus.app.port.in.ProviderKind;
import java.util.List;

/**
 * What discovery found: the usable providers, at most one per kind and id, in discovery order
 * (class path first, then plugin folders in the order given), and the problems met.
 *
 * @param providers usable providers
 * @param problems  what was skipped and why
 */
public record ProviderInventory(List<DiscoveredProvider> providers, List<PluginProblem> problems) {

    public ProviderInventory {
        providers = List.copyOf(providers);
        problems = List.copyOf(problems);
    }

    /** The providers of one kind, as their service type. */
    public <P extends Provider> List<P> providers(ProviderKind kind, Class<P> type) {
        if (!type.equals(kind.service())) {
            throw new IllegalArgumentException(kind + " providers are " + kind.service().getSimpleName() + ", not " + type.getSimpleName());
        }
        return providers.stream().filter(p -> p.kind() == kind).map(p -> type.cast(p.provider())).toList();
    }

    /** The discovered providers of one kind. */
    public List<DiscoveredProvider> of(ProviderKind kind) {
        return providers.stream().filter(p -> p.kind() == kind).toList();
    }
}
