package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.cli.CliHarness.Outcome;
import dev.gradus.figures.Palette;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --plot}: figures drawn headless, of the size asked for, with the paths where they should be. */
class PlotIT {
    @TempDir
    Path dir;

    /** Pixels of exactly {@code rgb} in columns {@code [from, to)}. */
    private static int count(BufferedImage image, int rgb, int from, int to) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = from; x < to; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aRunsPlotIsTheLandscapeWithItsPathBesideItsLossOfTheSizeAskedFor() throws IOException {
        Path png = dir.resolve("path.png");
        Outcome run = CliHarness.run("run", "--objective", "elongated-bowl", "--optimizer", "sgd", "-p", "lr=0.95", "--start", "-7,2", "--steps", "30",
                "--plot", png.toString(), "--plot-size", "900x450", "--output", dir.resolve("path.csv").toString());

        assertThat(run.code()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(450);
        int split = (int) (900 * 0.58);
        int colour = Palette.run(0).getRGB();
        // the path zig-zags over the left half of the landscape (x from -7 to 0 of -10..10): the run colour there, not on the right
        int landscapeWidth = split - 120;
        assertThat(count(image, colour, 40, 40 + landscapeWidth / 2)).as("path pixels where x < 0").isGreaterThan(100);
        assertThat(count(image, colour, 40 + landscapeWidth * 3 / 4, split - 100)).as("none where x > 5").isZero();
        assertThat(count(image, colour, split, 900)).as("the loss curve").isGreaterThan(50);
    }

    @Test
    void aGifHasAFramePerStepUpToAHundredAndAStudyDrawsEveryRun() throws IOException {
        Path gif = dir.resolve("race.gif");
        Path png = dir.resolve("study.png");
        Outcome animated = CliHarness.run("scenario", "run", "book-comparison", "--plot", gif.toString(), "--plot-size", "600x300");
        Outcome study = CliHarness.run("compare", "--objective", "rosenbrock", "--starts", "random:5", "--steps", "300", "--optimizer", "adam",
                "-p", "lr=0.05", "--optimizer", "sgd", "-p", "lr=0.001", "--plot", png.toString());

        assertThat(animated.code()).as(animated.err()).isZero();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).as("steps 0 to 30").isEqualTo(31);
            assertThat(reader.read(0).getWidth()).isEqualTo(600);
        }
        assertThat(study.code()).as(study.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(count(image, Palette.run(0).getRGB(), 0, 696)).isGreaterThan(100);
        assertThat(count(image, Palette.run(1).getRGB(), 0, 696)).isGreaterThan(100);
    }

    @Test
    void everyBuiltInScenarioRunsAndDrawsItsFigure() throws IOException {
        List<String> names = CliHarness.run("scenario", "list").outLines().stream().skip(1).map(line -> line.split(" ")[0]).toList();

        assertThat(names).hasSize(7);
        for (String name : names) {
            Path png = dir.resolve(name + ".png");
            Outcome run = CliHarness.run("scenario", "run", name, "--plot", png.toString(), "--plot-size", "800x400", "--output",
                    dir.resolve(name + ".txt").toString());
            assertThat(run.code()).as(name + ": " + run.err()).isIn(0, 3);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(name).isEqualTo(800);
            assertThat(image.getHeight()).as(name).isEqualTo(400);
            assertThat(count(image, Palette.run(0).getRGB(), 0, 800)).as(name + ": the first run drawn").isGreaterThan(20);
        }
    }

    @Test
    void aBadPlotIsRefusedBeforeTheRunAndWritesNothing() {
        Outcome format = CliHarness.run("run", "--objective", "sphere", "--optimizer", "adam", "--plot", dir.resolve("x.jpg").toString(),
                "--output", dir.resolve("out.csv").toString());
        Outcome size = CliHarness.run("run", "--objective", "sphere", "--optimizer", "adam", "--plot", dir.resolve("x.png").toString(),
                "--plot-size", "10x10");
        Outcome folder = CliHarness.run("compare", "--objective", "sphere", "--optimizer", "adam", "--plot", dir.resolve("no/x.png").toString());

        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).startsWith("gradus: --plot: cannot tell the figure format of ").contains(".png, .gif");
        assertThat(size.err()).startsWith("gradus: --plot-size: must be WIDTHxHEIGHT in pixels");
        assertThat(folder.err()).startsWith("gradus: --plot: folder ").endsWith("does not exist" + System.lineSeparator());
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void anNdRunIsPlottedAsItsLossAlone() throws IOException {
        Path png = dir.resolve("nd.png");
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--dim", "5", "--optimizer", "adam", "-p", "lr=0.1", "--steps", "50",
                "--plot", png.toString(), "--format", "table");

        assertThat(run.code()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(count(image, Palette.run(0).getRGB(), 0, 600)).as("the loss curve spans the whole width").isGreaterThan(50);
        assertThat(Files.size(png)).isPositive();
    }
}
