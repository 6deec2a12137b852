package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.api.objective.Box;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFilesTest {

    @TempDir
    Path folder;

    private static LandscapeFigure landscape() {
        return LandscapeFigure.builder(Landscape.sample(p -> p[0] * p[0] + p[1] * p[1], Box.cube(2, -2, 2), 60, 60)).build();
    }

    /** A chart that throws while it is drawn, as a broken figure would. */
    private static JFreeChart failingChart() {
        XYPlot plot = new XYPlot() {
            @Override
            public void draw(Graphics2D g2, Rectangle2D area, java.awt.geom.Point2D anchor, PlotState state, PlotRenderingInfo info) {
                throw new IllegalStateException("cannot draw");
            }
        };
        return new JFreeChart(plot);
    }

    static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aLandscapePngReadsBackAtTheAskedSize() throws IOException {
        LandscapeFigure figure = landscape();
        figure.setPath(figure.addPath("run"), new double[] {-1, 0}, new double[] {1, 0}, 2);
        Path file = folder.resolve("landscape.png");

        FigureFiles.writePng(figure.chart(), 320, 240, file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read).isNotNull();
        assertThat(read.getWidth()).isEqualTo(320);
        assertThat(read.getHeight()).isEqualTo(240);
        assertThat(namesIn(folder)).as("nothing but the PNG is left").containsExactly("landscape.png");
    }

    @Test
    void aPngOfAnImageKeepsItsPixels() throws IOException {
        BufferedImage image = landscape().render(200, 150);
        Path file = folder.resolve("image.png");

        FigureFiles.writePng(image, file);

        BufferedImage read = ImageIO.read(file.toFile());
        for (int y = 0; y < 150; y += 7) {
            for (int x = 0; x < 200; x += 7) {
                assertThat(read.getRGB(x, y)).as("pixel (%d, %d)", x, y).isEqualTo(image.getRGB(x, y));
            }
        }
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path file = folder.resolve("figure.png");
        Files.writeString(file, "an older and much longer file than a small PNG would be".repeat(2000));

        FigureFiles.writePng(landscape().chart(), 64, 48, file);

        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(64);
        assertThat(namesIn(folder)).containsExactly("figure.png");
    }

    @Test
    void aMissingFolderFailsNamingTheFileAndCreatesNothing() {
        Path file = folder.resolve("no-such-folder").resolve("figure.png");

        assertThatThrownBy(() -> FigureFiles.writePng(landscape().chart(), 64, 48, file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not exist");
        assertThat(folder.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void aFolderThatIsAFileFailsNamingTheFile() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "not a folder");
        Path file = folder.resolve("notes.txt").resolve("figure.png");

        assertThatThrownBy(() -> FigureFiles.writePng(landscape().chart(), 64, 48, file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not a folder");
        assertThat(folder.resolve("notes.txt")).hasContent("not a folder");
    }

    @Test
    void aTargetThatIsAFolderIsLeftAloneAndNoTempFileRemains() throws IOException {
        Path target = Files.createDirectory(folder.resolve("figure.png"));
        Files.writeString(target.resolve("inside.txt"), "kept");

        assertThatThrownBy(() -> FigureFiles.writePng(landscape().chart(), 64, 48, target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("is a folder");
        assertThat(target).isDirectory();
        assertThat(target.resolve("inside.txt")).hasContent("kept");
        assertThat(namesIn(folder)).containsExactly("figure.png");
    }

    @Test
    void aFailureWhileRenderingLeavesTheOldFileAndNoTempFile() throws IOException {
        Path file = folder.resolve("figure.png");
        Files.writeString(file, "old figure");

        assertThatThrownBy(() -> FigureFiles.writePng(failingChart(), 64, 48, file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot draw");
        assertThat(file).hasContent("old figure");
        assertThat(namesIn(folder)).containsExactly("figure.png");
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTempFile() throws IOException {
        Path file = folder.resolve("figure.png");
        Files.writeString(file, "old figure");
        // the PNG writer asks for the pixels after writing its header: this fails mid-file
        BufferedImage broken = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB) {
            @Override
            public java.awt.image.Raster getData(java.awt.Rectangle rect) {
                throw new IllegalStateException("pixels lost");
            }
        };

        assertThatThrownBy(() -> FigureFiles.writePng(broken, file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
        assertThat(file).hasContent("old figure");
        assertThat(namesIn(folder)).containsExactly("figure.png");
    }

    @Test
    void aNonPositiveSizeIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = folder.resolve("figure.png");

        assertThatThrownBy(() -> FigureFiles.writePng(landscape().chart(), 0, 48, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 x 48");
        assertThat(namesIn(folder)).isEmpty();
    }

    @Test
    void theFormatIsChosenByExtensionInAnyCase() {
        assertThat(FigureFiles.format(Path.of("out", "landscape.png"))).isEqualTo(FigureFormat.PNG);
        assertThat(FigureFiles.format(Path.of("LANDSCAPE.PNG"))).isEqualTo(FigureFormat.PNG);
        assertThat(FigureFiles.format(Path.of("race.gif"))).isEqualTo(FigureFormat.GIF);
        assertThat(FigureFiles.format(Path.of("out", "Race.Gif"))).isEqualTo(FigureFormat.GIF);
    }

    @Test
    void otherExtensionsAreRefusedNamingTheFileAndTheAllowedOnes() {
        for (String name : List.of("figure.jpg", "figure", "figure.png.txt", "png", "figure.gifx")) {
            assertThatThrownBy(() -> FigureFiles.format(Path.of(name)))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(name)
                    .hasMessageContaining(".png, .gif");
        }
    }

    @Test
    void aWrittenAnimationHasEveryFrame() throws IOException {
        Path file = folder.resolve("race.gif");
        AtomicInteger drawn = new AtomicInteger();

        FigureFiles.writeAnimation(file, 3, k -> {
            drawn.incrementAndGet();
            return frame(k);
        }, 50);

        assertThat(drawn).hasValue(3);
        assertThat(AnimatedGifTest.imagesIn(file)).isEqualTo(3);
        assertThat(namesIn(folder)).containsExactly("race.gif");
    }

    @Test
    void aFrameThatCannotBeDrawnLeavesTheOldAnimationAndNoTempFile() throws IOException {
        Path file = folder.resolve("race.gif");
        Files.write(file, "old animation".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> FigureFiles.writeAnimation(file, 5, k -> {
            if (k == 3) {
                throw new IllegalStateException("frame 3 failed");
            }
            return frame(k);
        }, 50)).isInstanceOf(IllegalStateException.class).hasMessage("frame 3 failed");

        assertThat(file).hasContent("old animation");
        assertThat(namesIn(folder)).containsExactly("race.gif");
    }

    @Test
    void anAnimationWithoutFramesIsRefused() {
        assertThatThrownBy(() -> FigureFiles.writeAnimation(folder.resolve("race.gif"), 0, FigureFilesTest::frame, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static BufferedImage frame(int k) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 40, 30);
        g.setColor(Palette.run(k));
        g.fillRect(k * 5, 5, 10, 10);
        g.dispose();
        return image;
    }
}
