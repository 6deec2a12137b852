package dev.gradus.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * What is drawn on top of each path: the current point (its last point) as a large disc with a
 * white rim, and optionally arrows from it: the gradient dashed, the step solid, and the
 * optimizer's named state vectors as {@link StateGlyph}s with their names. Arrows are
 * given in data units; one longer than a third of the plot's smaller side is shortened to that
 * length on screen, keeping its direction, so a huge gradient stays in view.
 */
final class PathOverlay extends AbstractXYAnnotation {

    private static final double DISC = 6;
    private static final Stroke RIM = new BasicStroke(2.0f);
    private static final Stroke STEP = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    private static final Stroke GRADIENT = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 3f}, 0f);

    /** Per path: its colour and arrows, {@code NaN} components meaning "no arrow". */
    private static final class Marks {
        final Color colour;
        final double[] gradient = {Double.NaN, Double.NaN};
        final double[] step = {Double.NaN, Double.NaN};
        final List<StateGlyph> states = new ArrayList<>();

        Marks(Color colour) {
            this.colour = colour;
        }
    }

    private final Tracks tracks;
    private final List<Marks> marks = new ArrayList<>();
    private boolean arrowsVisible = true;

    PathOverlay(Tracks tracks) {
        this.tracks = tracks;
    }

    void add(Color colour) {
        marks.add(new Marks(colour));
    }

    void setArrows(int index, double[] gradient, double[] step) {
        Marks m = marks.get(index);
        copy(gradient, m.gradient);
        copy(step, m.step);
        fireAnnotationChanged();
    }

    private static void copy(double[] from, double[] to) {
        if (from == null) {
            to[0] = Double.NaN;
            to[1] = Double.NaN;
        } else {
            if (from.length != 2) {
                throw new IllegalArgumentException("an arrow needs 2 components, got " + from.length);
            }
            to[0] = from[0];
            to[1] = from[1];
        }
    }

    void setStates(int index, List<StateGlyph> glyphs) {
        Marks m = marks.get(index);
        for (StateGlyph g : glyphs) {
            if (g.dimension() != 2) {
                throw new IllegalArgumentException("a state vector on a landscape needs 2 components, " + g.name() + " has " + g.dimension());
            }
        }
        m.states.clear();
        m.states.addAll(glyphs);
        fireAnnotationChanged();
    }

    void setArrowsVisible(boolean visible) {
        arrowsVisible = visible;
        fireAnnotationChanged();
    }

    boolean arrowsVisible() {
        return arrowsVisible;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        AffineTransform toJava2D = DataTransform.of(plot, dataArea, domainAxis, rangeAxis);
        double maxArrow = Math.min(dataArea.getWidth(), dataArea.getHeight()) / 3;
        for (int k = 0; k < marks.size(); k++) {
            if (tracks.getItemCount(k) == 0) {
                continue;
            }
            double x = tracks.lastX(k);
            double y = tracks.lastY(k);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            Marks m = marks.get(k);
            Point2D at = toJava2D.transform(new Point2D.Double(x, y), null);
            if (arrowsVisible) {
                Glyphs.arrow(g2, toJava2D, at, x, y, m.gradient, maxArrow, GRADIENT, m.colour);
                Glyphs.arrow(g2, toJava2D, at, x, y, m.step, maxArrow, STEP, m.colour);
                Glyphs.states(g2, toJava2D, at, x, y, m.states, maxArrow, m.colour);
            }
            Ellipse2D disc = new Ellipse2D.Double(at.getX() - DISC, at.getY() - DISC, 2 * DISC, 2 * DISC);
            g2.setPaint(m.colour);
            g2.fill(disc);
            g2.setPaint(Color.WHITE);
            g2.setStroke(RIM);
            g2.draw(disc);
        }
    }
}
