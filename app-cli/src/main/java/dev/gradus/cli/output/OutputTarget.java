package dev.gradus.cli.output;

import dev.gradus.app.io.AtomicFile;
import dev.gradus.app.port.in.InvalidInputException;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a command's output goes: standard output, or a file written atomically. A file target
 * writes into a temporary file beside the target and moves it into place on {@link #commit()};
 * {@link #abandon()} (or a failure) deletes it, so a failed or interrupted run never leaves a
 * half-written file and never destroys the file it would have replaced.
 */
public final class OutputTarget implements AutoCloseable {
    private final AtomicFile file;
    private final Writer writer;
    private boolean finished;

    private OutputTarget(AtomicFile file, Writer writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Standard output; never closed by this target. */
    public static OutputTarget stdout(PrintStream stdout) {
        return new OutputTarget(null, new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(stdout) {
            @Override
            public void write(byte[] b, int off, int len) {
                stdout.write(b, off, len);
            }

            @Override
            public void close() {
                stdout.flush();
            }
        }, StandardCharsets.UTF_8), 1 << 16));
    }

    /**
     * A file, checked and opened before any work is done.
     *
     * @throws InvalidInputException (field {@code output}) when the path is a folder, its folder
     *                               does not exist, or a file cannot be created there
     */
    public static OutputTarget file(Path target) {
        try {
            AtomicFile file = AtomicFile.create(target);
            return new OutputTarget(file, file.writer());
        } catch (IOException e) {
            throw InvalidInputException.of("output", target.toString(), e.getMessage());
        }
    }

    /** The path written on commit, or null for standard output. */
    public Path path() {
        return file == null ? null : file.target();
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
        finished = true;
        try {
            if (file == null) {
                writer.flush();
                writer.close();
            } else {
                file.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Discards the output: for a file, deletes the temporary file and leaves the target as it was. */
    public void abandon() {
        finished = true;
        if (file != null) {
            file.abandon();
        } else {
            try {
                writer.flush();
            } catch (IOException ignored) {
                // standard output is gone; nothing to save
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
    public static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
    }
}
