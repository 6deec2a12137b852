package dev.gradus.gui.lab;

import dev.gradus.figures.Palette;
import dev.gradus.figures.SeriesChart;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.jfree.chart.ChartPanel;

/**
 * The charts below the race's view, all on the playback's step cursor: loss and gradient norm of
 * every run; accuracy for a classifier; and, while the optimizer's internals are shown, the norms
 * of the state vectors of the first run that keeps any. Long runs are thinned for drawing (each
 * bucket's lowest and highest value), so a million-step run draws as fast as a short one. Event
 * thread only.
 */
final class RaceCharts {
    /** The most buckets a chart's series is thinned to. */
    static final int CHART_BUCKETS = 2000;

    private final ChartPanel lossPanel;
    private final ChartPanel normPanel;
    private final ChartPanel accuracyPanel;
    private final ChartPanel statePanel;
    private final JPanel panel = new JPanel(new GridLayout(1, 2, 6, 0));
    private SeriesChart loss = new SeriesChart("Loss", "loss");
    private SeriesChart norm = new SeriesChart("Gradient norm", "|gradient|");
    private SeriesChart accuracy = new SeriesChart("Accuracy", "accuracy");
    private SeriesChart states = new SeriesChart("State vectors", "norm");
    private boolean classifier;
    private boolean internals;

    RaceCharts() {
        lossPanel = new ChartPanel(loss.chart());
        lossPanel.setName("lab.loss");
        normPanel = new ChartPanel(norm.chart());
        normPanel.setName("lab.norm");
        accuracyPanel = new ChartPanel(accuracy.chart());
        accuracyPanel.setName("lab.accuracy");
        statePanel = new ChartPanel(states.chart());
        statePanel.setName("lab.states");
        panel.setPreferredSize(new Dimension(600, 220));
        layout();
    }

    /** The charts side by side. */
    JComponent component() {
        return panel;
    }

    /** Sets a chart's series to the first {@code count} values, thinned to at most {@value #CHART_BUCKETS} buckets. */
    static void chart(SeriesChart chart, int series, long[] steps, double[] values, int count) {
        Decimation.Series thin = Decimation.minMax(steps, values, count, CHART_BUCKETS);
        chart.setSeries(series, thin.steps(), thin.values(), thin.count());
    }

    /**
     * Fresh charts for a race of runs with these labels (a race's series are named after its runs).
     *
     * @param classifier whether the accuracy chart is shown
     */
    void reset(List<String> labels, boolean classifier) {
        this.classifier = classifier;
        loss = new SeriesChart("Loss", "loss");
        norm = new SeriesChart("Gradient norm", "|gradient|");
        accuracy = new SeriesChart("Accuracy", "accuracy");
        accuracy.setYScale(SeriesChart.YScale.LINEAR);
        states = new SeriesChart("State vectors", "norm");
        lossPanel.setChart(loss.chart());
        normPanel.setChart(norm.chart());
        accuracyPanel.setChart(accuracy.chart());
        statePanel.setChart(states.chart());
        for (int i = 0; i < labels.size(); i++) {
            loss.addSeries(labels.get(i), Palette.run(i));
            norm.addSeries(labels.get(i), Palette.run(i));
            accuracy.addSeries(labels.get(i), Palette.run(i));
        }
        layout();
    }

    /** Charts run {@code run}'s rows; the first run with state vectors also fills the state chart. */
    void finished(int run, Recorded recorded) {
        chart(loss, run, recorded.steps(), recorded.losses(), recorded.size());
        chart(norm, run, recorded.steps(), recorded.gradientNorms(), recorded.size());
        chart(accuracy, run, recorded.steps(), recorded.accuracies(), recorded.size());
        if (states.seriesCount() == 0 && !recorded.stateNormNames().isEmpty()) {
            states.chart().setTitle("State vectors of run " + (run + 1));
            List<String> names = recorded.stateNormNames();
            for (int k = 0; k < names.size(); k++) {
                states.addSeries(names.get(k), Palette.run(k));
                chart(states, k, recorded.steps(), recorded.stateNorms(names.get(k)), recorded.size());
            }
        }
    }

    /** Moves every chart's step cursor. */
    void setCursor(long step) {
        loss.setCursor(step);
        norm.setCursor(step);
        accuracy.setCursor(step);
        states.setCursor(step);
    }

    /** Shows or hides the state-vector chart. */
    void showInternals(boolean shown) {
        internals = shown;
        layout();
    }

    private void layout() {
        panel.removeAll();
        panel.add(lossPanel);
        panel.add(normPanel);
        if (classifier) {
            panel.add(accuracyPanel);
        }
        if (internals) {
            panel.add(statePanel);
        }
        panel.setLayout(new GridLayout(1, panel.getComponentCount(), 6, 0));
        panel.revalidate();
        panel.repaint();
    }

    SeriesChart loss() {
        return loss;
    }

    SeriesChart accuracy() {
        return accuracy;
    }

    SeriesChart states() {
        return states;
    }
}
