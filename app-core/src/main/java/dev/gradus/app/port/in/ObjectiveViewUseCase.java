package dev.gradus.app.port.in;

/**
 * Makes an objective for drawing, exactly as a run with the same choices would make it: views
 * sample its landscape or curve through the SPI's {@link dev.gradus.api.objective.Objective}.
 */
public interface ObjectiveViewUseCase {

    /**
     * The objective.
     *
     * @throws InvalidInputException (or dev.gradus.api.param.InvalidParametersException, or
     *     UnknownProviderException) for a choice that a run would refuse, with the same message
     */
    ObjectiveView open(ObjectiveViewCommand command);
}
