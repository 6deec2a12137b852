package dev.gradus.app.port.in;

/** Evaluates a classifier over a grid of its 2-D input: what a decision-region view draws. */
public interface ClassifierGridUseCase {

    /**
     * The class probabilities at every cell.
     *
     * @throws InvalidInputException when the objective is not a classifier, its input is not 2-D,
     *     or the parameters do not have its dimension
     */
    ClassifierGrid evaluate(ClassifierGridCommand command);

    /**
     * Makes the classifier of {@code command} and its grid once, to evaluate at many parameters;
     * {@code command.parameters()} is checked and serves as a first point.
     *
     * @throws InvalidInputException as {@link #evaluate} does
     */
    ClassifierGrids open(ClassifierGridCommand command);
}
