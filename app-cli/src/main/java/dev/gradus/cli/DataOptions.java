package dev.gradus.cli;

import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.TargetType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The data a learning objective is fitted to: {@code --data NAME [-d NAME=VALUE]...} for a
 * generated data set, or {@code --data FILE.csv --target COLUMN [--target-type TYPE]} for the
 * user's own. A value ending in {@code .csv} or holding a path separator is a file.
 */
final class DataOptions {
    @Option(names = "--data", paramLabel = "NAME|FILE.csv",
            description = "The data a learning objective is fitted to: a data set (see 'gradus list data') or a CSV file with a header.")
    String data;

    @Option(names = {"-d", "--data-param"}, paramLabel = "NAME=VALUE", description = "A data set parameter, e.g. -d noise=0.2 (repeatable).")
    List<String> dataParameters = new ArrayList<>();

    @Option(names = "--target", paramLabel = "COLUMN", description = "The CSV file's column to predict; the other columns are the features.")
    String target;

    @Option(names = "--target-type", paramLabel = "TYPE",
            description = "How to read the target column: auto (classes when every value is a whole number and there are at most "
                    + TargetType.MAX_AUTO_CLASSES + " distinct ones, else numbers), class or number (default: auto).")
    String targetType;

    /** The data chosen, or null when none was. */
    DataChoice choice() {
        if (data == null) {
            if (target != null) {
                throw InvalidInputException.of("target", target, "names a column of a CSV file: give the file with --data FILE.csv");
            }
            if (!dataParameters.isEmpty()) {
                throw InvalidInputException.of("data-param", dataParameters.get(0), "sets a data set's parameter: name the data set with --data NAME");
            }
            return null;
        }
        if (isFile(data)) {
            if (target == null) {
                throw InvalidInputException.of("target", "", "name the column of " + data + " to predict, e.g. --target y");
            }
            if (!dataParameters.isEmpty()) {
                throw InvalidInputException.of("data-param", dataParameters.get(0), "-d sets a generated data set's parameters; " + data + " is a file");
            }
            TargetType type = TargetType.AUTO;
            if (targetType != null) {
                type = TargetType.of(targetType);
                if (type == null) {
                    throw InvalidInputException.of("target-type", targetType, "must be auto, class or number");
                }
            }
            return DataChoice.file(Path.of(data), target, type);
        }
        if (target != null || targetType != null) {
            throw InvalidInputException.of(target != null ? "target" : "target-type", target != null ? target : targetType,
                    "applies to a CSV file; '" + data + "' is a generated data set (a file name ends in .csv)");
        }
        ComponentChoice values = ComponentChoice.fromAssignments(data, dataParameters);
        return DataChoice.generated(data, values.values());
    }

    static boolean isFile(String text) {
        return text.toLowerCase(Locale.ROOT).endsWith(".csv") || text.contains("/") || text.contains(java.io.File.separator);
    }
}
