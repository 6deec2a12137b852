package dev.gradus.cli;

import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.SweepAxis;
import dev.gradus.app.port.in.SweepResult;
import dev.gradus.figures.Composite;
import dev.gradus.figures.FigureFiles;
import dev.gradus.figures.SweepFigure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** A sweep's {@code --plot}: per optimizer the score against its one swept parameter (a curve) or over its grid of two (a heat map), side by side. */
final class SweepPlot {
    private SweepPlot() {
    }

    static void write(SweepResult result, Path file, int width, int height) {
        List<JFreeChart> charts = new ArrayList<>();
        String metric = "median " + result.metric().id();
        for (SweepResult.Tuning tuning : result.tunings()) {
            List<SweepAxis> axes = tuning.axes();
            if (axes.size() == 1) {
                SweepAxis axis = axes.get(0);
                List<SweepResult.Point> points = new ArrayList<>(tuning.ranked());
                points.sort((a, b) -> Double.compare(number(a, axis), number(b, axis)));
                double[] xs = points.stream().mapToDouble(p -> number(p, axis)).toArray();
                double[] ys = points.stream().mapToDouble(SweepResult.Point::score).toArray();
                charts.add(SweepFigure.curve(tuning.optimizer(), axis.name(), metric, xs, ys, axis.log()));
            } else {
                SweepAxis a = axes.get(0);
                SweepAxis b = axes.get(1);
                double[][] scores = new double[a.values().size()][b.values().size()];
                for (double[] row : scores) {
                    Arrays.fill(row, Double.NaN);
                }
                for (SweepResult.Point p : tuning.ranked()) {
                    scores[a.values().indexOf(p.values().get(a.name()))][b.values().indexOf(p.values().get(b.name()))] = p.score();
                }
                charts.add(SweepFigure.heatMap(tuning.optimizer(), a.name(), b.name(), metric, a.values().toArray(String[]::new),
                        b.values().toArray(String[]::new), scores));
            }
        }
        double[] shares = new double[charts.size()];
        Arrays.fill(shares, 1);
        try {
            FigureFiles.writePng(Composite.sideBySide(width, height, charts, shares), file);
        } catch (IOException e) {
            throw InvalidInputException.of("plot", file.toString(), e.getMessage());
        }
    }

    private static double number(SweepResult.Point point, SweepAxis axis) {
        try {
            return Double.parseDouble(point.values().get(axis.name()));
        } catch (NumberFormatException e) {
            return axis.values().indexOf(point.values().get(axis.name()));
        }
    }
}
