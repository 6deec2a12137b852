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
import java.util.List;

/**
 * Arrows and state-vector glyphs drawn at a run's current point, shared by the landscape (2-D) and
 * the curve (1-D): an arrow is given in data units and shortened on screen to at most a set length,
 * its direction kept; a scale glyph is sized on screen, a point drawn where it is (see
 * {@link StateGlyph}).
 */
final class Glyphs {
    private static final double HEAD = 7;
    static final Stroke STATE = new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER, 10f,
            new float[] {1f, 3f}, 0f);

    private Glyphs() {
    }

    /**
     * Draws the state glyphs of a point at data {@code (x, y)}, on screen {@code at}: arrows in
     * data units (for a 1-D figure, {@code y} is the curve's value and a direction moves along x
     * only), scales as an ellipse (2-D) or bar (1-D) of at most {@code maxLength / 2} half-width.
     */
    static void states(Graphics2D g2, AffineTransform toJava2D, Point2D at, double x, double y, List<StateGlyph> glyphs,
                       double maxLength, Color colour) {
        for (StateGlyph glyph : glyphs) {
            Point2D label;
            if (glyph.isScale()) {
                label = scale(g2, at, glyph, maxLength / 2, colour);
            } else if (glyph.kind() == dev.gradus.api.optimizer.StateVectorKind.POINT) {
                label = point(g2, toJava2D, glyph, y, colour);
            } else {
                double[] d = glyph.dimension() == 1 ? new double[] {glyph.component(0), 0} : new double[] {glyph.component(0), glyph.component(1)};
                label = arrow(g2, toJava2D, at, x, y, d, maxLength, STATE, colour);
            }
            if (label != null) {
                g2.setPaint(colour);
                g2.drawString(glyph.name(), (float) label.getX() + 4, (float) label.getY() - 4);
            }
        }
    }

    /** Draws a point glyph, a hollow diamond, where it is (on a curve: at the current point's height); returns where its label goes. */
    private static Point2D point(Graphics2D g2, AffineTransform toJava2D, StateGlyph glyph, double y, Color colour) {
        double px = glyph.component(0);
        double py = glyph.dimension() == 1 ? y : glyph.component(1);
        if (!Double.isFinite(px) || !Double.isFinite(py)) {
            return null;
        }
        Point2D at = toJava2D.transform(new Point2D.Double(px, py), null);
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(at.getX(), at.getY() - 7);
        diamond.lineTo(at.getX() + 7, at.getY());
        diamond.lineTo(at.getX(), at.getY() + 7);
        diamond.lineTo(at.getX() - 7, at.getY());
        diamond.closePath();
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(2.0f));
        g2.draw(diamond);
        return new Point2D.Double(at.getX() + 4, at.getY() - 4);
    }

    /** Draws a scale glyph centred on {@code at}; returns where its label goes, or null when it is too small to see. */
    private static Point2D scale(Graphics2D g2, Point2D at, StateGlyph glyph, double size, Color colour) {
        double rx = size * glyph.relativeHalfWidth(0);
        g2.setPaint(colour);
        g2.setStroke(STATE);
        if (glyph.dimension() == 1) {
            if (rx < 1) {
                return null;
            }
            double y = at.getY() - 12;
            g2.draw(new Line2D.Double(at.getX() - rx, y, at.getX() + rx, y));
            g2.draw(new Line2D.Double(at.getX() - rx, y - 4, at.getX() - rx, y + 4));
            g2.draw(new Line2D.Double(at.getX() + rx, y - 4, at.getX() + rx, y + 4));
            return new Point2D.Double(at.getX() + rx, y);
        }
        double ry = size * glyph.relativeHalfWidth(1);
        if (rx < 1 && ry < 1) {
            return null;
        }
        g2.draw(new Ellipse2D.Double(at.getX() - rx, at.getY() - ry, 2 * rx, 2 * ry));
        return new Point2D.Double(at.getX() + rx * 0.7071, at.getY() - ry * 0.7071);
    }

    /** Draws one arrow from data {@code (x, y)} by {@code d}; returns its tip on screen, or null when there is none to draw. */
    static Point2D arrow(Graphics2D g2, AffineTransform toJava2D, Point2D from, double x, double y, double[] d,
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
