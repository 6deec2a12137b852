package dev.gradus.gui.lab;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.error.GradusException;
import dev.gradus.app.port.in.ClassifierGrid;
import dev.gradus.app.port.in.ClassifierGridCommand;
import dev.gradus.app.port.in.ClassifierGridUseCase;
import dev.gradus.app.port.in.ClassifierGrids;
import dev.gradus.figures.RegionGrid;
import dev.gradus.figures.RegionsFigure;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jfree.chart.ChartPanel;

/**
 * A classifier over 2-D data: the first run's decision regions at the cursor with the data on
 * top. The classifier is made once per view and evaluated at each shown step's weights; while
 * playing, at most ten times a second (every cell is a forward pass), always when paused and at a
 * run's last row.
 */
final class RegionsView implements RaceView {
    /** Cells across and down. */
    static final int CELLS = 60;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final ClassifierGrids grids;
    private final RegionsFigure regions;
    private final ChartPanel panel;
    private final Consumer<String> errors;
    private List<String> labels = List.of();
    private long shownAt = -1;
    private long drawnNanos;

    /**
     * @param uses    the classifier-grid use case
     * @param command the classifier (its objective, data and seed) at its suggested start, over a window the data decides
     * @param data    the data, drawn as points
     * @param errors  where a classifier's failure is said, in words
     * @throws GradusException when the classifier cannot be made
     */
    RegionsView(ClassifierGridUseCase uses, ClassifierGridCommand command, DataSet data, Consumer<String> errors) {
        this.errors = errors;
        grids = uses.open(command);
        ClassifierGrid grid = grids.at(command.parameters());
        double[] x1 = new double[data.size()];
        double[] x2 = new double[data.size()];
        int[] classes = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            x1[i] = data.feature(i, 0);
            x2[i] = data.feature(i, 1);
            classes[i] = (int) data.target(i);
        }
        regions = RegionsFigure.builder(new RegionGrid(grid.xMin(), grid.xMax(), grid.yMin(), grid.yMax(), command.columns(), command.rows()),
                grid.classNames()).points(x1, x2, classes).featureNames(data.featureNames().get(0), data.featureNames().get(1)).build();
        regions.setProbabilities(grid.probabilities());
        panel = RaceView.named(new ChartPanel(regions.chart()));
    }

    @Override
    public ChartPanel chartPanel() {
        return panel;
    }

    @Override
    public void reset(List<String> labels) {
        this.labels = List.copyOf(labels);
        shownAt = -1;
    }

    @Override
    public void show(int run, Recorded r, int row, Shown shown) {
        if (run != 0) {
            return;
        }
        long now = System.nanoTime();
        if (row == shownAt || shown.playing() && row != r.size() - 1 && now - drawnNanos < REDRAW_NANOS) {
            return;
        }
        try {
            regions.setProbabilities(grids.at(r.point(row)).probabilities());
            regions.setTitle(String.format(Locale.ROOT, "%s: step %d, loss %.4g", labels.isEmpty() ? "" : labels.get(0), r.step(row), r.loss(row)));
            shownAt = row;
            drawnNanos = now;
        } catch (GradusException e) {
            errors.accept(e.getMessage());
        }
    }
}
