package dev.gradus.gui.lab;

import dev.gradus.api.error.GradusException;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Objective;
import dev.gradus.app.port.in.PointText;
import dev.gradus.figures.LandscapeFigure;
import dev.gradus.figures.Palette;
import java.awt.Cursor;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A 2-D objective's landscape with each run's path up to the cursor, its gradient and step arrows
 * and its state glyphs, kept at one scale ({@link AspectPanel}). A click sets the start there; a
 * press within a few pixels of the start point drags it, the race following as it moves and once
 * more where it is let go; anywhere else the chart's own zoom (drag a box, the wheel) and pan
 * (ctrl-drag) work.
 */
final class LandscapeView implements RaceView {
    /** The most points of a path drawn. */
    static final int PATH_POINTS = 4000;
    /** The most often a drag of the start point races again, in nanoseconds between races. */
    private static final long DRAG_RACE_INTERVAL_NANOS = 60_000_000L;
    /** How near the start point, in pixels, a press picks it up. */
    static final double GRAB = 10;

    /** The start field the view reads and sets, and the race it starts. */
    interface StartControl {
        String text();

        void set(String text);

        void race();
    }

    private final LandscapeFigure landscape;
    private final StartControl start;
    private final AspectPanel holder;
    private final ChartPanel panel;

    LandscapeView(Objective objective, StartControl start) {
        this.start = start;
        landscape = LandscapeFigure.of(objective);
        panel = RaceView.named(new DraggablePanel(landscape.chart()));
        panel.addChartMouseListener(new Clicks(panel));
        Box window = objective.metadata().plotWindow();
        holder = new AspectPanel(panel, (window.upper(0) - window.lower(0)) / (window.upper(1) - window.lower(1)));
        landscape.chart().addProgressListener(event -> {
            if (event.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                SwingUtilities.invokeLater(holder::remeasure);
            }
        });
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
        for (int i = landscape.pathCount(); i < labels.size(); i++) {
            landscape.addPath(labels.get(i), Palette.run(i));
        }
        for (int i = 0; i < landscape.pathCount(); i++) {
            landscape.clearPath(i);
            landscape.clearArrows(i);
        }
    }

    @Override
    public void beginFrame() {
        landscape.chart().setNotify(false);
    }

    @Override
    public void endFrame() {
        landscape.chart().setNotify(true);
    }

    @Override
    public void show(int run, Recorded r, int row, Shown shown) {
        if (run >= landscape.pathCount()) {
            return;
        }
        int[] rows = Decimation.pathRows(row, PATH_POINTS);
        double[] xs = new double[rows.length];
        double[] ys = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            xs[k] = r.coordinate(rows[k], 0);
            ys[k] = r.coordinate(rows[k], 1);
        }
        landscape.setPath(run, xs, ys, rows.length);
        if (shown.arrows() && row + 1 < r.size()) {
            double[] gradient = {r.gradient(row, 0), r.gradient(row, 1)};
            double[] step = {r.coordinate(row + 1, 0) - r.coordinate(row, 0), r.coordinate(row + 1, 1) - r.coordinate(row, 1)};
            landscape.setArrows(run, gradient, step);
        } else {
            landscape.clearArrows(run);
        }
        landscape.setStateGlyphs(run, RaceView.stateGlyphs(r, row, shown.internals()));
    }

    /** The data point at panel pixel {@code (px, py)}, kept inside the data area, as the start field writes it. */
    private static String pointText(ChartPanel panel, double px, double py) {
        Rectangle2D area = panel.getScreenDataArea();
        double cx = Math.max(area.getMinX(), Math.min(area.getMaxX(), px));
        double cy = Math.max(area.getMinY(), Math.min(area.getMaxY(), py));
        XYPlot plot = (XYPlot) panel.getChart().getPlot();
        double x = plot.getDomainAxis().java2DToValue(cx, area, RectangleEdge.BOTTOM);
        double y = plot.getRangeAxis().java2DToValue(cy, area, RectangleEdge.LEFT);
        return String.format(Locale.ROOT, "%.4g,%.4g", x, y);
    }

    /** The chart panel whose start point can be dragged. */
    private final class DraggablePanel extends ChartPanel {
        private static final long serialVersionUID = 1L;
        private boolean dragging;
        private long lastRace;

        DraggablePanel(JFreeChart chart) {
            super(chart);
        }

        /** Where the start field's point is on the panel, or null when it is not a 2-D point. */
        private Point2D startOnScreen() {
            double[] at;
            try {
                at = PointText.parse("start", start.text());
            } catch (GradusException e) {
                return null;
            }
            if (at.length != 2) {
                return null;
            }
            Rectangle2D area = getScreenDataArea();
            XYPlot plot = (XYPlot) getChart().getPlot();
            return new Point2D.Double(plot.getDomainAxis().valueToJava2D(at[0], area, RectangleEdge.BOTTOM),
                    plot.getRangeAxis().valueToJava2D(at[1], area, RectangleEdge.LEFT));
        }

        private boolean nearStart(MouseEvent e) {
            Point2D at = startOnScreen();
            return at != null && at.distance(e.getPoint()) <= GRAB;
        }

        @Override
        public void mousePressed(MouseEvent e) {
            if (SwingUtilities.isLeftMouseButton(e) && !e.isControlDown() && nearStart(e)) {
                dragging = true;
                return;
            }
            super.mousePressed(e);
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            if (dragging) {
                moveStart(e, false);
                return;
            }
            super.mouseDragged(e);
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            if (dragging) {
                dragging = false;
                moveStart(e, true);
                return;
            }
            super.mouseReleased(e);
        }

        @Override
        public void mouseMoved(MouseEvent e) {
            super.mouseMoved(e);
            setCursor(Cursor.getPredefinedCursor(nearStart(e) ? Cursor.MOVE_CURSOR : Cursor.DEFAULT_CURSOR));
        }

        private void moveStart(MouseEvent e, boolean last) {
            start.set(pointText(this, e.getX(), e.getY()));
            long now = System.nanoTime();
            if (last || now - lastRace >= DRAG_RACE_INTERVAL_NANOS) {
                lastRace = now;
                start.race();
            }
        }
    }

    /** A click inside the data area sets the start there and races again. */
    private final class Clicks implements ChartMouseListener {
        private final ChartPanel panel;

        Clicks(ChartPanel panel) {
            this.panel = panel;
        }

        @Override
        public void chartMouseClicked(ChartMouseEvent event) {
            if (!panel.getScreenDataArea().contains(event.getTrigger().getPoint())) {
                return;
            }
            start.set(pointText(panel, event.getTrigger().getX(), event.getTrigger().getY()));
            start.race();
        }

        @Override
        public void chartMouseMoved(ChartMouseEvent event) {
        }
    }
}
