package dev.gradus.app.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.gradus.api.data.DataSet;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.TargetType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a data set from a CSV file: a header row naming the columns, then one row per example,
 * every cell a number. One column is the target; the others are the features, in file order.
 * Blank lines are skipped; cells may be quoted.
 *
 * <p>Whether the target is a class or a number ({@link TargetType#AUTO}): a class when every
 * target is a whole number and there are at most {@value TargetType#MAX_AUTO_CLASSES} distinct values; the
 * classes are then the distinct values in increasing order, named as written ({@code 0}, {@code 1}).
 * Every problem is an {@link InvalidInputException} on the field {@code data} naming the file, and
 * for a bad cell its line and column.
 */
public final class CsvDataSets {
    private CsvDataSets() {
    }

    /**
     * The data in {@code file} with {@code target} as its target column.
     *
     * @throws InvalidInputException when the file is missing or unreadable, empty, has no such
     *     column, a cell that is not a finite number, a row of the wrong length, or class targets
     *     that are not whole numbers
     */
    public static DataSet read(Path file, String target, TargetType type) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                String[] row = it.nextValue();
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                rows.add(row);
                lines.add(line);
            }
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file");
        } catch (JacksonException e) {
            throw problem(file, "is not readable as CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(file, "cannot be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw problem(file, "is empty; it needs a header row naming the columns, then one row per example");
        }
        String[] header = rows.get(0);
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                throw problem(file, "has an empty column name in its header; every column needs a name");
            }
            if (!seen.add(name)) {
                throw problem(file, "names column '" + name + "' twice in its header");
            }
        }
        if (rows.size() == 1) {
            throw problem(file, "has a header but no rows of data");
        }
        int targetColumn = List.of(header).indexOf(target);
        if (targetColumn < 0) {
            throw problem(file, "has no column '" + target + "'; its columns are " + String.join(", ", header));
        }
        if (header.length < 2) {
            throw problem(file, "has only the target column '" + target + "'; it needs at least one feature column");
        }
        int n = rows.size() - 1;
        int d = header.length - 1;
        double[] features = new double[n * d];
        double[] targets = new double[n];
        for (int r = 0; r < n; r++) {
            String[] row = rows.get(r + 1);
            int line = lines.get(r + 1);
            if (row.length != header.length) {
                throw problem(file, "line " + line + " has " + row.length + " cells but the header names " + header.length + " columns");
            }
            int f = 0;
            for (int c = 0; c < row.length; c++) {
                double value = number(file, row[c], line, header[c]);
                if (c == targetColumn) {
                    targets[r] = value;
                } else {
                    features[r * d + f++] = value;
                }
            }
        }
        List<String> featureNames = new ArrayList<>(List.of(header));
        featureNames.remove(targetColumn);
        String name = file.getFileName().toString();
        boolean whole = true;
        TreeSet<Double> distinct = new TreeSet<>();
        for (double t : targets) {
            whole &= t == Math.rint(t);
            distinct.add(t);
        }
        boolean classes = switch (type) {
            case CLASS -> {
                if (!whole) {
                    throw problem(file, "column '" + target + "' holds numbers that are not whole, so they cannot be class labels; "
                            + "read it as numbers with --target-type number");
                }
                if (distinct.size() < 2) {
                    throw problem(file, "column '" + target + "' holds only one class, " + label(distinct.first()) + "; classification needs two or more");
                }
                yield true;
            }
            case NUMBER -> false;
            case AUTO -> whole && distinct.size() >= 2 && distinct.size() <= TargetType.MAX_AUTO_CLASSES;
        };
        if (!classes) {
            return new DataSet(name, featureNames, target, features, targets, List.of());
        }
        List<Double> labels = new ArrayList<>(distinct);
        List<String> classNames = labels.stream().map(CsvDataSets::label).toList();
        for (int r = 0; r < n; r++) {
            targets[r] = labels.indexOf(targets[r]);
        }
        return new DataSet(name, featureNames, target, features, targets, classNames);
    }

    private static double number(Path file, String cell, int line, String column) {
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(file, "line " + line + ", column '" + column + "': '" + cell + "' is not a " + (cell.isEmpty() ? "number (the cell is empty)" : "finite number")
                + "; every cell must be a number");
    }

    private static String label(double value) {
        return value == (long) value ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    private static InvalidInputException problem(Path file, String reason) {
        return InvalidInputException.of("data", file.toString(), file + ": " + reason);
    }
}
