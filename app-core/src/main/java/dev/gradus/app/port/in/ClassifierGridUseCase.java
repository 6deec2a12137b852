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
}
