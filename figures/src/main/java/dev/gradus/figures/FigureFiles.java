package dev.gradus.figures;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Writes figures to files, headless, so that a failure loses nothing.
 *
 * <p>Every write follows one rule: the bytes go to a hidden temporary file in the target's own
 * folder, are forced to disk, and the finished file is then moved over the target with {@link
 * java.nio.file.StandardCopyOption#ATOMIC_MOVE} (falling back to {@code REPLACE_EXISTING} where the
 * file system cannot move atomically). So the target is always either the old file, untouched, or
 * the complete new one, and a failure (a missing or read-only folder, a target that is a folder, a
 * full disk, a frame that cannot be drawn) deletes the temporary file and throws an {@link
 * IOException} whose message names the target. A replaced file gets the default permissions of new
 * files; a symbolic link at the target is replaced, not followed.
 *
 * <pre>{@code
 * Path out = Path.of(name);
 * switch (FigureFiles.format(out)) {
 *     case PNG -> FigureFiles.writePng(figure.chart(), 1200, 900, out);
 *     case GIF -> FigureFiles.writeAnimation(out, steps, step -> frameAt(step), 40);
 * }
 * }</pre>
 */
public final class FigureFiles {

    private FigureFiles() {
    }

    /**
     * The format a file name asks for, by its extension in any case: {@code .png} or {@code .gif}.
     *
     * @throws IllegalArgumentException naming the file and the allowed extensions for any other name
     */
    public static FigureFormat format(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        if (name != null) {
            for (FigureFormat format : FigureFormat.values()) {
                if (format.names(name.toString())) {
                    return format;
                }
            }
        }
        String allowed = Arrays.stream(FigureFormat.values()).map(FigureFormat::extension).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("cannot tell the figure format of " + file
                + ": its name must end in one of " + allowed + " (in any case)");
    }

    /**
     * Renders {@code chart} at {@code width} by {@code height} pixels and writes it as a PNG to
     * {@code file}, replacing any file there only once the new one is complete.
     *
     * @throws IllegalArgumentException when a size is not positive
     * @throws IOException              naming the file when it cannot be written; the file is then
     *                                  as it was
     */
    public static void writePng(JFreeChart chart, int width, int height, Path file) throws IOException {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(file, "file");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a figure needs a positive size, was " + width + " x " + height);
        }
        // staged before rendering: an unwritable target fails before the rendering is paid for
        try (StagedFile staged = StagedFile.create(file)) {
            writePng(chart.createBufferedImage(width, height), staged);
        }
    }

    /**
     * Writes {@code image} as a PNG to {@code file}, replacing any file there only once the new
     * one is complete.
     *
     * @throws IOException naming the file when it cannot be written; the file is then as it was
     */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(file, "file");
        try (StagedFile staged = StagedFile.create(file)) {
            writePng(image, staged);
        }
    }

    private static void writePng(BufferedImage image, StagedFile staged) throws IOException {
        try {
            if (!ImageIO.write(image, "png", staged.stream())) {
                throw new IOException("this Java has no PNG writer for " + image);
            }
        } catch (IOException | RuntimeException e) {
            throw StagedFile.failure(staged.target(), "the PNG could not be written (" + e + ")", e);
        }
        staged.commit();
    }

    /**
     * Writes an animated GIF of {@code frames} frames, looping forever, frame {@code k} drawn by
     * {@code frameAt.apply(k)} when it is written, so only one frame is in memory at a time. If
     * drawing or writing any frame fails, nothing is written and any file there is left as it was.
     *
     * @param delayMillis how long each frame is shown; see {@link AnimatedGif#open}
     * @throws IllegalArgumentException when {@code frames < 1}, the delay is out of range or a
     *                                  frame's size differs from the first's
     * @throws IOException              naming the file when it cannot be written
     */
    public static void writeAnimation(Path file, int frames, IntFunction<BufferedImage> frameAt, int delayMillis)
            throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(frameAt, "frameAt");
        if (frames < 1) {
            throw new IllegalArgumentException("an animation needs at least one frame, was " + frames);
        }
        try (AnimatedGif gif = AnimatedGif.open(file, delayMillis)) {
            try {
                for (int k = 0; k < frames; k++) {
                    gif.add(Objects.requireNonNull(frameAt.apply(k), "frame " + k + " is null"));
                }
            } catch (IOException | RuntimeException | Error e) {
                gif.abandon(); // close() would commit the frames so far
                throw e;
            }
        }
    }
}
