package dev.gradus.app.service;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.error.GradusException;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.app.plugin.DiscoveredProvider;
import dev.gradus.app.plugin.ProviderInventory;
import dev.gradus.app.port.in.DataChoice;
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
    private final ProviderCatalog catalog;

    @Inject
    DescribeProviderService(ProviderInventory inventory, ProviderCatalog catalog) {
        this.inventory = inventory;
        this.catalog = catalog;
    }

    @Override
    public List<ProviderDescription> describe(String id) {
        return describe(id, null, 0);
    }

    @Override
    public List<ProviderDescription> describe(String id, DataChoice data, long seed) {
        List<ProviderDescription> found = new ArrayList<>();
        for (DiscoveredProvider discovered : inventory.providers()) {
            if (discovered.id().equals(id)) {
                found.add(describe(discovered, data, seed));
            }
        }
        if (found.isEmpty()) {
            throw new UnknownProviderException("optimizer, objective, estimator, schedule or data set", id,
                    inventory.providers().stream().map(DiscoveredProvider::id).distinct().sorted().toList());
        }
        return found;
    }

    private ProviderDescription describe(DiscoveredProvider discovered, DataChoice data, long seed) {
        Set<? extends Enum<?>> capabilities = Set.of();
        Dimensions dimensions = null;
        Dimensions atDefaults = null;
        ObjectiveMetadata metadata = null;
        if (discovered.kind() == ProviderKind.OPTIMIZER) {
            capabilities = ((OptimizerProvider) discovered.provider()).capabilities();
        } else if (discovered.kind() == ProviderKind.OBJECTIVE) {
            ObjectiveProvider provider = (ObjectiveProvider) discovered.provider();
            capabilities = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to list its capabilities", provider::capabilities);
            boolean learns = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to say whether it uses data", provider::dataUse)
                    == ObjectiveProvider.DataUse.REQUIRED;
            LearningData.Loaded loaded = learns && data == null ? null : LearningData.load(catalog, data, provider, seed);
            dimensions = provider.dimensions();
            if (learns && loaded == null) {
                return new ProviderDescription(discovered.summary(), provider.parameters(), capabilities, dimensions, null, null, true, null);
            }
            try {
                var defaults = provider.parameters().defaults();
                DataSet set = loaded == null ? null : loaded.data();
                atDefaults = provider.dimensions(defaults, set);
                int n = atDefaults.preferred();
                metadata = provider.create(new ObjectiveContext(n, defaults, seed, set)).metadata();
            } catch (GradusException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ProviderFailedException(ProviderKind.OBJECTIVE, discovered.id(), "to describe itself", e);
            }
            return new ProviderDescription(discovered.summary(), provider.parameters(), capabilities, dimensions, atDefaults, metadata, learns,
                    loaded == null ? null : loaded.summary());
        }
        return new ProviderDescription(discovered.summary(), discovered.provider().parameters(), capabilities, dimensions, atDefaults, metadata);
    }
}
