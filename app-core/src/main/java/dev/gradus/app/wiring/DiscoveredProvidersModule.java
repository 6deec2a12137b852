package dev.gradus.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.Provider;
import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.app.plugin.DiscoveredProvider;
import dev.gradus.app.plugin.ProviderInventory;
import dev.gradus.app.port.in.ProviderKind;

/** Binds discovered providers into {@code Map<String, XProvider>} by id, and the inventory itself. */
public final class DiscoveredProvidersModule extends AbstractModule {
    private final ProviderInventory inventory;

    public DiscoveredProvidersModule(ProviderInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    protected void configure() {
        bind(ProviderInventory.class).toInstance(inventory);
        bindAll(ProviderKind.OPTIMIZER, OptimizerProvider.class);
        bindAll(ProviderKind.OBJECTIVE, ObjectiveProvider.class);
        bindAll(ProviderKind.ESTIMATOR, GradientEstimatorProvider.class);
        bindAll(ProviderKind.SCHEDULE, ScheduleProvider.class);
        bindAll(ProviderKind.DATA_SET, DataSetProvider.class);
    }

    private <P extends Provider> void bindAll(ProviderKind kind, Class<P> type) {
        MapBinder<String, P> byId = MapBinder.newMapBinder(binder(), String.class, type);
        for (DiscoveredProvider discovered : inventory.of(kind)) {
            byId.addBinding(discovered.id()).toInstance(type.cast(discovered.provider()));
        }
    }
}
