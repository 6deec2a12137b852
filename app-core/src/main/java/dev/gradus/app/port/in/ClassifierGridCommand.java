package dev.gradus.app.port.in;

import dev.gradus.api.objective.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where to evaluate a classifier over its 2-D input, for a decision-region view.
 *
 * @param objective  the classifier objective and its parameter values, as for the run
 * @param data       its data, as for the run (null for an objective without data)
 * @param seed       the run's seed
 * @param parameters the point of the objective (the trained weights) to evaluate with
 * @param window     the input region, or null: the data's range of each feature, widened by a tenth on each side
 * @param columns    cells across, at least 1
 * @param rows       cells down, at least 1
 */
public record ClassifierGridCommand(ComponentChoice objective, DataChoice data, long seed, double[] parameters, Box window, int columns, int rows) {

    /** The most cells a grid may have. */
    public static final int MAX_CELLS = 4_000_000;

    public ClassifierGridCommand {
        Objects.requireNonNull(objective, "objective");
        parameters = parameters.clone();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (columns < 1 || rows < 1 || (long) columns * rows > MAX_CELLS) {
            problems.add(new InvalidInputException.Problem("grid", columns + "x" + rows,
                    "must be at least 1 x 1 and at most " + MAX_CELLS + " cells"));
        }
        if (window != null && window.dimension() != 2) {
            problems.add(new InvalidInputException.Problem("window", window.toString(), "must be 2-D: one interval per input feature"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }
}
