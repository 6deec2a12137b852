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
 * The decision regions: one image pixel per grid cell, drawn stretched over the grid's rectangle
 * with nearest-neighbour scaling, so each cell shows exactly what the classifier said at its centre.
 *
 * <p>A cell takes the colour of its most probable class, blended over white by how sure the
 * classifier is there. The shades are worked out once per class, {@value #SHADES} of them, so
 * {@link #fill} only looks colours up: it writes into the image's own pixel array, allocates
 * nothing and fires one change event.
 */
final class RegionImage extends AbstractXYAnnotation {

    /** Shades per class between the palest (a tie) and the full region colour (certainty). */
    static final int SHADES = 256;
    /** How far the full region colour moves from the class colour towards white; points keep the class colour. */
    static final double LIGHTEN = 0.5;
    /** How much of the full region colour the palest shade keeps, so even a near tie shows its side. */
    static final double PALEST = 0.15;

    private static final int MISSING = Palette.MISSING.getRGB() & 0xFFFFFF;

    private final RegionGrid grid;
    private final int classes;
    private final int[] shades;
    private final BufferedImage image;
    private final int[] pixels;
    private boolean filled;

    RegionImage(RegionGrid grid, int classes) {
        this.grid = grid;
        this.classes = classes;
        this.shades = new int[classes * SHADES];
        for (int k = 0; k < classes; k++) {
            int full = toWhite(Palette.run(k).getRGB(), LIGHTEN);
            for (int s = 0; s < SHADES; s++) {
                double strength = PALEST + (1 - PALEST) * s / (SHADES - 1);
                shades[k * SHADES + s] = toWhite(full, 1 - strength);
            }
        }
        this.image = new BufferedImage(grid.columns(), grid.rows(), BufferedImage.TYPE_INT_RGB);
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** {@code rgb} moved the fraction {@code w} of the way to white, as {@code 0xRRGGBB}. */
    private static int toWhite(int rgb, double w) {
        return channel(rgb >> 16, w) << 16 | channel(rgb >> 8, w) << 8 | channel(rgb, w);
    }

    private static int channel(int c, double w) {
        int v = c & 0xFF;
        return (int) Math.round(v + (255 - v) * w);
    }

    /**
     * The shade of class {@code k} when its probability {@code top} is the largest: the palest at
     * {@code 1 / classes} (or below), the full region colour at 1. NaN gives the missing colour.
     */
    int shadeRgb(int k, double top) {
        if (Double.isNaN(top)) {
            return MISSING;
        }
        double chance = 1.0 / classes;
        double strength = Math.min(1.0, Math.max(0.0, (top - chance) / (1 - chance)));
        return shades[k * SHADES + (int) Math.round(strength * (SHADES - 1))];
    }

    /** The image's size must already be checked: {@code cells * classes} values. Not modified. */
    void fill(double[] probabilities) {
        int columns = grid.columns();
        int rows = grid.rows();
        for (int r = 0; r < rows; r++) {
            int imageRow = (rows - 1 - r) * columns; // image rows run downwards, grid rows upwards
            for (int c = 0; c < columns; c++) {
                int base = (r * columns + c) * classes;
                double top = probabilities[base];
                int best = 0;
                boolean missing = Double.isNaN(top);
                for (int k = 1; k < classes; k++) {
                    double p = probabilities[base + k];
                    missing |= Double.isNaN(p);
                    if (p > top) {
                        top = p;
                        best = k;
                    }
                }
                pixels[imageRow + c] = missing ? MISSING : shadeRgb(best, top);
            }
        }
        filled = true;
        fireAnnotationChanged();
    }

    boolean filled() {
        return filled;
    }

    BufferedImage image() {
        return image;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        if (!filled) {
            return;
        }
        AffineTransform toJava2D = DataTransform.of(plot, dataArea, domainAxis, rangeAxis);
        Point2D topLeft = toJava2D.transform(new Point2D.Double(grid.xMin(), grid.yMax()), null);
        Point2D bottomRight = toJava2D.transform(new Point2D.Double(grid.xMax(), grid.yMin()), null);
        Object interpolation = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform place = new AffineTransform(
                (bottomRight.getX() - topLeft.getX()) / image.getWidth(), 0, 0,
                (bottomRight.getY() - topLeft.getY()) / image.getHeight(), topLeft.getX(), topLeft.getY());
        g2.drawImage(image, place, null);
        if (interpolation != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }
}
