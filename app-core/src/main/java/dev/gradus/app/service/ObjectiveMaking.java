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
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.ProviderFailedException;
import dev.gradus.app.port.in.ProviderKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes an objective from a choice as a run does: binds its values, makes or reads its data,
 * settles the dimension, creates it and checks it kept the dimension. For the use cases that draw
 * or evaluate an objective outside a run.
 */
final class ObjectiveMaking {
    private ObjectiveMaking() {
    }

    /** An objective made, with what it was made from. */
    record Made(ObjectiveProvider provider, ParameterValues values, DataSet data, Objective objective, ObjectiveMetadata metadata) {
    }

    /**
     * @param dimension  the dimension asked for, or null
     * @param point      a point whose length sets the dimension, or null
     * @param pointField the command field of {@code point}, named in errors
     */
    static Made make(ProviderCatalog catalog, ComponentChoice choice, DataChoice dataChoice, Integer dimension, double[] point, String pointField,
                     long seed) {
        ObjectiveProvider provider = catalog.objective(choice.id());
        String id = provider.info().id();
        List<ParameterViolation> violations = new ArrayList<>();
        ParameterValues values = ProviderCalls.bind(provider, choice, violations);
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        LearningData.Loaded loaded = LearningData.load(catalog, dataChoice, provider, seed);
        DataSet data = loaded == null ? null : loaded.data();
        Dimensions dimensions = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to say its dimensions", () -> provider.dimensions(values, data));
        int n = ProviderCalls.dimension(id, dimensions, dimension, point, pointField);
        Objective objective = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to make the objective",
                () -> provider.create(new ObjectiveContext(n, values, seed, data)));
        if (objective.dimension() != n) {
            throw new ProviderFailedException(ProviderKind.OBJECTIVE, id, "to keep its contract",
                    new IllegalStateException("asked for dimension " + n + ", it made dimension " + objective.dimension()));
        }
        ObjectiveMetadata metadata = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to describe itself", objective::metadata);
        return new Made(provider, values, data, objective, metadata);
    }
}
