package dev.gradus.app.service;

import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.app.plugin.DiscoveredProvider;
import dev.gradus.app.plugin.ProviderInventory;
import dev.gradus.app.port.in.DescribeProviderUseCase;
import dev.gradus.app.port.in.ProviderDescription;
import dev.gradus.app.port.in.ProviderFailedException;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.UnknownProviderException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Describes every provider with a given id. */
@Singleton
public final class DescribeProviderService implements DescribeProviderUseCase {
    private final ProviderInventory inventory;

    @Inject
    DescribeProviderService(ProviderInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public List<ProviderDescription> describe(String id) {
        List<ProviderDescription> found = new ArrayList<>();
        for (DiscoveredProvider discovered : inventory.providers()) {
            if (discovered.id().equals(id)) {
                found.add(describe(discovered));
            }
        }
        if (found.isEmpty()) {
            throw new UnknownProviderException("optimizer, objective, estimator or schedule", id,
                    inventory.providers().stream().map(DiscoveredProvider::id).distinct().sorted().toList());
        }
        return found;
    }

    private static ProviderDescription describe(DiscoveredProvider discovered) {
        Set<OptimizerCapability> capabilities = Set.of();
        Dimensions dimensions = null;
        Dimensions atDefaults = null;
        ObjectiveMetadata metadata = null;
        if (discovered.kind() == ProviderKind.OPTIMIZER) {
            capabilities = ((OptimizerProvider) discovered.provider()).capabilities();
        } else if (discovered.kind() == ProviderKind.OBJECTIVE) {
            ObjectiveProvider provider = (ObjectiveProvider) discovered.provider();
            dimensions = provider.dimensions();
            try {
                var defaults = provider.parameters().defaults();
                atDefaults = provider.dimensions(defaults);
                int n = atDefaults.preferred();
                metadata = provider.create(new ObjectiveContext(n, defaults, 0)).metadata();
            } catch (RuntimeException e) {
                throw new ProviderFailedException(ProviderKind.OBJECTIVE, discovered.id(), "to describe itself", e);
            }
        }
        return new ProviderDescription(discovered.summary(), discovered.provider().parameters(), capabilities, dimensions, atDefaults, metadata);
    }
}
