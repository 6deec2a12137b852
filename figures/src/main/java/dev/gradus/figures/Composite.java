package dev.gradus.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Several charts drawn side by side into one image, each given a share of the width; headless. */
public final class Composite {

    private Composite() {
    }

    /**
     * Draws {@code charts} left to right into a new {@code width} by {@code height} image, chart
     * {@code i} taking {@code shares[i]} of the width (the shares are normalised).
     *
     * @throws IllegalArgumentException when the sizes are not positive, there are no charts, or the shares do not match them
     */
    public static BufferedImage sideBySide(int width, int height, List<JFreeChart> charts, double[] shares) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a figure needs a positive size, was " + width + " x " + height);
        }
        if (charts.isEmpty() || shares.length != charts.size()) {
            throw new IllegalArgumentException(charts.size() + " charts and " + shares.length + " shares");
        }
        double total = 0;
        for (double s : shares) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("a share must be > 0, was " + s);
            }
            total += s;
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, width, height);
            double x = 0;
            for (int i = 0; i < charts.size(); i++) {
                double w = width * shares[i] / total;
                charts.get(i).draw(g, new Rectangle2D.Double(Math.round(x), 0, Math.round(x + w) - Math.round(x), height));
                x += w;
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
