package dev.gradus.app.service;

import dev.gradus.app.plugin.DiscoveredProvider;
import dev.gradus.app.plugin.ProviderInventory;
import dev.gradus.app.port.in.ListProvidersUseCase;
import dev.gradus.app.port.in.ProviderListing;
import dev.gradus.app.port.in.ProviderSummary;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;

/** Lists the discovered providers by kind and id, with the problems discovery met. */
@Singleton
public final class ListProvidersService implements ListProvidersUseCase {
    private final ProviderInventory inventory;

    @Inject
    ListProvidersService(ProviderInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public ProviderListing list() {
        return new ProviderListing(inventory.providers().stream()
                .map(DiscoveredProvider::summary)
                .sorted(Comparator.comparing(ProviderSummary::kind).thenComparing(ProviderSummary::id))
                .toList(), inventory.problems());
    }
}
