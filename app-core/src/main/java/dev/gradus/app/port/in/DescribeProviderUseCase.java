package dev.gradus.app.port.in;

import java.util.List;

/** Describes providers by id. */
public interface DescribeProviderUseCase {

    /**
     * Every provider with this id (an optimizer and an objective may share one), by kind.
     *
     * @throws UnknownProviderException when no provider of any kind has it
     */
    List<ProviderDescription> describe(String id);

    /**
     * As {@link #describe(String)}, with an objective that learns from data described on this
     * data (its parameter count and shape depend on it).
     *
     * @param data the data, or null
     * @param seed the seed generated data is made with
     */
    List<ProviderDescription> describe(String id, DataChoice data, long seed);
}
