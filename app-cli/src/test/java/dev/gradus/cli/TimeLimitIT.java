package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliHarness.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --time-limit} on run and compare, and a specification's {@code "time_limit"}. */
class TimeLimitIT {
    @TempDir
    Path dir;

    @Test
    void aRunPastItsTimeLimitStopsThereAndSaysSo() {
        long began = System.nanoTime();
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--dim", "200", "--optimizer", "sgd", "--steps", "1e9", "--tolerance", "0",
                "--time-limit", "300ms", "--format", "table");
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("gradus: the run stopped at its time limit: reached the time limit of 300 ms after ");
        assertThat(run.out()).contains("time limit reached");
        assertThat(tookMillis).isLessThan(5_000);
    }

    @Test
    void everyRunOfAStudyHasItsOwnLimitAndRunsPastItAreCounted() {
        Outcome compare = CliHarness.run("compare", "--objective", "sphere", "--steps", "1e9", "--tolerance", "0", "--time-limit", "0.2s",
                "--optimizer", "sgd", "--optimizer", "adam", "--threads", "2");
        Outcome bad = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--time-limit", "soon");

        assertThat(compare.code()).as(compare.err()).isZero();
        assertThat(compare.outLines().get(1)).startsWith("sgd ").contains("0 (+1 failed)");
        assertThat(compare.out()).contains("sgd, start 1, seed 0: reached the time limit of 200 ms after ");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'soon' is not a positive duration: give e.g. 30s, 500ms, 2m or 1h");
    }

    @Test
    void emitSpecWritesTheTimeLimitAndTheSpecificationStopsItsRunThere() throws IOException {
        Path spec = dir.resolve("limited.json");
        Path rows = dir.resolve("rows.json");
        Outcome emitted = CliHarness.run("run", "--objective", "sphere", "--dim", "200", "--optimizer", "sgd", "--steps", "1e9", "--tolerance", "0",
                "--time-limit", "0.3s", "--emit-spec", "--output", spec.toString());
        long began = System.nanoTime();
        Outcome run = CliHarness.run("run", "--spec", spec.toString(), "--format", "json", "--output", rows.toString());
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        assertThat(emitted.code()).as(emitted.err()).isZero();
        assertThat(new ObjectMapper().readTree(spec.toFile()).path("time_limit").asText()).isEqualTo("300ms");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("gradus: the run stopped at its time limit: reached the time limit of 300 ms after ")
                .endsWith("; " + rows + " holds the rows up to there" + System.lineSeparator());
        JsonNode result = new ObjectMapper().readTree(rows.toFile()).path("result");
        assertThat(result.path("stop_reason").asText()).isEqualTo("time-limit");
        assertThat(result.path("steps").asLong()).isBetween(1L, 999_999_999L);
        assertThat(tookMillis).isLessThan(5_000);
    }

    @Test
    void everyRunOfASpecificationHasItsLimitAndTheCommandLineCannotChangeIt() throws IOException {
        Path spec = Files.writeString(dir.resolve("two.json"), "{\"format\": \"gradus-spec\", \"format_version\": 1, \"name\": \"two\", "
                + "\"objective\": {\"id\": \"sphere\"}, \"steps\": 1000000000, \"tolerance\": 0, \"time_limit\": \"200ms\", \"runs\": ["
                + "{\"label\": \"slow\", \"optimizer\": {\"id\": \"sgd\", \"parameters\": {\"lr\": 0.001}}}, "
                + "{\"label\": \"adam\", \"optimizer\": {\"id\": \"adam\"}}]}");
        Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(spec).replace("\"200ms\"", "\"soon\""));

        Outcome compared = CliHarness.run("run", "--spec", spec.toString());
        Outcome refused = CliHarness.run("run", "--spec", spec.toString(), "--time-limit", "5s");
        Outcome broken = CliHarness.run("run", "--spec", bad.toString());

        assertThat(compared.code()).as(compared.err()).isZero();
        assertThat(compared.outLines()).filteredOn(line -> line.startsWith("slow ") || line.startsWith("adam ")).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("0 (+1 failed)"));
        assertThat(compared.out()).contains("slow, start 1, seed 0: reached the time limit of 200 ms after ")
                .contains("adam, start 1, seed 0: reached the time limit of 200 ms after ");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).startsWith("gradus: --spec: the file holds the run; --time-limit cannot go with --spec");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains(bad + ": time_limit: 'soon' is not a positive duration: give e.g. 30s, 500ms, 2m or 1h");
    }
}
