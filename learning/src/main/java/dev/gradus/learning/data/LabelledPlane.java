package dev.gradus.learning.data;

import dev.gradus.api.data.DataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a two-feature classification set (features {@code x1, x2}, target {@code class}, classes
 * named {@code "0" .. "k-1"}), added in row order and then handed to a {@link DataSet}, which copies
 * them.
 */
final class LabelledPlane {
    private static final List<String> FEATURES = List.of("x1", "x2");

    private final double[] features;
    private final double[] targets;
    private int rows;

    /** Room for exactly {@code rows} rows, all of which must be added. */
    LabelledPlane(int rows) {
        this.features = new double[2 * rows];
        this.targets = new double[rows];
    }

    /** The next row. */
    void add(double x1, double x2, int label) {
        features[2 * rows] = x1;
        features[2 * rows + 1] = x2;
        targets[rows] = label;
        rows++;
    }

    /** The rows as a data set of {@code classes} classes. */
    DataSet toDataSet(String name, int classes) {
        if (rows != targets.length) {
            throw new IllegalStateException(name + ": " + rows + " of " + targets.length + " rows were added");
        }
        return new DataSet(name, FEATURES, "class", features, targets, classNames(classes));
    }

    /** {@code "0", "1", .., "k-1"}. */
    static List<String> classNames(int classes) {
        List<String> names = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return names;
    }
}
