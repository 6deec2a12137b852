package dev.gradus.figures;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The filled landscape: one image pixel per grid node, coloured once by viridis, drawn stretched
 * over the window at every paint. Pixel {@code (i, j)} is centred on its node, so the image reaches
 * half a cell beyond the window's edges; the plot clips that away.
 */
final class LandscapeImage extends AbstractXYAnnotation {

    private final BufferedImage image;
    private final double xLow;
    private final double xHigh;
    private final double yLow;
    private final double yHigh;

    LandscapeImage(Landscape landscape, ContourLevels levels) {
        this.image = colour(landscape, levels);
        double halfX = landscape.dx() / 2;
        double halfY = landscape.dy() / 2;
        this.xLow = landscape.window().lower(0) - halfX;
        this.xHigh = landscape.window().upper(0) + halfX;
        this.yLow = landscape.window().lower(1) - halfY;
        this.yHigh = landscape.window().upper(1) + halfY;
    }

    private static BufferedImage colour(Landscape landscape, ContourLevels levels) {
        int nx = landscape.nx();
        int ny = landscape.ny();
        BufferedImage image = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        double[] v = landscape.samples();
        for (int j = 0; j < ny; j++) {
            int row = (ny - 1 - j) * nx; // image rows run downwards, y upwards
            for (int i = 0; i < nx; i++) {
                pixels[row + i] = Palette.viridisRgb(levels.fraction(v[j * nx + i]));
            }
        }
        return image;
    }

    BufferedImage image() {
        return image;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        AffineTransform toJava2D = DataTransform.of(plot, dataArea, domainAxis, rangeAxis);
        Point2D topLeft = toJava2D.transform(new Point2D.Double(xLow, yHigh), null);
        Point2D bottomRight = toJava2D.transform(new Point2D.Double(xHigh, yLow), null);
        Object interpolation = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform place = new AffineTransform(
                (bottomRight.getX() - topLeft.getX()) / image.getWidth(), 0, 0,
                (bottomRight.getY() - topLeft.getY()) / image.getHeight(), topLeft.getX(), topLeft.getY());
        g2.drawImage(image, place, null);
        if (interpolation != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }
}
