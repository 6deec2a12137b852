package dev.gradus.figures;

import java.awt.Color;
import java.awt.Point;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** Maps data points to image pixels through a rendered plot's data area, and reads colours. */
final class Pixels {

    private Pixels() {
    }

    static Point of(XYPlot plot, ChartRenderingInfo info, double x, double y) {
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double px = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
        return new Point((int) Math.floor(px), (int) Math.floor(py));
    }

    static Color colour(BufferedImage image, Point p) {
        return new Color(image.getRGB(p.x, p.y) & 0xFFFFFF);
    }

    /** Whether any pixel within {@code radius} of {@code p} (a square) satisfies {@code test} on its RGB. */
    static boolean near(BufferedImage image, Point p, int radius, IntPredicate test) {
        return count(image, p, radius, test) > 0;
    }

    /** How many pixels within {@code radius} of {@code p} (a square) satisfy {@code test} on their RGB. */
    static int count(BufferedImage image, Point p, int radius, IntPredicate test) {
        int n = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                if (test.test(image.getRGB(p.x + dx, p.y + dy) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean reddish(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 70 && (rgb & 0xFF) < 70;
    }

    static boolean whitish(int rgb) {
        return (rgb >> 16 & 0xFF) > 235 && (rgb >> 8 & 0xFF) > 235 && (rgb & 0xFF) > 235;
    }
}
