package dev.gradus.app.port.in;

import java.util.List;
import java.util.Objects;

/**
 * A classifier's class probabilities at the centre of each cell of a grid over its 2-D input.
 * Column {@code c} is centred at {@code xMin + (c + 0.5) (xMax - xMin) / columns}, row {@code r}
 * at {@code yMin + (r + 0.5) (yMax - yMin) / rows} (row 0 at the bottom).
 *
 * @param classNames    the classes, in index order
 * @param features      the two input features' names (x, then y)
 * @param xMin          the grid's left edge
 * @param xMax          its right edge
 * @param yMin          its bottom edge
 * @param yMax          its top edge
 * @param columns       cells across
 * @param rows          cells down
 * @param probabilities {@code rows * columns * classes} numbers: cell (c, r)'s class k at
 *                      {@code ((r * columns) + c) * classes + k}
 */
public record ClassifierGrid(List<String> classNames, List<String> features, double xMin, double xMax, double yMin, double yMax, int columns,
                             int rows, double[] probabilities) {

    public ClassifierGrid {
        classNames = List.copyOf(classNames);
        features = List.copyOf(features);
        Objects.requireNonNull(probabilities, "probabilities");
        if (probabilities.length != (long) columns * rows * classNames.size()) {
            throw new IllegalArgumentException("expected " + (long) columns * rows * classNames.size() + " probabilities, got " + probabilities.length);
        }
    }

    /** The x of column {@code c}'s centre. */
    public double x(int column) {
        return xMin + (column + 0.5) * (xMax - xMin) / columns;
    }

    /** The y of row {@code r}'s centre. */
    public double y(int row) {
        return yMin + (row + 0.5) * (yMax - yMin) / rows;
    }

    /** The probability of class {@code k} at cell (column, row). */
    public double probability(int column, int row, int k) {
        return probabilities[(row * columns + column) * classNames.size() + k];
    }

    /** The most probable class at cell (column, row), the first on ties. */
    public int predicted(int column, int row) {
        int best = 0;
        int base = (row * columns + column) * classNames.size();
        for (int k = 1; k < classNames.size(); k++) {
            if (probabilities[base + k] > probabilities[base + best]) {
                best = k;
            }
        }
        return best;
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }
}
