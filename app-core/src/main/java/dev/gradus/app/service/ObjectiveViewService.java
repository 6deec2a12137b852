package dev.gradus.app.service;

import dev.gradus.app.port.in.ObjectiveView;
import dev.gradus.app.port.in.ObjectiveViewCommand;
import dev.gradus.app.port.in.ObjectiveViewUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Makes an objective as a run does (the same binding, data, dimension and seed), for drawing it. */
@Singleton
public final class ObjectiveViewService implements ObjectiveViewUseCase {
    private final ProviderCatalog catalog;

    @Inject
    ObjectiveViewService(ProviderCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ObjectiveView open(ObjectiveViewCommand command) {
        ObjectiveMaking.Made made = ObjectiveMaking.make(catalog, command.objective(), command.data(), command.dimension(), null, "start",
                command.seed());
        return new ObjectiveView(made.provider().info(), made.values(), made.objective(), made.metadata(), made.data());
    }

}
