package dev.gradus.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, and the file it replaces survives any failure. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private Set<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return Set.copyOf(list.toList());
        }
    }

    @Test
    void aCommittedFileReplacesTheOldOneAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");

        AtomicFile.write(target, w -> w.write("new ünïcode"));

        assertThat(Files.readString(target)).isEqualTo("new ünïcode");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFailingBodyLeavesTheOldFileAndNoPartialOne() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");

        IOException e = catchThrowableOfType(IOException.class, () -> AtomicFile.write(target, w -> {
            w.write("half of it");
            throw new IOException("disk full");
        }));

        assertThat(e).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void anAbandonedFileNeverAppearsAndAClosedOneIsAbandoned() throws IOException {
        Path target = dir.resolve("never.txt");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.writer().write("nothing");
            assertThat(files()).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).startsWith(".never.txt.").endsWith(".partial"));
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void aFolderOrAMissingFolderIsRefusedInWordsBeforeAnyWork() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken"));
        IOException overFolder = catchThrowableOfType(IOException.class, () -> AtomicFile.create(folder));
        IOException missing = catchThrowableOfType(IOException.class, () -> AtomicFile.create(dir.resolve("no/such/out.txt")));

        assertThat(overFolder).hasMessageEndingWith("is a folder; give a file name");
        assertThat(missing).hasMessageContaining("folder").hasMessageEndingWith("does not exist");
        assertThat(files()).containsExactly(folder);
    }

    @Test
    void theNewFileGetsTheFolderDefaultPermissionsNotPrivateOnes() throws IOException {
        Path target = dir.resolve("shared.txt");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

        AtomicFile.write(target, w -> w.write("y"));

        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
        }
    }
}
