package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliHarness.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedules, clipping, maximizing, saving and resuming state, from the command line. */
class RunOptionsIT {
    @TempDir
    Path dir;

    private static final String[] TRAINING = {"--objective", "rosenbrock", "--optimizer", "adam", "-p", "lr=0.05", "--schedule",
        "cosine:t_max=40,eta_min=0.001", "--clip-norm", "5", "--tolerance", "0"};

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void aResumedRunEndsExactlyWhereAnUninterruptedRunEnds() throws IOException {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        Path whole = dir.resolve("whole.csv");
        Path state = dir.resolve("state.json");

        assertThat(CliHarness.run(with(TRAINING, "--steps", "20", "--output", first.toString(), "--save-state", state.toString())).code())
                .isZero();
        assertThat(CliHarness.run(with(TRAINING, "--steps", "20", "--output", second.toString(), "--resume", state.toString())).code())
                .isZero();
        assertThat(CliHarness.run(with(TRAINING, "--steps", "40", "--output", whole.toString())).code()).isZero();

        assertThat(lines(second).get(1)).isEqualTo(lines(first).get(lines(first).size() - 1)).startsWith("20,");
        assertThat(lines(second).get(lines(second).size() - 1)).isEqualTo(lines(whole).get(lines(whole).size() - 1)).startsWith("40,");
        assertThat(lines(second).subList(1, 22)).isEqualTo(lines(whole).subList(21, 42));
        JsonNode saved = new ObjectMapper().readTree(state.toFile());
        assertThat(saved.path("format").asText()).isEqualTo("gradus-state");
        assertThat(saved.path("schedule").asText()).isEqualTo("cosine");
        assertThat(saved.path("optimizer_state").path("arrays").has("exp_avg")).isTrue();
    }

    @Test
    void aStateFromAnotherOptimizerIsRefused() throws IOException {
        Path state = dir.resolve("state.json");
        CliHarness.run(with(TRAINING, "--steps", "3", "--save-state", state.toString()));

        Outcome resumed = CliHarness.run("run", "--objective", "rosenbrock", "--optimizer", "sgd", "--schedule", "cosine", "--resume",
                state.toString());

        assertThat(resumed.code()).isEqualTo(2);
        assertThat(resumed.err().strip()).isEqualTo("gradus: --resume: the saved state is optimizer 'adam''s; this run's optimizer is 'sgd'");
    }

    @Test
    void aStateOfTheSameObjectiveWithOtherParametersIsRefused() throws IOException {
        Path state = dir.resolve("state.json");
        assertThat(CliHarness.run(with(TRAINING, "--steps", "3", "--save-state", state.toString())).code()).isZero();

        Outcome resumed = CliHarness.run(with(TRAINING, "-o", "b=10", "--resume", state.toString()));
        Outcome same = CliHarness.run(with(TRAINING, "-o", "b=100", "--steps", "2", "--resume", state.toString()));

        assertThat(new ObjectMapper().readTree(state.toFile()).path("objective_parameters").path("b").asDouble()).isEqualTo(100);
        assertThat(resumed.code()).isEqualTo(2);
        assertThat(resumed.err().strip()).isEqualTo(
                "gradus: --resume: the saved state is of objective 'rosenbrock' with other parameters: b saved 100.0, now 10.0");
        assertThat(same.code()).as(same.err()).isZero();
    }

