package dev.gradus.cli.output;

import dev.gradus.app.port.in.InvalidInputException;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Where a command's output goes: standard output, or a file written atomically. A file target
 * writes into a temporary file beside the target and moves it into place on {@link #commit()};
 * {@link #abandon()} (or a failure) deletes it, so a failed or interrupted run never leaves a
 * half-written file and never destroys the file it would have replaced.
 */
public final class OutputTarget implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Writer writer;
    private boolean finished;

    private OutputTarget(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Standard output; never closed by this target. */
    public static OutputTarget stdout(PrintStream stdout) {
        return new OutputTarget(null, null, new FilterOutputStream(stdout) {
            @Override
            public void write(byte[] b, int off, int len) {
                stdout.write(b, off, len);
            }

            @Override
            public void close() {
                stdout.flush();
            }
        });
    }

    /**
     * A file, checked and opened before any work is done.
     *
     * @throws InvalidInputException (field {@code output}) when the path is a folder, its folder
     *                               does not exist, or a file cannot be created there
     */
    public static OutputTarget file(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw InvalidInputException.of("output", target.toString(), target + " is a folder; give a file name");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw InvalidInputException.of("output", target.toString(), "folder " + folder + " does not exist");
        }
        // an ordinary new file (not Files.createTempFile, whose files are private): the result gets
        // the permissions any file the user creates there gets
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".partial");
        try {
            return new OutputTarget(absolute, temporary, Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw InvalidInputException.of("output", target.toString(), "cannot create a file in " + folder + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** The path written on commit, or null for standard output. */
    public Path path() {
        return target;
    }

    /** Text output, UTF-8, buffered. */
    public Writer writer() {
        return writer;
    }

    /** Flushes and, for a file, moves it into place. */
    public void commit() {
        if (finished) {
            return;
        }
        try {
            writer.flush();
            writer.close();
            finished = true;
            if (temporary != null) {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            abandon();
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Discards the output: for a file, deletes the temporary file and leaves the target as it was. */
    public void abandon() {
        finished = true;
        try {
            stream.close();
        } catch (IOException ignored) {
            // the file is deleted next; nothing more to save
        }
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // best effort: a leftover .partial file is named as such
            }
        }
    }

    /** Abandons the output unless it was committed. */
    @Override
    public void close() {
        if (!finished) {
            abandon();
        }
    }

    /** Writes text, turning an I/O failure into an unchecked one that ends the run. */
    static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
    }
}
