package dev.gradus.app.port.in;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which gradients to compare, and where. Checked on construction; ids, values and dimensions are
 * checked against the providers when it runs.
 *
 * @param objective  the objective and its parameter values
 * @param dimension  the dimension asked for, or null: from {@code point}, else the objective's preferred one
 * @param point      where to evaluate, or null: the objective's suggested start
 * @param estimators the estimators to compare, each with its values; empty for every one that applies
 * @param seed       the seed objectives that draw random data are made with
 * @param data       the data of a learning objective, or null; a stochastic objective's gradient is
 *                   checked on all its examples
 */
public record GradientCheckCommand(ComponentChoice objective, Integer dimension, double[] point, List<ComponentChoice> estimators, long seed,
                                   DataChoice data) {

    /** A check without data. */
    public GradientCheckCommand(ComponentChoice objective, Integer dimension, double[] point, List<ComponentChoice> estimators, long seed) {
        this(objective, dimension, point, estimators, seed, null);
    }

    public GradientCheckCommand {
        Objects.requireNonNull(objective, "objective");
        estimators = List.copyOf(estimators);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (dimension != null && dimension < 1) {
            problems.add(new InvalidInputException.Problem("dimension", dimension.toString(), "must be a whole number >= 1"));
        }
        if (point != null) {
            point = point.clone();
            if (point.length == 0) {
                problems.add(new InvalidInputException.Problem("at", "", "must have at least one coordinate"));
            }
            for (int i = 0; i < point.length; i++) {
                if (!Double.isFinite(point[i])) {
                    problems.add(new InvalidInputException.Problem("at", Arrays.toString(point),
                            "coordinate " + (i + 1) + " is " + point[i] + "; every coordinate must be a finite number"));
                    break;
                }
            }
            if (dimension != null && dimension >= 1 && point.length > 0 && point.length != dimension) {
                problems.add(new InvalidInputException.Problem("at", Arrays.toString(point),
                        "has " + point.length + " coordinates but the dimension asked for is " + dimension));
            }
        }
        List<String> seen = new ArrayList<>();
        for (ComponentChoice estimator : estimators) {
            if (seen.contains(estimator.id())) {
                problems.add(new InvalidInputException.Problem("gradient", estimator.id(), "is named twice; name each estimator once"));
            }
            seen.add(estimator.id());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A copy of the point, or null. */
    @Override
    public double[] point() {
        return point == null ? null : point.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradientCheckCommand c && objective.equals(c.objective) && Objects.equals(dimension, c.dimension)
                && Arrays.equals(point, c.point) && estimators.equals(c.estimators) && seed == c.seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(objective, dimension, Arrays.hashCode(point), estimators, seed);
    }

    @Override
    public String toString() {
        return "GradientCheckCommand[objective=" + objective + ", dimension=" + dimension + ", point=" + Arrays.toString(point)
                + ", estimators=" + estimators + ", seed=" + seed + "]";
    }
}
