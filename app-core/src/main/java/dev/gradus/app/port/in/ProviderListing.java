package dev.gradus.app.port.in;

import java.util.List;

/**
 * Every provider found, by kind and then id, and every problem met while looking.
 *
 * @param providers the usable providers
 * @param problems  what was skipped and why
 */
public record ProviderListing(List<ProviderSummary> providers, List<PluginProblem> problems) {

    public ProviderListing {
        providers = List.copyOf(providers);
        problems = List.copyOf(problems);
    }

    /** The providers of one kind. */
    public List<ProviderSummary> of(ProviderKind kind) {
        return providers.stream().filter(p -> p.kind() == kind).toList();
    }
}
