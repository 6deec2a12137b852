package dev.gradus.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.data.DataSet;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.TargetType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataSetsTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String error(Path file, String target, TargetType type) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CsvDataSets.read(file, target, type));
        assertThat(e).as("an error for " + file).isNotNull();
        assertThat(e.problems().get(0).field()).isEqualTo("data");
        return e.problems().get(0).reason();
    }

    @Test
    void theTargetColumnIsTakenOutAndTheOthersAreTheFeaturesInOrder() throws IOException {
        DataSet data = CsvDataSets.read(file("d.csv", "a,y,b\n1,0.5,2\n3,1.5,4\n\n5,2.5,6\n"), "y", TargetType.AUTO);

        assertThat(data.name()).isEqualTo("d.csv");
        assertThat(data.featureNames()).containsExactly("a", "b");
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.feature(1, 0)).isEqualTo(3);
        assertThat(data.feature(2, 1)).isEqualTo(6);
        assertThat(data.target(2)).isEqualTo(2.5);
        assertThat(data.isClassification()).isFalse();
    }

    @Test
    void wholeNumberTargetsAreClassesUnderAutoAndNumbersWhenAsked() throws IOException {
        Path labels = file("l.csv", "x1,x2,label\n0,0,3\n0,1,7\n1,0,7\n\"1\",1,3\n");

        DataSet classes = CsvDataSets.read(labels, "label", TargetType.AUTO);
        DataSet numbers = CsvDataSets.read(labels, "label", TargetType.NUMBER);

        assertThat(classes.classNames()).containsExactly("3", "7");
        assertThat(classes.target(1)).isEqualTo(1);
        assertThat(classes.target(3)).isEqualTo(0);
        assertThat(numbers.isClassification()).isFalse();
        assertThat(numbers.target(1)).isEqualTo(7);
    }

    @Test
    void eachMistakeIsNamedWithItsLineAndColumn() throws IOException {
        assertThat(error(dir.resolve("none.csv"), "y", TargetType.AUTO)).endsWith("none.csv: no such file");
        assertThat(error(file("empty.csv", ""), "y", TargetType.AUTO)).contains("is empty; it needs a header row");
        assertThat(error(file("header.csv", "x,y\n"), "y", TargetType.AUTO)).contains("has a header but no rows of data");
        assertThat(error(file("col.csv", "x,z\n1,2\n"), "y", TargetType.AUTO)).contains("has no column 'y'; its columns are x, z");
        assertThat(error(file("cell.csv", "x,y\n1,2\n3,abc\n"), "y", TargetType.AUTO))
                .contains("line 3, column 'y': 'abc' is not a finite number");
        assertThat(error(file("blank.csv", "x,y\n1,\n"), "y", TargetType.AUTO)).contains("line 2, column 'y': '' is not a number (the cell is empty)");
        assertThat(error(file("short.csv", "x,y\n1,2\n3\n"), "y", TargetType.AUTO)).contains("line 3 has 1 cells but the header names 2 columns");
        assertThat(error(file("only.csv", "y\n1\n"), "y", TargetType.AUTO)).contains("needs at least one feature column");
        assertThat(error(file("twice.csv", "x,x,y\n1,2,3\n"), "y", TargetType.AUTO)).contains("names column 'x' twice");
        assertThat(error(file("frac.csv", "x,y\n1,0.5\n2,1\n"), "y", TargetType.CLASS)).contains("are not whole, so they cannot be class labels");
    }
}
