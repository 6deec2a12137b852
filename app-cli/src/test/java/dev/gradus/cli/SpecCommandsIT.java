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

/** Specifications on the command line: --emit-spec, run --spec, and the built-in scenarios. */
class SpecCommandsIT {
    @TempDir
    Path dir;

    private static final String[] RUN = {"run", "--objective", "rosenbrock", "-o", "b=50", "--optimizer", "sgd", "-p", "lr=0.001", "-p", "momentum=0.9",
        "--schedule", "cosine:eta_min=1e-5", "--clip-norm", "10", "--start", "-1.5,2", "--steps", "200", "--tolerance", "0", "--gradient", "central",
        "-e", "h=1e-5", "--seed", "4"};

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aCommandLineBecomesASpecificationThatRunsTheSameTrajectory() throws IOException {
        Path spec = dir.resolve("mine.json");
        Outcome emitted = CliHarness.run(with(RUN, "--emit-spec", "--output", spec.toString()));
        Outcome direct = CliHarness.run(with(RUN, "--format", "csv"));
        Outcome fromFile = CliHarness.run("run", "--spec", spec.toString(), "--format", "csv");

        assertThat(emitted.code()).as(emitted.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(spec.toFile());
        assertThat(json.path("format").asText()).isEqualTo("gradus-spec");
        assertThat(json.path("runs").get(0).path("schedule").path("id").asText()).isEqualTo("cosine");
        assertThat(json.path("runs").get(0).path("clip_norm").asDouble()).isEqualTo(10.0);
        assertThat(fromFile.code()).as(fromFile.err()).isZero();
        assertThat(direct.outLines()).hasSize(202);
        assertThat(fromFile.out()).isEqualTo(direct.out());
    }

    @Test
    void aSpecificationOfSeveralRunsIsComparedAndOptionsThatWouldChangeItAreRefused() throws IOException {
        Path spec = dir.resolve("book.json");
        Files.writeString(spec, CliHarness.run("scenario", "show", "book-comparison").out());

        Outcome run = CliHarness.run("run", "--spec", spec.toString());
        Outcome refused = CliHarness.run("run", "--spec", spec.toString(), "--steps", "5");
        Outcome notCarried = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--maximize", "--emit-spec");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).startsWith("configuration");
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("SGD ") || line.startsWith("Momentum ") || line.startsWith("AdaGrad ")
                || line.startsWith("Adam ")).hasSize(4);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).startsWith("gradus: --spec: the file holds the run; --steps cannot go with --spec");
        assertThat(notCarried.code()).isEqualTo(2);
        assertThat(notCarried.err()).startsWith("gradus: --emit-spec: a specification does not carry --maximize");
    }

    @Test
    void aStudySpecificationRunsEveryStartAndSeedAndDrawsItsFigures() throws IOException {
        Path spec = dir.resolve("study.json");
        Path figure = dir.resolve("study.png");
        String book = CliHarness.run("scenario", "show", "book-comparison").out();
        String study = book.replace("\"starts\" : null", "\"starts\": [[-7, 2], [3, 1]]").replace("\"seeds\" : null", "\"seeds\": [1, 2]")
                .replace("\"target_loss\" : null", "\"target_loss\": 1e-3").replace("\"figures\" : [ ]", "\"figures\": [{\"file\": \""
                        + figure.toString().replace("\\", "\\\\") + "\", \"width\": 700, \"height\": 350}]");
        assertThat(study).doesNotContain("null,\n  \"seeds\" : null");
        Files.writeString(spec, study);

        Outcome run = CliHarness.run("run", "--spec", spec.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).contains("steps to target");
        assertThat(run.out()).contains("16 runs: 4 configurations x 2 starts x 2 seeds");
        assertThat(javax.imageio.ImageIO.read(figure.toFile()).getWidth()).isEqualTo(700);
    }

    @Test
    void theScenariosAreListedShownAndRunAndABrokenFileNamesItsJsonPath() throws IOException {
        Outcome list = CliHarness.run("scenario", "list");
        Outcome show = CliHarness.run("scenario", "show", "seed-004-adagrad");
        Outcome run = CliHarness.run("scenario", "run", "seed-002-shifted-bowl", "--format", "csv");
        Outcome missing = CliHarness.run("scenario", "run", "seed-999");
        Path broken = Files.writeString(dir.resolve("broken.json"), show.out().replace("\"steps\" : 30", "\"steps\" : -3"));
        Outcome bad = CliHarness.run("run", "--spec", broken.toString());

        assertThat(list.outLines()).hasSize(8);
        assertThat(list.outLines().get(1)).startsWith("book-comparison ");
        assertThat(new ObjectMapper().readTree(show.out()).path("runs")).hasSize(3);
        assertThat(run.code()).as(run.err()).isZero();
        // (x0 - 1)^2 + (x1 - 2)^2 from the origin with eta 0.1, 20 steps
        String[] last = run.outLines().get(run.outLines().size() - 1).split(",");
        assertThat(last[0]).isEqualTo("20");
        assertThat(Double.parseDouble(last[3])).isCloseTo(1 - Math.pow(0.8, 20), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no scenario 'seed-999'; the scenarios are book-comparison, ");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("steps: must be a whole number >= 0");
    }
}
