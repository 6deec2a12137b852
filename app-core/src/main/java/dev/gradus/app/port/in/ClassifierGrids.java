package dev.gradus.app.port.in;

/**
 * A classifier made once, as a run makes it, and its grid: evaluates the decision regions at any
 * parameters (the weights at each step of a run) without making the objective and its data again.
 * Confine one to a thread.
 */
public interface ClassifierGrids {

    /**
     * The class probabilities at every cell of the grid, with the classifier at {@code parameters}.
     *
     * @throws InvalidInputException when {@code parameters} does not have the objective's dimension
     * @throws ProviderFailedException when the classifier throws
     */
    ClassifierGrid at(double[] parameters);
}
