package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.objective.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

class MedianCutTest {

    /** Mean absolute difference per channel between two images of one size, over all pixels. */
    static double meanError(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 0xFF) - (q >> 16 & 0xFF)) + Math.abs((p >> 8 & 0xFF) - (q >> 8 & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    @Test
    void anImageWithFewColoursKeepsThemExactly() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, 0xFF000000 | ((x / 4) * 16) << 16 | ((y / 4) * 16) << 8 | 0x40); // 256 colours
            }
        }

        BufferedImage indexed = MedianCut.toIndexed(image);

        assertThat(indexed.getType()).isEqualTo(BufferedImage.TYPE_BYTE_INDEXED);
        assertThat(((IndexColorModel) indexed.getColorModel()).getMapSize()).isEqualTo(256);
        assertThat(meanError(image, indexed)).isZero();
    }

    @Test
    void aRenderedLandscapeIsReducedToAtMost256ColoursCloseToItsOwn() {
        LandscapeFigure figure = LandscapeFigure.builder(
                Landscape.sample(p -> Math.sin(3 * p[0]) * Math.cos(2 * p[1]), Box.cube(2, -2, 2), 120, 120)).build();
        figure.setPath(figure.addPath("run"), new double[] {-1, 0, 1}, new double[] {1, 0, 0.5}, 3);
        BufferedImage image = figure.render(400, 300);

        BufferedImage indexed = MedianCut.toIndexed(image);

        assertThat(((IndexColorModel) indexed.getColorModel()).getMapSize()).isLessThanOrEqualTo(256);
        assertThat(meanError(image, indexed)).isLessThan(3.0);
    }

    @Test
    void aSmoothGradientKeepsEveryPixelNearItsColour() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                image.setRGB(x, y, x << 16 | y << 8 | (x + y) / 2);
            }
        }

        BufferedImage indexed = MedianCut.toIndexed(image);

        int worst = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                int p = image.getRGB(x, y);
                int q = indexed.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF)));
                }
            }
        }
        assertThat(worst).as("largest channel error").isLessThan(40);
        assertThat(meanError(image, indexed)).isLessThan(8.0);
    }

    @Test
    void translucentPixelsAreBlendedOntoWhite() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00123456); // fully transparent
        image.setRGB(1, 0, 0x80000000); // half black

        BufferedImage indexed = MedianCut.toIndexed(image);

        assertThat(new Color(indexed.getRGB(0, 0))).isEqualTo(Color.WHITE);
        assertThat(indexed.getRGB(1, 0) & 0xFF).isBetween(126, 128);
    }

    @Test
    void aFlatDrawingNeedsOneColour() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 10, 10);
        g.dispose();

        BufferedImage indexed = MedianCut.toIndexed(image);

        assertThat(((IndexColorModel) indexed.getColorModel()).getMapSize()).isEqualTo(1);
        assertThat(new Color(indexed.getRGB(5, 5))).isEqualTo(Color.ORANGE);
    }
}
