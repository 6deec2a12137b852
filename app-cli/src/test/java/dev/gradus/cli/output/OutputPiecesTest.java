package dev.gradus.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.app.port.in.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPiecesTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void aCommittedFileAppearsWholeInPlace() throws IOException {
        Path target = dir.resolve("out.csv");
        try (OutputTarget output = OutputTarget.file(target)) {
            OutputTarget.write(output.writer(), "a,b\n");
            assertThat(target).doesNotExist();
            output.commit();
        }

        assertThat(Files.readString(target)).isEqualTo("a,b\n");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aCommittedFileHasThePermissionsOfAnyNewFileThere() throws IOException {
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        Path target = dir.resolve("out.csv");
        try (OutputTarget output = OutputTarget.file(target)) {
            output.commit();
        }

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void anAbandonedFileLeavesTheOldOneAndNoTemporary() throws IOException {
        Path target = Files.writeString(dir.resolve("out.csv"), "old");
        try (OutputTarget output = OutputTarget.file(target)) {
            OutputTarget.write(output.writer(), "new, half written");
        }

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> OutputTarget.file(dir.resolve("no/such/file.csv")));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("output");
            assertThat(p.reason()).isEqualTo("folder " + dir.resolve("no/such") + " does not exist");
        });
    }

    @Test
    void briefNumbersAreShortAndReadable() {
        assertThat(Numbers.brief(0)).isEqualTo("0");
        assertThat(Numbers.brief(3)).isEqualTo("3");
        assertThat(Numbers.brief(-1.5)).isEqualTo("-1.5");
        assertThat(Numbers.brief(0.0123456789)).isEqualTo("0.0123457");
        assertThat(Numbers.brief(1.23456789e-8)).isEqualTo("1.23457e-8");
        assertThat(Numbers.brief(6.02e23)).isEqualTo("6.02e23");
        assertThat(Numbers.brief(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.brief(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Numbers.point(new double[] {1, -2.5})).isEqualTo("(1, -2.5)");
    }

    @Test
    void textTableAlignsColumns() {
        String table = new TextTable("ID", "NAME").row("sgd", "SGD").row("elongated-bowl", "Elongated bowl").toString();

        assertThat(table.lines()).containsExactly("ID              NAME", "sgd             SGD", "elongated-bowl  Elongated bowl");
    }
}
