package dev.gradus.figures;

import static dev.gradus.figures.FigureFilesTest.frame;
import static dev.gradus.figures.FigureFilesTest.namesIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.api.objective.Box;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class AnimatedGifTest {

    private static final String IMAGE_METADATA = "javax_imageio_gif_image_1.0";

    @TempDir
    Path folder;

    /** One frame's image and native metadata tree, as ImageIO reads them back. */
    record ReadFrame(BufferedImage image, IIOMetadataNode metadata) {
    }

    static List<ReadFrame> read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            assertThat(readers.hasNext()).as("a reader for %s", file).isTrue();
            ImageReader reader = readers.next();
            assertThat(reader.getFormatName()).isEqualToIgnoringCase("gif");
            try {
                reader.setInput(in);
                int count = reader.getNumImages(true);
                List<ReadFrame> frames = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    frames.add(new ReadFrame(reader.read(k),
                            (IIOMetadataNode) reader.getImageMetadata(k).getAsTree(IMAGE_METADATA)));
                }
                return frames;
            } finally {
                reader.dispose();
            }
        }
    }

    static int imagesIn(Path file) throws IOException {
        return read(file).size();
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeName().equals(name)) {
                return (IIOMetadataNode) node;
            }
        }
        return null;
    }

    private static List<BufferedImage> landscapeFrames(int count) {
        LandscapeFigure figure = LandscapeFigure.builder(
                Landscape.sample(p -> p[0] * p[0] + 3 * p[1] * p[1], Box.cube(2, -2, 2), 60, 60)).build();
        int path = figure.addPath("run");
        List<BufferedImage> frames = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            figure.appendPoint(path, -1.5 + 0.3 * k, 1.5 - 0.3 * k);
            frames.add(figure.render(160, 120));
        }
        return frames;
    }

    @Test
    void fiveLandscapeFramesReadBackAsFiveImagesThatLoopForeverWithTheDelay() throws IOException {
        Path file = folder.resolve("race.gif");
        try (AnimatedGif gif = AnimatedGif.open(file, 40)) {
            for (BufferedImage frame : landscapeFrames(5)) {
                gif.add(frame);
            }
            assertThat(gif.frameCount()).isEqualTo(5);
        }

        List<ReadFrame> frames = read(file);
        assertThat(frames).hasSize(5);
        for (ReadFrame frame : frames) {
            assertThat(frame.image().getWidth()).isEqualTo(160);
            assertThat(frame.image().getHeight()).isEqualTo(120);
            IIOMetadataNode control = child(frame.metadata(), "GraphicControlExtension");
            assertThat(control).isNotNull();
            assertThat(control.getAttribute("delayTime")).as("hundredths of a second").isEqualTo("4");
        }
        IIOMetadataNode extensions = child(frames.get(0).metadata(), "ApplicationExtensions");
        assertThat(extensions).as("application extensions of frame 0").isNotNull();
        IIOMetadataNode loop = child(extensions, "ApplicationExtension");
        assertThat(loop.getAttribute("applicationID")).isEqualTo("NETSCAPE");
        assertThat(loop.getAttribute("authenticationCode")).isEqualTo("2.0");
        assertThat((byte[]) loop.getUserObject()).as("sub-block 1, loop count 0: forever").containsExactly(1, 0, 0);
        assertThat(namesIn(folder)).containsExactly("race.gif");
    }

    @Test
    void framesLookLikeWhatWasAdded() throws IOException {
        Path file = folder.resolve("race.gif");
        List<BufferedImage> added = landscapeFrames(2);
        try (AnimatedGif gif = AnimatedGif.open(file, 40)) {
            added.forEach(frame -> {
                try {
                    gif.add(frame);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }

        List<ReadFrame> frames = read(file);
        for (int k = 0; k < 2; k++) {
            assertThat(MedianCutTest.meanError(added.get(k), frames.get(k).image())).as("frame %d", k).isLessThan(3.0);
        }
    }

    @Test
    void theDelayIsRoundedToHundredthsOfASecond() throws IOException {
        Path file = folder.resolve("slow.gif");
        try (AnimatedGif gif = AnimatedGif.open(file, 125)) {
            gif.add(frame(0));
        }

        assertThat(child(read(file).get(0).metadata(), "GraphicControlExtension").getAttribute("delayTime")).isEqualTo("13");
    }

    @Test
    void nothingAppearsAtThePathBeforeClose() throws IOException {
        Path file = folder.resolve("race.gif");
        try (AnimatedGif gif = AnimatedGif.open(file, 40)) {
            gif.add(frame(0));
            gif.add(frame(1));

            assertThat(file).doesNotExist();
            assertThat(namesIn(folder)).singleElement().asString().startsWith(".race.gif.").endsWith(".tmp");
        }
        assertThat(namesIn(folder)).containsExactly("race.gif");
    }

    @Test
    void abandonLeavesNoFileAndAnExistingOneUntouched() throws IOException {
        Path fresh = folder.resolve("fresh.gif");
        Path existing = folder.resolve("existing.gif");
        Files.writeString(existing, "old animation");

        for (Path file : List.of(fresh, existing)) {
            try (AnimatedGif gif = AnimatedGif.open(file, 40)) {
                gif.add(frame(0));
                gif.add(frame(1));
                gif.abandon();
            }
        }

        assertThat(fresh).doesNotExist();
        assertThat(existing).hasContent("old animation");
        assertThat(namesIn(folder)).containsExactly("existing.gif");
    }

    @Test
    void closingWithoutFramesWritesNothingAndSaysSo() throws IOException {
        Path file = folder.resolve("empty.gif");
        AnimatedGif gif = AnimatedGif.open(file, 40);

        assertThatThrownBy(gif::close).isInstanceOf(IllegalStateException.class).hasMessageContaining(file.toString());
        assertThat(namesIn(folder)).isEmpty();
    }

    @Test
    void aFrameOfAnotherSizeIsRefusedAndTheAnimationGoesOn() throws IOException {
        Path file = folder.resolve("race.gif");
        try (AnimatedGif gif = AnimatedGif.open(file, 40)) {
            gif.add(frame(0));

            assertThatThrownBy(() -> gif.add(new BufferedImage(41, 30, BufferedImage.TYPE_INT_RGB)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("41 x 30")
                    .hasMessageContaining("40 x 30");
            gif.add(frame(1));
        }
        assertThat(imagesIn(file)).isEqualTo(2);
    }

    @Test
    void framesCannotBeAddedOnceClosedOrAbandoned() throws IOException {
        AnimatedGif closed = AnimatedGif.open(folder.resolve("closed.gif"), 40);
        closed.add(frame(0));
        closed.close();
        closed.close(); // a second close does nothing
        AnimatedGif abandoned = AnimatedGif.open(folder.resolve("abandoned.gif"), 40);
        abandoned.abandon();
        abandoned.close(); // nor does a close after abandon

        assertThatThrownBy(() -> closed.add(frame(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> abandoned.add(frame(1))).isInstanceOf(IllegalStateException.class);
        assertThat(namesIn(folder)).containsExactly("closed.gif");
        assertThat(imagesIn(folder.resolve("closed.gif"))).isEqualTo(1);
    }

    @Test
    void delaysGifCannotShowAsAskedAreRefused() {
        Path file = folder.resolve("race.gif");
        for (int delay : new int[] {0, 10, 19, 655_351}) {
            assertThatThrownBy(() -> AnimatedGif.open(file, delay))
                    .as("%d ms", delay)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(Integer.toString(delay));
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aMissingFolderFailsAtOpenNamingTheFile() {
        Path file = folder.resolve("missing").resolve("race.gif");

        assertThatThrownBy(() -> AnimatedGif.open(file, 40))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
    }
}
