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
 * @param capabilities for an optimizer, what it needs beyond a plain step; empty otherwise
 * @param dimensions   for an objective, the dimensions it can make; null otherwise
 * @param metadata     for an objective, its metadata at the preferred dimension with default
 *                     parameters; null otherwise
 */
public record ProviderDescription(ProviderSummary summary, ParameterSpace parameters, Set<OptimizerCapability> capabilities,
                                  Dimensions dimensions, ObjectiveMetadata metadata) {

    public ProviderDescription {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(parameters, "parameters");
        capabilities = Set.copyOf(capabilities);
    }

    /** The objective's dimensions, for an objective. */
    public Optional<Dimensions> objectiveDimensions() {
        return Optional.ofNullable(dimensions);
    }

    /** The objective's metadata at its preferred dimension, for an objective. */
    public Optional<ObjectiveMetadata> objectiveMetadata() {
        return Optional.ofNullable(metadata);
    }
}
