package dev.gradus.app.service;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.app.port.in.ObjectiveView;
import dev.gradus.app.port.in.ObjectiveViewCommand;
import dev.gradus.app.port.in.ObjectiveViewUseCase;
import dev.gradus.app.port.in.ProviderFailedException;
import dev.gradus.app.port.in.ProviderKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

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
        ObjectiveProvider provider = catalog.objective(command.objective().id());
        String id = provider.info().id();
        List<ParameterViolation> violations = new ArrayList<>();
        ParameterValues values = ProviderCalls.bind(provider, command.objective(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        LearningData.Loaded loaded = LearningData.load(catalog, command.data(), provider, command.seed());
        DataSet data = loaded == null ? null : loaded.data();
        Dimensions dimensions = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to say its dimensions", () -> provider.dimensions(values, data));
        int n = ProviderCalls.dimension(id, dimensions, command.dimension(), null, "start");
        Objective objective = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to make the objective",
                () -> provider.create(new ObjectiveContext(n, values, command.seed(), data)));
        if (objective.dimension() != n) {
            throw new ProviderFailedException(ProviderKind.OBJECTIVE, id, "to keep its contract",
                    new IllegalStateException("asked for dimension " + n + ", it made dimension " + objective.dimension()));
        }
        ObjectiveMetadata metadata = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to describe itself", objective::metadata);
        return new ObjectiveView(provider.info(), values, objective, metadata, data);
    }
}
