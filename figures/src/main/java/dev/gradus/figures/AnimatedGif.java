package dev.gradus.figures;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Node;

/**
 * An animated GIF written frame by frame, looping forever, that appears at its path only when
 * complete.
 *
 * <p>Each {@link #add added} frame is reduced to its own palette of at most 256 colours and
 * written out at once, so a long animation never holds more than one frame in memory. The frames
 * go to a temporary file beside the target; {@link #close()} finishes the GIF and moves it into
 * place in one step (see {@link FigureFiles} for the rule), {@link #abandon()} deletes it. Until
 * then the target, if it exists, is untouched.
 *
 * <pre>{@code
 * try (AnimatedGif gif = AnimatedGif.open(Path.of("race.gif"), 40)) {
 *     for (int step = 0; step < steps; step++) {
 *         figure.setPath(0, xs, ys, step + 1);
 *         gif.add(figure.render(640, 480));
 *     }
 * }
 * }</pre>
 *
 * <p>{@code close()} commits whatever was added, also when the block it closes is left by an
 * exception. When a frame cannot be made, call {@code abandon()} before leaving the block (as
 * {@link FigureFiles#writeAnimation} does) so that a partial animation does not replace the old
 * one. A failing {@code add} abandons the animation itself.
 *
 * <p>All frames must have the size of the first. The delay between frames is stored in hundredths
 * of a second, as GIF does. Not thread-safe.
 */
public final class AnimatedGif implements Closeable {

    /**
     * The shortest delay accepted: 20 ms. Browsers show GIF frames with a delay under 2/100 s for
     * 1/10 s instead, so anything faster would play slower, not faster.
     */
    public static final int MIN_DELAY_MILLIS = 20;

    /** The longest delay GIF can store: 65535 hundredths of a second. */
    public static final int MAX_DELAY_MILLIS = 655_350;

    private static final String IMAGE_METADATA = "javax_imageio_gif_image_1.0";

    private final StagedFile staged;
    private final ImageWriter writer;
    private final ImageWriteParam param;
    private final int delayCentis;
    private int width;
    private int height;
    private int frames;

    private AnimatedGif(StagedFile staged, ImageWriter writer, int delayCentis) {
        this.staged = staged;
        this.writer = writer;
        this.delayCentis = delayCentis;
        this.param = writer.getDefaultWriteParam();
        // frames are shown whole at once; interlacing only makes them bigger
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
    }

    /**
     * Starts an animation to be written to {@code file}, showing each frame for {@code
     * delayMillis} (rounded to the nearest 10 ms).
     *
     * @throws IllegalArgumentException when the delay is outside {@value #MIN_DELAY_MILLIS} to
     *                                  {@value #MAX_DELAY_MILLIS} ms
     * @throws IOException              naming the file when its folder does not exist or cannot be
     *                                  written, or when it is a folder
     */
    public static AnimatedGif open(Path file, int delayMillis) throws IOException {
        Objects.requireNonNull(file, "file");
        if (delayMillis < MIN_DELAY_MILLIS || delayMillis > MAX_DELAY_MILLIS) {
            throw new IllegalArgumentException("a GIF frame delay must be between " + MIN_DELAY_MILLIS + " and "
                    + MAX_DELAY_MILLIS + " ms, was " + delayMillis);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw StagedFile.failure(file.toAbsolutePath(), "this Java has no GIF writer", null);
        }
        StagedFile staged = StagedFile.create(file);
        ImageWriter writer = writers.next();
        try {
            writer.setOutput(staged.stream());
            writer.prepareWriteSequence(null);
            return new AnimatedGif(staged, writer, (delayMillis + 5) / 10);
        } catch (IOException | RuntimeException e) {
            writer.dispose();
            staged.abandon();
            throw StagedFile.failure(staged.target(), "cannot start the GIF (" + e + ")", e);
        }
    }

    /**
     * Appends a frame and writes it out; the image is not kept and may be reused.
     *
     * @throws IllegalArgumentException when the frame's size differs from the first frame's; the
     *                                  animation stays open
     * @throws IllegalStateException    after {@link #close()} or {@link #abandon()}
     * @throws IOException              when the frame cannot be written; the animation is then
     *                                  abandoned, the target untouched
     */
    public void add(BufferedImage frame) throws IOException {
        Objects.requireNonNull(frame, "frame");
        requireOpen();
        if (frames > 0 && (frame.getWidth() != width || frame.getHeight() != height)) {
            throw new IllegalArgumentException("frame " + frames + " is " + frame.getWidth() + " x " + frame.getHeight()
                    + ", but the animation is " + width + " x " + height);
        }
        try {
            BufferedImage indexed = MedianCut.toIndexed(frame);
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(indexed), param);
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IMAGE_METADATA);
            IIOMetadataNode control = child(root, "GraphicControlExtension");
            control.setAttribute("disposalMethod", "none");
            control.setAttribute("userInputFlag", "FALSE");
            control.setAttribute("transparentColorFlag", "FALSE");
            control.setAttribute("transparentColorIndex", "0");
            control.setAttribute("delayTime", Integer.toString(delayCentis));
            if (frames == 0) {
                // the NETSCAPE2.0 block, read by every viewer: sub-block 1, loop count 0 = forever
                IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                loop.setAttribute("applicationID", "NETSCAPE");
                loop.setAttribute("authenticationCode", "2.0");
                loop.setUserObject(new byte[] {1, 0, 0});
                child(root, "ApplicationExtensions").appendChild(loop);
            }
            metadata.setFromTree(IMAGE_METADATA, root);
            writer.writeToSequence(new IIOImage(indexed, null, metadata), param);
        } catch (IOException | RuntimeException e) {
            abandon();
            throw StagedFile.failure(staged.target(), "frame " + frames + " could not be written (" + e + ")", e);
        }
        if (frames == 0) {
            width = frame.getWidth();
            height = frame.getHeight();
        }
        frames++;
    }

    /** How many frames were added. */
    public int frameCount() {
        return frames;
    }

    /** The file the animation goes to, as an absolute path. */
    public Path file() {
        return staged.target();
    }

    /**
     * Finishes the GIF and moves it into place, replacing any file there; does nothing when already
     * closed or abandoned.
     *
     * @throws IllegalStateException when no frame was added; nothing is written then
     * @throws IOException           naming the file when it cannot be finished or moved into place;
     *                               the target is then untouched
     */
    @Override
    public void close() throws IOException {
        if (staged.isFinished()) {
            return;
        }
        if (frames == 0) {
            abandon();
            throw new IllegalStateException("an animated GIF needs at least one frame; nothing was written to " + staged.target());
        }
        try {
            writer.endWriteSequence();
        } catch (IOException | RuntimeException e) {
            abandon();
            throw StagedFile.failure(staged.target(), "the GIF could not be finished (" + e + ")", e);
        }
        writer.dispose();
        staged.commit();
    }

    /** Drops the animation: deletes what was written so far and leaves the target untouched. */
    public void abandon() {
        if (!staged.isFinished()) {
            writer.dispose();
            staged.abandon();
        }
    }

    private void requireOpen() {
        if (staged.isFinished()) {
            throw new IllegalStateException("the animation to " + staged.target() + " was already closed or abandoned");
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeName().equals(name)) {
                return (IIOMetadataNode) node;
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
