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
 * Makes an objective from a choice: binds its values, makes or reads its data, settles the
 * dimension, creates it and checks it kept the dimension. Every use case that makes an objective
 * (runs, gradient checks, views, decision regions) goes through it; those that bind other providers'
 * values too, or check a checkpoint before the objective is made, call its steps ({@link #load},
 * {@link #create}) in between.
 */
final class ObjectiveMaking {
    private ObjectiveMaking() {
    }

    /** An objective made, with what it was made from. */
    record Made(ObjectiveProvider provider, ParameterValues values, DataSet data, Objective objective, ObjectiveMetadata metadata) {
    }

    /**
     * An objective's provider with its values bound and its data loaded: what settles its
     * dimensions, before it is made.
     *
     * @param loaded     the data and its summary, or null for an objective without data
     * @param dimensions the dimensions it takes with these values and data
     */
    record Bound(ObjectiveProvider provider, ParameterValues values, LearningData.Loaded loaded, Dimensions dimensions) {
        /** The data, or null. */
        DataSet data() {
            return loaded == null ? null : loaded.data();
        }

        /** The provider's id. */
        String id() {
            return provider.info().id();
        }
    }

    /**
     * Makes an objective from a choice, as a run does.
     *
     * @param dimension  the dimension asked for, or null
     * @param point      a point whose length sets the dimension, or null
     * @param pointField the command field of {@code point}, named in errors
     */
    static Made make(ProviderCatalog catalog, ComponentChoice choice, DataChoice dataChoice, Integer dimension, double[] point, String pointField,
                     long seed) {
        ObjectiveProvider provider = catalog.objective(choice.id());
        List<ParameterViolation> violations = new ArrayList<>();
        ParameterValues values = ProviderCalls.bind(provider, choice, violations);
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        Bound bound = load(catalog, provider, values, dataChoice, seed);
        return create(bound, ProviderCalls.dimension(bound.id(), bound.dimensions(), dimension, point, pointField), seed);
    }

    /**
     * Loads the data of an objective whose values are bound (the caller collects their violations
     * with its other providers') and asks it its dimensions.
     */
    static Bound load(ProviderCatalog catalog, ObjectiveProvider provider, ParameterValues values, DataChoice dataChoice, long seed) {
        LearningData.Loaded loaded = LearningData.load(catalog, dataChoice, provider, seed);
        DataSet data = loaded == null ? null : loaded.data();
        Dimensions dimensions = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to say its dimensions", () -> provider.dimensions(values, data));
        return new Bound(provider, values, loaded, dimensions);
    }

    /** Creates the bound objective at dimension {@code n} and checks it kept it; reads its metadata. */
    static Made create(Bound bound, int n, long seed) {
        ObjectiveProvider provider = bound.provider();
        Objective objective = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to make the objective",
                () -> provider.create(new ObjectiveContext(n, bound.values(), seed, bound.data())));
        if (objective.dimension() != n) {
            throw new ProviderFailedException(ProviderKind.OBJECTIVE, bound.id(), "to keep its contract",
                    new IllegalStateException("asked for dimension " + n + ", it made dimension " + objective.dimension()));
        }
        ObjectiveMetadata metadata = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to describe itself", objective::metadata);
        return new Made(provider, bound.values(), bound.data(), objective, metadata);
    }
}
