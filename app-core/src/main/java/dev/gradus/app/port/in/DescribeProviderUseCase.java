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
}
