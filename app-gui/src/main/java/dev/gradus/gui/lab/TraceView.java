package dev.gradus.gui.lab;

import dev.gradus.figures.Palette;
import dev.gradus.figures.SeriesChart;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.jfree.chart.ChartPanel;

/**
 * An n-D objective: the first run's chosen coordinates over the steps, up to the cursor. The
 * coordinates are typed above the chart by name or by 1-based number ({@code x1,x7} or
 * {@code 1,7}), at most {@value #MAX_TRACED}; the first three to begin with.
 */
final class TraceView implements RaceView {
    /** The most coordinates traced at once. */
    static final int MAX_TRACED = 8;

    private final List<String> names;
    private final Runnable redraw;
    private final Consumer<String> errors;
    private final JTextField chosen = new JTextField(16);
    private final JPanel holder = new JPanel(new BorderLayout(0, 2));
    private final ChartPanel panel;
    private SeriesChart trace;
    private List<Integer> traced;

    /**
     * @param names  the coordinates' names
     * @param redraw draws the runs at the cursor again (after the choice changed)
     * @param errors where a choice that names no coordinate is said
     */
    TraceView(List<String> names, Runnable redraw, Consumer<String> errors) {
        this.names = List.copyOf(names);
        this.redraw = redraw;
        this.errors = errors;
        traced = new ArrayList<>();
        StringBuilder first = new StringBuilder();
        for (int k = 0; k < Math.min(3, names.size()); k++) {
            traced.add(k);
            first.append(k == 0 ? "" : ",").append(names.get(k));
        }
        trace = chart(traced);
        panel = RaceView.named(new ChartPanel(trace.chart()));
        chosen.setName("lab.trace");
        chosen.setText(first.toString());
        chosen.setToolTipText("The coordinates to trace, by name or number (1 to " + names.size() + "), at most " + MAX_TRACED);
        chosen.addActionListener(e -> choose(chosen.getText()));
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        bar.add(new JLabel("trace coordinates"));
        bar.add(chosen);
        holder.add(bar, BorderLayout.NORTH);
        holder.add(panel, BorderLayout.CENTER);
    }

    private SeriesChart chart(List<Integer> coordinates) {
        SeriesChart chart = new SeriesChart("Coordinates of run 1", "value");
        for (int k = 0; k < coordinates.size(); k++) {
            chart.addSeries(names.get(coordinates.get(k)), Palette.run(k));
        }
        return chart;
    }

    /**
     * Traces the coordinates {@code text} names, comma-separated, by name or 1-based number; a
     * text that names none, or too many, is said through the error sink and changes nothing.
     *
     * @return whether the choice was taken
     */
    boolean choose(String text) {
        List<Integer> picked = new ArrayList<>();
        for (String token : text.split(",")) {
            String t = token.strip();
            if (t.isEmpty()) {
                continue;
            }
            int index = names.indexOf(t);
            if (index < 0) {
                try {
                    index = Integer.parseInt(t) - 1;
                } catch (NumberFormatException e) {
                    index = -1;
                }
            }
            if (index < 0 || index >= names.size()) {
                errors.accept("trace coordinates: '" + t + "' is neither a coordinate's name (" + names.get(0) + " ... " + names.get(names.size() - 1)
                        + ") nor a number from 1 to " + names.size());
                return false;
            }
            if (!picked.contains(index)) {
                picked.add(index);
            }
        }
        if (picked.isEmpty() || picked.size() > MAX_TRACED) {
            errors.accept("trace coordinates: name 1 to " + MAX_TRACED + " coordinates, comma-separated; got " + picked.size());
            return false;
        }
        traced = picked;
        trace = chart(traced);
        panel.setChart(trace.chart());
        redraw.run();
        return true;
    }

    /** The coordinates traced, 0-based. */
    List<Integer> traced() {
        return List.copyOf(traced);
    }

    @Override
    public JComponent component() {
        return holder;
    }

    @Override
    public ChartPanel chartPanel() {
        return panel;
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
        for (int k = 0; k < traced.size(); k++) {
            RaceCharts.chart(trace, k, r.steps(), r.coordinates(traced.get(k)), row + 1);
        }
    }

    /** Points in series {@code k} of the trace. */
    int points(int k) {
        return trace.pointCount(k);
    }
}
