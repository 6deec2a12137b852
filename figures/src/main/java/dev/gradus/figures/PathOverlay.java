package dev.gradus.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
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
 * optimizer's named state vectors (velocity, moments) dotted with their names. Arrows are
 * given in data units; one longer than a third of the plot's smaller side is shortened to that
 * length on screen, keeping its direction, so a huge gradient stays in view.
 */
final class PathOverlay extends AbstractXYAnnotation {

    private static final double DISC = 6;
    private static final double HEAD = 7;
    private static final Stroke RIM = new BasicStroke(2.0f);
    private static final Stroke STEP = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    private static final Stroke GRADIENT = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 3f}, 0f);
    private static final Stroke STATE = new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER, 10f,
            new float[] {1f, 3f}, 0f);

    /** Per path: its colour and arrows, {@code NaN} components meaning "no arrow". */
    private static final class Marks {
        final Color colour;
        final double[] gradient = {Double.NaN, Double.NaN};
        final double[] step = {Double.NaN, Double.NaN};
        final List<String> stateNames = new ArrayList<>();
        final List<double[]> states = new ArrayList<>();

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

    void setStates(int index, List<String> names, List<double[]> vectors) {
        if (names.size() != vectors.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + vectors.size() + " state vectors");
        }
        Marks m = marks.get(index);
        m.stateNames.clear();
        m.states.clear();
        for (int i = 0; i < names.size(); i++) {
            double[] v = vectors.get(i);
            if (v.length != 2) {
                throw new IllegalArgumentException("a state vector needs 2 components, got " + v.length);
            }
            m.stateNames.add(names.get(i));
            m.states.add(v.clone());
        }
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
                arrow(g2, toJava2D, at, x, y, m.gradient, maxArrow, GRADIENT, m.colour);
                arrow(g2, toJava2D, at, x, y, m.step, maxArrow, STEP, m.colour);
                for (int s = 0; s < m.states.size(); s++) {
                    Point2D tip = arrow(g2, toJava2D, at, x, y, m.states.get(s), maxArrow, STATE, m.colour);
                    if (tip != null) {
                        g2.drawString(m.stateNames.get(s), (float) tip.getX() + 4, (float) tip.getY() - 4);
                    }
                }
            }
            Ellipse2D disc = new Ellipse2D.Double(at.getX() - DISC, at.getY() - DISC, 2 * DISC, 2 * DISC);
            g2.setPaint(m.colour);
            g2.fill(disc);
            g2.setPaint(Color.WHITE);
            g2.setStroke(RIM);
            g2.draw(disc);
        }
    }

    /** Draws one arrow; returns its tip on screen, or null when there is none to draw. */
    private static Point2D arrow(Graphics2D g2, AffineTransform toJava2D, Point2D from, double x, double y, double[] d,
                                 double maxLength, Stroke stroke, Color colour) {
        if (!Double.isFinite(d[0]) || !Double.isFinite(d[1])) {
            return null;
        }
        Point2D tip = toJava2D.transform(new Point2D.Double(x + d[0], y + d[1]), null);
        double dx = tip.getX() - from.getX();
        double dy = tip.getY() - from.getY();
        double length = Math.hypot(dx, dy);
        if (!(length > 0.5)) {
            return null;
        }
        if (length > maxLength) {
            dx *= maxLength / length;
            dy *= maxLength / length;
            length = maxLength;
        }
        double ux = dx / length;
        double uy = dy / length;
        double tipX = from.getX() + dx;
        double tipY = from.getY() + dy;
        double head = Math.min(HEAD, length / 2);
        g2.setPaint(colour);
        g2.setStroke(stroke);
        g2.draw(new Line2D.Double(from.getX(), from.getY(), tipX - ux * head, tipY - uy * head));
        Path2D.Double triangle = new Path2D.Double();
        triangle.moveTo(tipX, tipY);
        triangle.lineTo(tipX - ux * head - uy * head / 2, tipY - uy * head + ux * head / 2);
        triangle.lineTo(tipX - ux * head + uy * head / 2, tipY - uy * head - ux * head / 2);
        triangle.closePath();
        g2.fill(triangle);
        return new Point2D.Double(tipX, tipY);
    }
}
