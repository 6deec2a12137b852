package dev.gradus.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Known minima: a white star with a dark rim for each global minimum, a white cross for each local
 * one, at a fixed size on screen.
 */
final class MinimaLayer extends AbstractXYAnnotation {

    private static final Shape STAR = star(8, 3.4);
    private static final double CROSS = 5;

    private final List<double[]> global;
    private final List<double[]> local;

    MinimaLayer(List<double[]> global, List<double[]> local) {
        this.global = List.copyOf(global);
        this.local = List.copyOf(local);
    }

    private static Shape star(double outer, double inner) {
        Path2D.Double star = new Path2D.Double();
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + k * Math.PI / 5;
            double x = r * Math.cos(angle);
            double y = r * Math.sin(angle);
            if (k == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        AffineTransform toJava2D = DataTransform.of(plot, dataArea, domainAxis, rangeAxis);
        Point2D p = new Point2D.Double();
        g2.setStroke(new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double[] m : local) {
            toJava2D.transform(new Point2D.Double(m[0], m[1]), p);
            g2.setPaint(Color.WHITE);
            g2.draw(new Line2D.Double(p.getX() - CROSS, p.getY() - CROSS, p.getX() + CROSS, p.getY() + CROSS));
            g2.draw(new Line2D.Double(p.getX() - CROSS, p.getY() + CROSS, p.getX() + CROSS, p.getY() - CROSS));
        }
        g2.setStroke(new BasicStroke(1.0f));
        for (double[] m : global) {
            toJava2D.transform(new Point2D.Double(m[0], m[1]), p);
            Shape star = AffineTransform.getTranslateInstance(p.getX(), p.getY()).createTransformedShape(STAR);
            g2.setPaint(Color.WHITE);
            g2.fill(star);
            g2.setPaint(Color.DARK_GRAY);
            g2.draw(star);
        }
    }
}
