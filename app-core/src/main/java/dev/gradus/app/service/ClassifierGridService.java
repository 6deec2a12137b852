package dev.gradus.app.service;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.app.port.in.ClassifierGrid;
import dev.gradus.app.port.in.ClassifierGridCommand;
import dev.gradus.app.port.in.ClassifierGridUseCase;
import dev.gradus.app.port.in.ClassifierGrids;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.ProviderKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/** Makes the classifier as the run made it (same parameters, data and seed) and evaluates it cell by cell. */
@Singleton
public final class ClassifierGridService implements ClassifierGridUseCase {
    private final ProviderCatalog catalog;

    @Inject
    ClassifierGridService(ProviderCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ClassifierGrid evaluate(ClassifierGridCommand command) {
        return open(command).at(command.parameters());
    }

    @Override
    public ClassifierGrids open(ClassifierGridCommand command) {
        double[] parameters = command.parameters();
        ObjectiveMaking.Made made = ObjectiveMaking.make(catalog, command.objective(), command.data(), null, parameters, "parameters",
                command.seed());
        ObjectiveProvider provider = made.provider();
        String id = provider.info().id();
        DataSet data = made.data();
        Objective objective = made.objective();
        if (!(objective instanceof Classifier classifier)) {
            throw InvalidInputException.of("objective", id, "objective '" + id + "' is not a classifier, so it has no decision regions");
        }
        int inputs = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to say its input dimension", classifier::inputDimension);
        if (inputs != 2) {
            throw InvalidInputException.of("objective", id, "classifier '" + id + "' takes " + inputs + " input features; a grid is drawn over 2");
        }
        List<String> classes = List.copyOf(ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to name its classes", classifier::classNames));
        Box window = command.window() != null ? command.window() : window(data);
        List<String> features = data != null ? data.featureNames() : List.of("x1", "x2");
        return new Grids(provider, classifier, parameters.length, classes, features, window, command.columns(), command.rows());
    }

    /** One made classifier over one grid. */
    private static final class Grids implements ClassifierGrids {
        private final ObjectiveProvider provider;
        private final Classifier classifier;
        private final int dimension;
        private final List<String> classes;
        private final List<String> features;
        private final Box window;
        private final int columns;
        private final int rows;
        private final double[] input = new double[2];
        private final double[] cell;

        Grids(ObjectiveProvider provider, Classifier classifier, int dimension, List<String> classes, List<String> features, Box window,
              int columns, int rows) {
            this.provider = provider;
            this.classifier = classifier;
            this.dimension = dimension;
            this.classes = classes;
            this.features = features;
            this.window = window;
            this.columns = columns;
            this.rows = rows;
            this.cell = new double[classes.size()];
        }

        @Override
        public ClassifierGrid at(double[] parameters) {
            if (parameters.length != dimension) {
                throw InvalidInputException.of("parameters", Integer.toString(parameters.length), "objective '" + provider.info().id()
                        + "' has " + dimension + " parameters; " + parameters.length + " were given");
            }
            double xMin = window.lower(0);
            double xMax = window.upper(0);
            double yMin = window.lower(1);
            double yMax = window.upper(1);
            double[] probabilities = new double[columns * rows * classes.size()];
            ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to classify", () -> {
                for (int r = 0; r < rows; r++) {
                    input[1] = yMin + (r + 0.5) * (yMax - yMin) / rows;
                    for (int c = 0; c < columns; c++) {
                        input[0] = xMin + (c + 0.5) * (xMax - xMin) / columns;
                        classifier.probabilities(parameters, input, cell);
                        System.arraycopy(cell, 0, probabilities, (r * columns + c) * cell.length, cell.length);
                    }
                }
                return probabilities;
            });
            return new ClassifierGrid(classes, features, xMin, xMax, yMin, yMax, columns, rows, probabilities);
        }
    }

    /** Each feature's range over the data, widened by a tenth of it (or by 1 when it is a single value) on each side. */
    static Box window(DataSet data) {
        if (data == null) {
            return Box.of(-1, 1, -1, 1);
        }
        double[] lower = new double[2];
        double[] upper = new double[2];
        for (int j = 0; j < 2; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < data.size(); i++) {
                min = Math.min(min, data.feature(i, j));
                max = Math.max(max, data.feature(i, j));
            }
            double margin = max > min ? (max - min) / 10 : 1;
            lower[j] = min - margin;
            upper[j] = max + margin;
        }
        return Box.of(lower, upper);
    }
}
