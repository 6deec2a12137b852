package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.PointText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionParsingTest {

    @Test
    void parsesAStartWithSignsAndExponents() {
        assertThat(PointText.parse("start", "-1.5,2")).containsExactly(-1.5, 2);
        assertThat(PointText.parse("start", " 1e-3 , +4 ")).containsExactly(0.001, 4);
    }

    @Test
    void refusesAnEmptyCoordinate() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PointText.parse("start", "1,,2"));

        assertThat(e.problems()).singleElement().extracting(InvalidInputException.Problem::reason).asString().startsWith("coordinate 2 is empty");
    }

    @Test
    void refusesInfiniteCoordinates() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> PointText.parse("start", "inf,1"))).isNotNull();
    }

    @Test
    void theTimeLimitConverterReadsTheSharedGrammarAndRefusesInPicocliTerms() {
        assertThat(new Converters.TimeLimit().convert("1.5s")).isEqualTo(java.time.Duration.ofMillis(1500));
        assertThat(new Converters.TimeLimit().convert("2m")).isEqualTo(java.time.Duration.ofMinutes(2));
        picocli.CommandLine.TypeConversionException refused = catchThrowableOfType(picocli.CommandLine.TypeConversionException.class,
                () -> new Converters.TimeLimit().convert("1d"));

        assertThat(refused).hasMessage("'1d' is not a positive duration: give e.g. 30s, 500ms, 2m or 1h (a bare number is seconds)");
    }

    @Test
    void infersTheFormatFromTheFileExtensionThenTheTerminal() {
        assertThat(OutputFormat.infer(Path.of("run.JSON"), true)).isEqualTo(OutputFormat.JSON);
        assertThat(OutputFormat.infer(Path.of("run.csv"), true)).isEqualTo(OutputFormat.CSV);
        assertThat(OutputFormat.infer(Path.of("run.out"), true)).isEqualTo(OutputFormat.CSV);
        assertThat(OutputFormat.infer(null, true)).isEqualTo(OutputFormat.TABLE);
        assertThat(OutputFormat.infer(null, false)).isEqualTo(OutputFormat.CSV);
    }
}
