package dev.gradus.learning.model;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.data.SeededRandom;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small data sets built by hand or drawn from a seed, and objectives made the way a host makes them. */
final class Fixtures {
    static final LinearRegression LINEAR = new LinearRegression();
    static final PolynomialRegression POLYNOMIAL = new PolynomialRegression();
    static final LogisticRegression LOGISTIC = new LogisticRegression();
    static final MultilayerPerceptron MLP = new MultilayerPerceptron();

    private Fixtures() {
    }

    /** Seed 003's four points: (0,0) -> 0, (0,1) -> 1, (1,0) -> 1, (1,1) -> 0. */
    static DataSet xor() {
        return new DataSet("xor", List.of("x1", "x2"), "class", new double[] {0, 0, 0, 1, 1, 0, 1, 1}, new double[] {0, 1, 1, 0}, List.of("0", "1"));
    }

    /** {@code rows} rows of {@code features} standard normal features and a standard normal target. */
    static DataSet regression(long seed, int rows, int features) {
        SeededRandom random = SeededRandom.of(seed, "data");
        double[] x = new double[rows * features];
        double[] y = new double[rows];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            y[r] = random.nextGaussian();
        }
        return new DataSet("random-regression", names("x", features), "y", x, y, List.of());
    }

    /** One feature uniform in [-1, 1], a standard normal target. */
    static DataSet curve(long seed, int rows) {
        SeededRandom random = SeededRandom.of(seed, "data");
        double[] x = new double[rows];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = 2 * random.nextDouble() - 1;
            y[r] = random.nextGaussian();
        }
        return new DataSet("random-curve", List.of("x"), "y", x, y, List.of());
    }

    /** {@code rows} rows of standard normal features and a class drawn uniformly from {@code classes}; every class occurs. */
    static DataSet classification(long seed, int rows, int features, int classes) {
        SeededRandom random = SeededRandom.of(seed, "data");
        double[] x = new double[rows * features];
        double[] y = new double[rows];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            y[r] = r < classes ? r : random.nextInt(classes);
        }
        return new DataSet("random-classes", names("x", features), "class", x, y, names("c", classes));
    }

    /** Two round blobs of {@code perClass} points, sd 0.5, around (-2, -1) (class 0) and (2, 1) (class 1): separable. */
    static DataSet blobs(long seed, int perClass) {
        SeededRandom random = SeededRandom.of(seed, "data");
        double[] x = new double[4 * perClass];
        double[] y = new double[2 * perClass];
        for (int r = 0; r < 2 * perClass; r++) {
            int c = r % 2;
            double sign = c == 0 ? -1 : 1;
            x[2 * r] = sign * 2 + 0.5 * random.nextGaussian();
            x[2 * r + 1] = sign + 0.5 * random.nextGaussian();
            y[r] = c;
        }
        return new DataSet("blobs", List.of("x1", "x2"), "class", x, y, List.of("left", "right"));
    }

    static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    static ParameterValues values(ObjectiveProvider provider, Map<String, ?> values) {
        return provider.parameters().bind(provider.info().id(), values);
    }

    /** The objective a host makes: the dimension the provider gives for these values and data. */
    static StochasticObjective create(ObjectiveProvider provider, DataSet data, long seed, Map<String, ?> values) {
        ParameterValues parameters = values(provider, values);
        int dimension = provider.dimensions(parameters, data).preferred();
        return (StochasticObjective) provider.create(new ObjectiveContext(dimension, parameters, seed, data));
    }

    static StochasticObjective create(ObjectiveProvider provider, DataSet data, Map<String, ?> values) {
        return create(provider, data, 0, values);
    }
}
