package dev.gradus.gui.lab;

import dev.gradus.figures.Palette;
import dev.gradus.figures.SeriesChart;
import java.util.List;
import javax.swing.JComponent;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/** An n-D objective: the first run's first three coordinates over the steps, up to the cursor. */
final class TraceView implements RaceView {
    private static final int COORDINATES = 3;

    private final List<String> names;
    private final SeriesChart trace = new SeriesChart("First coordinates", "value");
    private final ChartPanel panel = new ChartPanel(trace.chart());

    /** @param names the coordinates' names */
    TraceView(List<String> names) {
        this.names = List.copyOf(names);
        panel.setName("lab.view");
        panel.setMouseWheelEnabled(true);
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public JFreeChart chart() {
        return trace.chart();
    }

    @Override
    public void reset(List<String> labels) {
        for (int i = 0; i < trace.seriesCount(); i++) {
            trace.clear(i);
        }
    }

    @Override
    public void show(int run, Recorded r, int row, Shown shown) {
        if (run != 0) {
            return;
        }
        for (int k = 0; k < Math.min(COORDINATES, r.dimension()); k++) {
            if (trace.seriesCount() <= k) {
                trace.addSeries(names.get(k), Palette.run(k));
            }
            RaceCharts.chart(trace, k, r.steps(), r.coordinates(k), row + 1);
        }
    }
}
