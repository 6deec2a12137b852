package dev.gradus.api.data;

import java.util.List;
import java.util.Objects;

/**
 * Examples to learn from: {@code size()} rows, each {@code features()} numbers and one target.
 * For classification the targets are class indices {@code 0 .. classes() - 1}, named by
 * {@link #classNames()}; for regression {@link #classNames()} is empty and a target is any finite
 * number. Immutable; the arrays are copied in and never handed out.
 */
public final class DataSet {
    private final String name;
    private final List<String> featureNames;
    private final String targetName;
    private final double[] features;
    private final double[] targets;
    private final List<String> classNames;

    /**
     * @param name         what the data is ({@code xor}, {@code two-moons}, a file name)
     * @param featureNames one name per feature column, distinct
     * @param targetName   the target column's name
     * @param features     row-major, {@code size * featureNames.size()} finite numbers
     * @param targets      one per row
     * @param classNames   the class names for classification, at least two; empty for regression
     * @throws IllegalArgumentException when the shapes disagree, a number is not finite, a class
     *     target is not an index into {@code classNames}, or there are no rows
     */
    public DataSet(String name, List<String> featureNames, String targetName, double[] features, double[] targets, List<String> classNames) {
        this.name = Objects.requireNonNull(name, "name");
        this.featureNames = List.copyOf(featureNames);
        this.targetName = Objects.requireNonNull(targetName, "targetName");
        this.features = features.clone();
        this.targets = targets.clone();
        this.classNames = List.copyOf(classNames);
        int d = this.featureNames.size();
        if (d == 0 || this.targets.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one feature and one row");
        }
        if (this.features.length != this.targets.length * d) {
            throw new IllegalArgumentException(this.features.length + " feature values do not make " + this.targets.length + " rows of " + d);
        }
        if (this.classNames.size() == 1) {
            throw new IllegalArgumentException("classification needs at least two classes, got " + this.classNames);
        }
        for (double v : this.features) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("feature values must be finite, found " + v);
            }
        }
        for (double t : this.targets) {
            if (!Double.isFinite(t)) {
                throw new IllegalArgumentException("targets must be finite, found " + t);
            }
            if (!this.classNames.isEmpty() && (t != Math.rint(t) || t < 0 || t >= this.classNames.size())) {
                throw new IllegalArgumentException("a class target must be an index 0.." + (this.classNames.size() - 1) + ", found " + t);
            }
        }
    }

    public String name() {
        return name;
    }

    /** The number of rows (examples). */
    public int size() {
        return targets.length;
    }

    /** The number of feature columns. */
    public int features() {
        return featureNames.size();
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public String targetName() {
        return targetName;
    }

    /** Feature {@code column} of row {@code row}. */
    public double feature(int row, int column) {
        return features[row * featureNames.size() + column];
    }

    /** The target of {@code row}: a class index for classification. */
    public double target(int row) {
        return targets[row];
    }

    /** A copy of the features, row-major. */
    public double[] featureMatrix() {
        return features.clone();
    }

    /** A copy of the targets. */
    public double[] targetVector() {
        return targets.clone();
    }

    /** Whether the targets are classes. */
    public boolean isClassification() {
        return !classNames.isEmpty();
    }

    /** The number of classes; 0 for regression. */
    public int classes() {
        return classNames.size();
    }

    /** The class names, in index order; empty for regression. */
    public List<String> classNames() {
        return classNames;
    }

    /** {@code xor: 4 rows, features x1, x2, target class (2 classes)}. */
    @Override
    public String toString() {
        return name + ": " + size() + " rows, features " + String.join(", ", featureNames) + ", target " + targetName
                + (isClassification() ? " (" + classes() + " classes)" : "");
    }
}
