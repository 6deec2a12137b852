package dev.gradus.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** The contour lines, traced once; each paint only transforms each level's path to the screen. */
final class ContourLayer extends AbstractXYAnnotation {

    private final List<Contours.ContourLine> lines;
    private final Stroke stroke = new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private final Paint paint;

    ContourLayer(List<Contours.ContourLine> lines, Paint paint) {
        this.lines = List.copyOf(lines);
        this.paint = paint;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        AffineTransform toJava2D = DataTransform.of(plot, dataArea, domainAxis, rangeAxis);
        g2.setStroke(stroke);
        g2.setPaint(paint);
        for (Contours.ContourLine line : lines) {
            g2.draw(toJava2D.createTransformedShape(line.path()));
        }
    }
}