    @Test
    void resumingFromAFileThatIsNotAStateSaysSo() throws IOException {
        Path csv = Files.writeString(dir.resolve("run.csv"), "step,loss\n0,1\n");

        Outcome missing = CliHarness.run(with(TRAINING, "--resume", dir.resolve("nope.json").toString()));
        Outcome wrong = CliHarness.run(with(TRAINING, "--resume", csv.toString()));

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("gradus: --resume: file " + dir.resolve("nope.json") + " does not exist");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().strip()).startsWith("gradus: --resume: cannot resume from " + csv + ": it is not JSON");
    }

    @Test
    void theJsonConfigurationRecordsTheScheduleClippingAndDirection() throws IOException {
        Outcome run = CliHarness.run(with(TRAINING, "--steps", "2", "--format", "json"));

        JsonNode config = new ObjectMapper().readTree(run.out()).path("config");
        assertThat(config.path("schedule").path("id").asText()).isEqualTo("cosine");
        assertThat(config.path("schedule").path("parameters").path("t_max").asLong()).isEqualTo(40);
        assertThat(config.path("schedule").path("parameters").path("eta_min").asDouble()).isEqualTo(0.001);
        assertThat(config.path("clip_norm").asDouble()).isEqualTo(5);
        assertThat(config.path("clip_value").isNull()).isTrue();
        assertThat(config.path("maximize").asBoolean(true)).isFalse();
        assertThat(config.path("first_step").asLong()).isZero();
    }

    @Test
    void recordStateWritesTheOptimizersVectorsInEachJsonRow() throws IOException {
        Outcome run = CliHarness.run("run", "--objective", "booth", "--optimizer", "sgd", "-p", "lr=0.01", "-p", "momentum=0.9", "--steps",
                "2", "--format", "json", "--record-state");

        JsonNode trajectory = new ObjectMapper().readTree(run.out()).path("trajectory");
        // booth's gradient at (-5, -5) is (2(-22) + 4(-20), 4(-22) + 2(-20)) = (-124, -128): the first buffer
        assertThat(trajectory.get(0).path("state").path("momentum buffer")).extracting(JsonNode::asDouble).containsExactly(0.0, 0.0);
        assertThat(trajectory.get(1).path("state").path("momentum buffer")).extracting(JsonNode::asDouble).containsExactly(-124.0, -128.0);
    }

    @Test
    void aboveAThousandDimensionsTheAutomaticRecordingKeepsNoPointsAndSaysSo() {
        Outcome wide = CliHarness.run("run", "--objective", "sphere", "--dim", "1001", "--optimizer", "sgd", "--steps", "2", "--format", "csv");
        Outcome full = CliHarness.run("run", "--objective", "sphere", "--dim", "1001", "--optimizer", "sgd", "--steps", "2", "--format", "csv",
                "--record", "full");
        Outcome narrow = CliHarness.run("run", "--objective", "sphere", "--dim", "1000", "--optimizer", "sgd", "--steps", "2", "--format", "csv");

        assertThat(wide.code()).as(wide.err()).isZero();
        assertThat(wide.outLines().get(0)).isEqualTo("step,loss,grad_norm");
        assertThat(wide.err().strip()).isEqualTo("gradus: recording the loss and gradient norm only, not the point: 1001 dimensions is above 1000 "
                + "(--record full writes the points too)");
        assertThat(full.outLines().get(0)).startsWith("step,loss,grad_norm,x1,x2,").endsWith(",x1001");
        assertThat(full.err()).isEmpty();
        assertThat(narrow.outLines().get(0)).startsWith("step,loss,grad_norm,x1,").endsWith(",x1000");
        assertThat(narrow.err()).isEmpty();
    }

    @Test
    void recordStateNeedsJson() {
        Outcome run = CliHarness.run("run", "--objective", "booth", "--optimizer", "sgd", "--record-state", "--format", "csv");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: --record-state: state vectors are written in JSON rows only; add --format json");
    }

    @Test
    void maximizingClimbs() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "-p", "lr=0.1", "--maximize", "--steps", "1");

        // sphere from (3, -2): ascent moves to x + 0.1 * 2x = (3.6, -2.4)
        assertThat(run.code()).isZero();
        assertThat(run.outLines().get(2)).endsWith(",3.6,-2.4");
    }

    @Test
    void unknownSchedulesAndTheirParametersAreNamed() {
        Outcome unknown = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--schedule", "cosin");
        Outcome parameter = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--schedule", "cosine:tmax=5");
        Outcome empty = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--schedule", ":t_max=5");

        assertThat(unknown.err().strip()).isEqualTo("gradus: unknown schedule 'cosin'; known: constant, cosine, cosine-warm-restarts, "
                + "exponential, linear, multistep, one-cycle, reduce-on-plateau, step");
        assertThat(parameter.err().strip()).isEqualTo("gradus: cosine: unknown parameter 'tmax'; known: t_max, eta_min");
        assertThat(empty.err().strip()).isEqualTo("gradus: --schedule: give a schedule name, as in cosine:t_max=500,eta_min=1e-5");
        assertThat(List.of(unknown.code(), parameter.code(), empty.code())).containsOnly(2);
    }

    @Test
    void clippingBoundsMustBePositive() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--clip-norm", "0", "--clip-value", "-1");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("gradus: --clip-norm: must be a number > 0", "gradus: --clip-value: must be a number > 0");
    }

    @Test
    void theStateFileCannotBeTheOutputFile() {
        Path same = dir.resolve("x.json");

        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--output", same.toString(), "--save-state",
                same.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: --save-state: is the same file as --output; give each its own");
    }

    @Test
    void listAndDescribeShowSchedules() {
        assertThat(CliHarness.run("list", "schedules").out()).contains("reduce-on-plateau").contains("one-cycle");
        assertThat(CliHarness.run("describe", "cosine").out()).contains("(schedule)").contains("t_max").contains("eta_min");
    }
}
