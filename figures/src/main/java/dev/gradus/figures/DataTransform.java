package dev.gradus.figures;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * The map from data coordinates to Java2D coordinates of a vertical plot with linear axes, as one
 * {@link AffineTransform}: a whole contour path is then transformed in one call per paint, and
 * the figures keep their geometry in data units however the plot is zoomed or resized.
 */
final class DataTransform {

    private DataTransform() {
    }

    static AffineTransform of(XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis) {
        double x0 = domainAxis.getLowerBound();
        double x1 = domainAxis.getUpperBound();
        double y0 = rangeAxis.getLowerBound();
        double y1 = rangeAxis.getUpperBound();
        double px0 = domainAxis.valueToJava2D(x0, dataArea, plot.getDomainAxisEdge());
        double px1 = domainAxis.valueToJava2D(x1, dataArea, plot.getDomainAxisEdge());
        double py0 = rangeAxis.valueToJava2D(y0, dataArea, plot.getRangeAxisEdge());
        double py1 = rangeAxis.valueToJava2D(y1, dataArea, plot.getRangeAxisEdge());
        double sx = (px1 - px0) / (x1 - x0);
        double sy = (py1 - py0) / (y1 - y0);
        return new AffineTransform(sx, 0, 0, sy, px0 - sx * x0, py0 - sy * y0);
    }
}
