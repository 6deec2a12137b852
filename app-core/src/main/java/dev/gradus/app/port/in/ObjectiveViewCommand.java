package dev.gradus.app.port.in;

import java.util.Objects;

/**
 * Which objective to draw.
 *
 * @param objective the objective and its parameter values
 * @param dimension the dimension, or null: the objective's preferred one
 * @param data      its data, for one that learns from data; else null
 * @param seed      the seed, for objectives that draw random data
 */
public record ObjectiveViewCommand(ComponentChoice objective, Integer dimension, DataChoice data, long seed) {
    public ObjectiveViewCommand {
        Objects.requireNonNull(objective, "objective");
        if (dimension != null && dimension < 1) {
            throw InvalidInputException.of("dimension", dimension.toString(), "must be a whole number >= 1");
        }
    }
}
