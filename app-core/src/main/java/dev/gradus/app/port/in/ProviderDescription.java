package dev.gradus.app.port.in;

import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.param.ParameterSpace;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything there is to say about one provider.
 *
 * @param summary      identity and origin
 * @param parameters   the parameters it accepts, with defaults and ranges
 * @param capabilities what the provider declares: an optimizer's {@code OptimizerCapability}s, an objective's
 *                     {@code ObjectiveCapability}s; empty for other kinds
 * @param dimensions   for an objective, the dimensions it can make; null otherwise
 * @param dimensionsAtDefaults for an objective, the dimensions it makes with its default parameter
 *                     values (a formula's: its variables'); null otherwise
 * @param metadata     for an objective, its metadata at the preferred dimension with default
 *                     parameters (and the data, for one that learns from data); null otherwise, and for an
 *                     objective that learns from data when none was given
 * @param learnsFromData for an objective, whether it is fitted to a data set ({@code --data})
 * @param data         the data it was described with, for an objective that learns from data; else null
 */
public record ProviderDescription(ProviderSummary summary, ParameterSpace parameters, Set<? extends Enum<?>> capabilities,
                                  Dimensions dimensions, Dimensions dimensionsAtDefaults, ObjectiveMetadata metadata, boolean learnsFromData,
                                  DataSummary data) {

    /** A description of a provider that learns from no data. */
    public ProviderDescription(ProviderSummary summary, ParameterSpace parameters, Set<? extends Enum<?>> capabilities,
                               Dimensions dimensions, Dimensions dimensionsAtDefaults, ObjectiveMetadata metadata) {
        this(summary, parameters, capabilities, dimensions, dimensionsAtDefaults, metadata, false, null);
    }

    public ProviderDescription {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(parameters, "parameters");
        capabilities = Set.copyOf(capabilities);
    }

    /** The objective's dimensions, for an objective. */
    public Optional<Dimensions> objectiveDimensions() {
        return Optional.ofNullable(dimensions);
    }

    /**
     * For an objective whose dimension its parameters set (a formula's variables), the dimensions
     * at the default values; empty otherwise.
     */
    public Optional<Dimensions> dimensionsSetByParameters() {
        return dimensions == null || dimensions.equals(dimensionsAtDefaults) ? Optional.empty() : Optional.ofNullable(dimensionsAtDefaults);
    }

    /** The objective's metadata at its preferred dimension, for an objective. */
    public Optional<ObjectiveMetadata> objectiveMetadata() {
        return Optional.ofNullable(metadata);
    }
}
