package dev.gradus.gui.lab;

import java.util.List;
import javax.swing.JComponent;
import org.jfree.chart.JFreeChart;

/**
 * How the race draws its objective: a landscape (2-D), a curve (1-D), decision regions (a
 * classifier over 2-D data) or a coordinate trace (n-D). Made for one objective; told of each new
 * race and asked to draw every run at the playback cursor. Used on the event thread only.
 */
interface RaceView {

    /** The panel of the chart drawn. */
    org.jfree.chart.ChartPanel chartPanel();

    /** What the lab shows: the chart's panel, unless a view holds it in more. */
    default JComponent component() {
        return chartPanel();
    }

    /** The chart drawn, for export. */
    default JFreeChart chart() {
        return chartPanel().getChart();
    }

    /** Puts {@code panel} up as the lab's view: named {@code lab.view}, the wheel zooming. */
    static <P extends org.jfree.chart.ChartPanel> P named(P panel) {
        panel.setName("lab.view");
        panel.setMouseWheelEnabled(true);
        return panel;
    }

    /** A new race of runs with these labels, in order: forget the last race's marks. */
    void reset(List<String> labels);

    /** Draws run {@code run} at row {@code row} of its recording. */
    void show(int run, Recorded rows, int row, Shown shown);

    /** Called before the runs of one cursor position are drawn. */
    default void beginFrame() {
    }

    /** Called after the runs of one cursor position are drawn. */
    default void endFrame() {
    }

    /**
     * What the user asked to see.
     *
     * @param arrows    the gradient and step arrows
     * @param internals the optimizer's state vectors
     * @param playing   whether playback is running (views that are slow to redraw may then skip frames)
     */
    record Shown(boolean arrows, boolean internals, boolean playing) {
    }

    /**
     * A run's named state vectors at {@code row} as glyphs, each as its optimizer declares it: a
     * direction as an arrow, a scale as an ellipse or bar sized against the largest component the
     * run reaches, a point where it is; none unless {@code internals}.
     */
    static List<dev.gradus.figures.StateGlyph> stateGlyphs(Recorded r, int row, boolean internals) {
        if (!internals) {
            return List.of();
        }
        List<dev.gradus.figures.StateGlyph> glyphs = new java.util.ArrayList<>();
        for (String name : r.stateNames()) {
            double[] v = r.state(name, row);
            switch (r.kind(name)) {
                case SCALE -> {
                    double largest = r.largestComponent(name);
                    if (!Double.isNaN(largest)) {
                        glyphs.add(dev.gradus.figures.StateGlyph.scale(name, v, largest));
                    }
                }
                case POINT -> glyphs.add(dev.gradus.figures.StateGlyph.point(name, v));
                default -> glyphs.add(dev.gradus.figures.StateGlyph.direction(name, v));
            }
        }
        return glyphs;
    }
}
