package dev.gradus.app.io;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A file written beside its target and moved over it only when complete, so the target is either
 * its old self or the whole new file, never a half-written one: what every file Gradus writes
 * (results, specifications, exports) goes through.
 *
 * <p>The bytes go to a hidden {@code .NAME.RANDOM.partial} file in the target's folder, created as
 * an ordinary new file (not {@code Files.createTempFile}, whose files are private), so the result
 * gets the permissions any file the user creates there gets. {@link #commit()} flushes, forces the
 * bytes to disk and moves the file into place atomically where the file system can, else by
 * replacing. {@link #abandon()}, {@link #close()} without a commit, and any failure delete it; the
 * target is then untouched. Not thread-safe.
 */
public final class AtomicFile implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What writes the new contents. */
    @FunctionalInterface
    public interface Body {
        void write(Writer writer) throws IOException;
    }

    private final Path target;
    private final Path partial;
    private final FileOutputStream stream;
    private final Writer writer;
    private boolean finished;

    private AtomicFile(Path target, Path partial, FileOutputStream stream) {
        this.target = target;
        this.partial = partial;
        this.stream = stream;
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Starts a new version of {@code target}, checking first that it can be written at all.
     *
     * @throws IOException whose message says why in words: the target is a folder, its folder
     *     does not exist or is not writable, or no file can be created there
     */
    public static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder; give a file name");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(Files.exists(folder) ? folder + " is not a folder" : "folder " + folder + " does not exist");
        }
        for (int attempt = 0; ; attempt++) {
            Path partial = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".partial");
            try {
                Files.createFile(partial);
                return new AtomicFile(absolute, partial, new FileOutputStream(partial.toFile()));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw new IOException("no free name for a temporary file in " + folder, e);
                }
            } catch (AccessDeniedException e) {
                throw new IOException("folder " + folder + " is not writable", e);
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw new IOException("cannot create a file in " + folder + " (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
            }
        }
    }

    /**
     * Writes {@code target} whole with what {@code body} writes, or not at all.
     *
     * @throws IOException when the file cannot be created, {@code body} fails, or the finished file
     *     cannot be put in place; the target is then as it was
     */
    public static void write(Path target, Body body) throws IOException {
        try (AtomicFile file = create(target)) {
            body.write(file.writer());
            file.commit();
        }
    }

    /** The file this one replaces, as an absolute path. */
    public Path target() {
        return target;
    }

    /** Text output, UTF-8, buffered; not to be closed by the writer of the contents. */
    public Writer writer() {
        requireOpen();
        return writer;
    }

    /** Byte output, unbuffered; flush {@link #writer()} first if both are used. */
    public OutputStream stream() {
        requireOpen();
        return stream;
    }

    /**
     * Flushes, forces the new contents to disk and moves them over the target.
     *
     * @throws IOException naming the target when that fails; the target is then as it was
     */
    public void commit() throws IOException {
        requireOpen();
        finished = true;
        try {
            writer.flush();
            stream.getFD().sync();
            writer.close();
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            discard();
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the new contents, leaving the target as it was; nothing once committed. */
    public void abandon() {
        if (!finished) {
            finished = true;
            discard();
        }
    }

    /** Whether the file was committed or abandoned. */
    public boolean isFinished() {
        return finished;
    }

    /** Abandons the new contents unless they were committed. */
    @Override
    public void close() {
        abandon();
    }

    private void discard() {
        try {
            stream.close();
        } catch (IOException | RuntimeException ignored) {
            // the file is being thrown away; a failure to close it must not hide the first one
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // best effort: a leftover file is named .partial
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the new " + target + " was already committed or abandoned");
        }
    }
}
