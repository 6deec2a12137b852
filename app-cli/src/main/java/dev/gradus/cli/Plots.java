package dev.gradus.cli;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.Objective;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.ClassifierGrid;
import dev.gradus.app.port.in.ClassifierGridCommand;
import dev.gradus.app.port.in.ClassifierGrids;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.ObjectiveView;
import dev.gradus.app.port.in.ObjectiveViewCommand;
import dev.gradus.app.port.in.Trajectory;
import dev.gradus.figures.Composite;
import dev.gradus.figures.CurveFigure;
import dev.gradus.figures.FigureFiles;
import dev.gradus.figures.FigureFormat;
import dev.gradus.figures.LandscapeFigure;
import dev.gradus.figures.Palette;
import dev.gradus.figures.RegionGrid;
import dev.gradus.figures.RegionsFigure;
import dev.gradus.figures.SeriesChart;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * {@code --plot FILE.png|FILE.gif}: the objective's view (landscape with every path in 2-D, curve
 * with the point and its tangent in 1-D, decision regions for a classifier over 2-D data) beside
 * the loss curves; for other objectives the loss curves alone. Runs of one group (a configuration
 * of a study, from several starts or seeds) share a colour and a legend entry, and their loss is
 * drawn as the median over the group's runs at each step. A GIF animates the same figure over
 * the steps, at most {@value #MAX_FRAMES} frames. Drawn headless by the {@code figures} module;
 * the file is written whole or not at all.
 */
final class Plots {
    /** The most frames of an animation. */
    static final int MAX_FRAMES = 100;
    /** The most points of a path drawn. */
    private static final int PATH_POINTS = 2000;
    /** Delay between frames, in milliseconds. */
    private static final int FRAME_MILLIS = 80;

    /** One run to draw: its group (0-based) and its rows. */
    record Run(int group, Trajectory trajectory) {
    }

    /** A figure to draw: its file and size in pixels. */
    record Target(Path file, int width, int height) {
    }

    /** Where the objective comes from, to draw its view as the runs saw it. */
    record Source(ComponentChoice objective, DataChoice data, Integer dimension, long seed) {
    }

    private final List<String> groups;
    private final List<Run> runs;
    private final LandscapeFigure landscape;
    private final CurveFigure curve;
    private final RegionsFigure regions;
    private final ClassifierGrids grids;
    private final Objective objective;
    private final SeriesChart loss = new SeriesChart("Loss", "loss");
    private final long last;

    private Plots(GradusApplication app, Source source, List<String> groups, List<Run> runs) {
        this.groups = List.copyOf(groups);
        this.runs = List.copyOf(runs);
        int dimension = runs.get(0).trajectory().dimension();
        boolean points = runs.stream().allMatch(r -> r.trajectory().hasPoints());
        ObjectiveView view = app.objectiveView().open(new ObjectiveViewCommand(source.objective(),
                source.dimension() != null ? source.dimension() : dimension, source.data(), source.seed()));
        objective = view.objective();
        DataSet data = view.data();
        LandscapeFigure l = null;
        CurveFigure c = null;
        RegionsFigure g = null;
        ClassifierGrids opened = null;
        if (points && dimension == 2) {
            l = LandscapeFigure.of(objective);
            l.setPointMarkersVisible(runs.size() <= groups.size());
            boolean[] named = new boolean[groups.size()];
            for (Run run : runs) {
                int path = l.addPath(groups.get(run.group()), Palette.run(run.group()));
                l.setPathInLegend(path, !named[run.group()]);
                named[run.group()] = true;
            }
        } else if (points && dimension == 1) {
            c = CurveFigure.of(objective);
            for (int i = 1; i < runs.size(); i++) {
                c.addMarker(groups.get(runs.get(i).group()), Palette.run(runs.get(i).group()));
            }
        } else if (points && data != null && data.isClassification() && data.features() == 2 && objective instanceof Classifier) {
            opened = app.classifierGrid().open(new ClassifierGridCommand(source.objective(), source.data(), source.seed(),
                    runs.get(0).trajectory().point(0), null, 60, 60));
            ClassifierGrid grid = opened.at(runs.get(0).trajectory().point(0));
            double[] x1 = new double[data.size()];
            double[] x2 = new double[data.size()];
            int[] classes = new int[data.size()];
            for (int i = 0; i < data.size(); i++) {
                x1[i] = data.feature(i, 0);
                x2[i] = data.feature(i, 1);
                classes[i] = (int) data.target(i);
            }
            g = RegionsFigure.builder(new RegionGrid(grid.xMin(), grid.xMax(), grid.yMin(), grid.yMax(), 60, 60), grid.classNames())
                    .points(x1, x2, classes).featureNames(data.featureNames().get(0), data.featureNames().get(1)).build();
        }
        landscape = l;
        curve = c;
        regions = g;
        grids = opened;
        for (int k = 0; k < groups.size(); k++) {
            loss.addSeries(groups.get(k), Palette.run(k));
        }
        last = runs.stream().mapToLong(r -> r.trajectory().step(r.trajectory().size() - 1)).max().orElse(0);
    }

    /**
     * Writes the figure of {@code runs} to {@code file}, a PNG or an animated GIF by its extension.
     *
     * @throws InvalidInputException (field {@code plot}) when the extension is neither, or the file cannot be written
     */
    static void write(GradusApplication app, Source source, List<String> groups, List<Run> runs, Target target) {
        Path file = target.file();
        int width = target.width();
        int height = target.height();
        FigureFormat format;
        try {
            format = FigureFiles.format(file);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("plot", file.toString(), e.getMessage());
        }
        Plots plots = new Plots(app, source, groups, runs);
        try {
            if (format == FigureFormat.GIF) {
                int frames = (int) Math.min(MAX_FRAMES, plots.last + 1);
                FigureFiles.writeAnimation(file, frames, k -> plots.frame(frames == 1 ? plots.last : Math.round((double) k * plots.last / (frames - 1)),
                        width, height), FRAME_MILLIS);
            } else {
                FigureFiles.writePng(plots.frame(plots.last, width, height), file);
            }
        } catch (IOException e) {
            throw InvalidInputException.of("plot", file.toString(), e.getMessage());
        }
    }

    /** The figure with every run at {@code step}. */
    private BufferedImage frame(long step, int width, int height) {
        for (int i = 0; i < runs.size(); i++) {
            Trajectory t = runs.get(i).trajectory();
            int row = rowAt(t, step);
            if (landscape != null) {
                int stride = Math.max(1, (row + 1 + PATH_POINTS - 1) / PATH_POINTS);
                int count = 0;
                double[] xs = new double[(row + stride) / stride + 1];
                double[] ys = new double[xs.length];
                for (int r = 0; r <= row; r += stride) {
                    xs[count] = t.coordinate(r, 0);
                    ys[count++] = t.coordinate(r, 1);
                }
                if (row % stride != 0) {
                    xs[count] = t.coordinate(row, 0);
                    ys[count++] = t.coordinate(row, 1);
                }
                landscape.setPath(i, xs, ys, count);
            } else if (curve != null) {
                double x = t.coordinate(row, 0);
                if (i == 0) {
                    curve.setPoint(x, t.loss(row), slope(x));
                } else {
                    curve.setMarker(i - 1, x, t.loss(row));
                }
            }
        }
        if (regions != null) {
            Trajectory first = runs.get(0).trajectory();
            int row = rowAt(first, step);
            regions.setProbabilities(grids.at(first.point(row)).probabilities());
            regions.setTitle(groups.get(runs.get(0).group()) + ": step " + first.step(row));
        }
        for (int k = 0; k < groups.size(); k++) {
            medianLoss(k, step);
        }
        loss.setCursor(step);
        List<JFreeChart> charts = new ArrayList<>();
        JFreeChart view = landscape != null ? landscape.chart() : curve != null ? curve.chart() : regions != null ? regions.chart() : null;
        if (view != null) {
            charts.add(view);
        }
        charts.add(loss.chart());
        return Composite.sideBySide(width, height, charts, view != null ? new double[] {0.58, 0.42} : new double[] {1});
    }

    /** The median loss over group {@code k}'s runs at each of its rows up to {@code step}. */
    private void medianLoss(int k, long step) {
        List<Trajectory> mine = runs.stream().filter(r -> r.group() == k).map(Run::trajectory).toList();
        Trajectory longest = mine.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
        int rows = rowAt(longest, step) + 1;
        long[] steps = new long[rows];
        double[] values = new double[rows];
        double[] column = new double[mine.size()];
        for (int r = 0; r < rows; r++) {
            steps[r] = longest.step(r);
            int n = 0;
            for (Trajectory t : mine) {
                if (r < t.size() && Double.isFinite(t.loss(r))) {
                    column[n++] = t.loss(r);
                }
            }
            if (n == 0) {
                values[r] = Double.NaN;
            } else {
                Arrays.sort(column, 0, n);
                values[r] = n % 2 == 1 ? column[n / 2] : (column[n / 2 - 1] + column[n / 2]) / 2;
            }
        }
        loss.setSeries(k, steps, values, rows);
    }

    /** The curve's slope at {@code x}, by central differences of the objective (for the drawn tangent only). */
    private double slope(double x) {
        double h = 1e-5 * Math.max(1, Math.abs(x));
        double up = objective.value(new double[] {x + h});
        double down = objective.value(new double[] {x - h});
        return (up - down) / (2 * h);
    }

    /** The last row of {@code t} at or before {@code step}. */
    private static int rowAt(Trajectory t, long step) {
        int lo = 0;
        int hi = t.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (t.step(mid) <= step) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
