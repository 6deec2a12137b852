package dev.gradus.app.port.in;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Objects;

/**
 * An objective made for a view.
 *
 * @param provider   its provider
 * @param parameters its effective parameter values
 * @param objective  the objective; safe to evaluate from the view's threads
 * @param metadata   its metadata
 * @param data       the data it learns from, or null
 */
public record ObjectiveView(ProviderInfo provider, ParameterValues parameters, Objective objective, ObjectiveMetadata metadata, DataSet data) {
    public ObjectiveView {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(metadata, "metadata");
    }
}
