package dev.gradus.figures;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * A file written beside its target and moved over it only when complete, so the target is either
 * its old self or the whole new file, never a half-written one.
 *
 * <p>The bytes go to a hidden file in the target's folder (same folder, so the final move is a
 * rename on the same file system). {@link #commit()} forces them to disk and then moves the file
 * into place with {@link StandardCopyOption#ATOMIC_MOVE}, falling back to {@link
 * StandardCopyOption#REPLACE_EXISTING} where the file system cannot move atomically. Any failure,
 * and {@link #close()} without a commit, deletes the staged file; the target is then untouched.
 *
 * <p>The staged file is created with the default permissions for new files, so a replaced target
 * gets those too, not its old ones; a symbolic link at the target is replaced, not written
 * through. Not thread-safe.
 */
final class StagedFile implements AutoCloseable {

    /** Room left in a file name for the staging prefix and suffix, under the usual 255 limit. */
    private static final int MAX_NAME_KEPT = 120;

    private final Path target;
    private final Path temp;
    private final RandomAccessFile file;
    private final ImageOutputStream stream;
    private boolean finished;

    private StagedFile(Path target, Path temp, RandomAccessFile file) throws IOException {
        this.target = target;
        this.temp = temp;
        this.file = file;
        this.stream = new FileImageOutputStream(file);
    }

    /**
     * Stages a new version of {@code target}, checking first that it can be written at all.
     *
     * @throws IOException naming the target when its folder does not exist or cannot be written,
     *                     or when the target is a folder
     */
    static StagedFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute)) {
            throw failure(absolute, "it is a folder", null);
        }
        if (!Files.isDirectory(folder)) {
            throw failure(absolute, Files.exists(folder) ? folder + " is not a folder" : "folder " + folder + " does not exist", null);
        }
        String name = absolute.getFileName().toString();
        String kept = name.length() > MAX_NAME_KEPT ? name.substring(0, MAX_NAME_KEPT) : name;
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + kept + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw failure(absolute, "no free name for a temporary file in " + folder, e);
            } catch (AccessDeniedException e) {
                throw failure(absolute, "folder " + folder + " is not writable", e);
            } catch (NoSuchFileException e) {
                throw failure(absolute, "folder " + folder + " does not exist", e);
            } catch (IOException e) {
                throw failure(absolute, "cannot create a temporary file in " + folder + " (" + e + ")", e);
            }
            try {
                return new StagedFile(absolute, temp, new RandomAccessFile(temp.toFile(), "rw"));
            } catch (IOException | RuntimeException e) {
                deleteQuietly(temp);
                throw failure(absolute, "cannot open the temporary file " + temp + " (" + e + ")", e);
            }
        }
    }

    /** The file this one will replace, as an absolute path. */
    Path target() {
        return target;
    }

    /** Where the bytes go until {@link #commit()}. */
    Path temp() {
        return temp;
    }

    /** The stream to write the new contents to; seekable, unbuffered, not to be closed by the writer. */
    ImageOutputStream stream() {
        requireOpen();
        return stream;
    }

    /**
     * Forces what was written to disk and moves it over the target.
     *
     * @throws IOException naming the target when that fails; the staged file is then deleted and
     *                     the target left as it was
     */
    void commit() throws IOException {
        requireOpen();
        finished = true;
        try {
            stream.flush();
            file.getFD().sync();
            stream.close();
            move();
        } catch (IOException | RuntimeException e) {
            discard();
            throw failure(target, "the finished file could not be put in place (" + e + ")", e);
        }
    }

    private void move() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the staged file, leaving the target as it was; does nothing once finished. */
    void abandon() {
        if (!finished) {
            finished = true;
            discard();
        }
    }

    /** Whether the file was committed or abandoned. */
    boolean isFinished() {
        return finished;
    }

    /** Abandons the staged file unless it was committed. */
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
        deleteQuietly(temp);
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the new " + target + " was already committed or abandoned");
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // nothing better to do: the caller is already reporting why the write failed
        }
    }

    /** A failure to write {@code target}, worded the same way everywhere. */
    static IOException failure(Path target, String reason, Throwable cause) {
        return new IOException("cannot write " + target + ": " + reason, cause);
    }
}
