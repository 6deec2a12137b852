package dev.gradus.app.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in scenarios run with the real providers; specification files round-trip and their mistakes name a JSON path. */
class ScenariosTest {
    private static final GradusApplication APP = GradusApplication.start(PluginFolders.NONE);

    private static RunSpec scenario(String name) {
        return APP.scenarios().builtIn().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<RunResult> run(RunSpec spec) {
        return spec.commands().stream().map(c -> APP.runOptimization().run(c, RunObserver.NONE, Cancellation.NEVER)).toList();
    }

    @Test
    void everyBuiltInScenarioRunsEveryRunToItsEnd() {
        List<RunSpec> all = APP.scenarios().builtIn();

        assertThat(all).extracting(RunSpec::name).containsExactly("book-comparison", "seed-000-sampled-polynomial", "seed-001-parabola",
                "seed-001-sphere", "seed-002-shifted-bowl", "seed-003-xor", "seed-004-adagrad");
        for (RunSpec spec : all) {
            for (RunResult result : run(spec)) {
                assertThat(result.stopReason()).as(spec.name() + ": " + result.stopDetail()).isIn(StopReason.STEP_BUDGET, StopReason.GRADIENT_TOLERANCE,
                        StopReason.DIVERGED);
            }
        }
    }

    @Test
    void theSeedScenariosEndWhereTheArticlesSay() {
        List<RunResult> xor = run(scenario("seed-003-xor"));
        RunResult shifted = run(scenario("seed-002-shifted-bowl")).get(0);
        RunResult parabola = run(scenario("seed-001-parabola")).get(0);
        List<RunResult> book = run(scenario("book-comparison"));
        RunResult sampled = run(scenario("seed-000-sampled-polynomial")).get(0);

        assertThat(xor).allSatisfy(r -> assertThat(r.finalAccuracy()).isEqualTo(1.0));
        assertThat(xor.get(0).setup().gradient().id()).isEqualTo("central");
        // (x - 1)^2 + (y - 2)^2 from the origin with eta 0.1: the distance shrinks by 0.8 a step
        assertThat(shifted.finalPoint()).containsExactly(new double[] {1 - Math.pow(0.8, 20), 2 - 2 * Math.pow(0.8, 20)}, within(1e-6));
        // x^2 from 9 with lr 0.08: x shrinks by 0.84 a step (the forward difference adds h = 1e-4 to the slope)
        assertThat(parabola.finalPoint()[0]).isCloseTo(9 * Math.pow(0.84, 15), within(1e-3));
        // seed 000: held in the local minimum near 4.25 at first, then out of it to the global one near 0
        assertThat(sampled.stopReason()).isEqualTo(StopReason.STEP_BUDGET);
        assertThat(sampled.trajectory().point(20)[0]).isBetween(3.8, 4.6);
        assertThat(sampled.finalPoint()[0]).isBetween(-0.5, 0.5);
        assertThat(book).hasSize(4).allSatisfy(r -> assertThat(r.steps()).isEqualTo(30));
        // from f(-7, 2) = 6.45, every optimizer of the comparison ends well down the valley
        assertThat(book).allSatisfy(r -> assertThat(r.finalValue()).isLessThan(0.5));
    }

    @Test
    void aSpecificationRoundTripsThroughItsFile(@TempDir Path dir) {
        for (RunSpec spec : APP.scenarios().builtIn()) {
            Path file = dir.resolve(spec.name() + ".json");
            APP.scenarios().write(spec, file);
            RunSpec read = APP.scenarios().read(file);
            assertThat(read).as(spec.name()).isEqualTo(spec);
            List<RunCommand> commands = read.commands();
            assertThat(commands).isEqualTo(spec.commands());
        }
    }

    @Test
    void aStudyWithStartsSeedsTargetsAndFiguresRoundTripsAndItsMistakesNameTheirPath(@TempDir Path dir) {
        RunSpec book = scenario("book-comparison");
        for (RunSpec.Study study : List.of(
                new RunSpec.Study(dev.gradus.app.port.in.Starts.of(List.of(new double[] {-7, 2}, new double[] {3, 1})), List.of(1L, 2L, 5L), 1e-3, null,
                        List.of(new RunSpec.Figure("book.png", 900, 450))),
                new RunSpec.Study(dev.gradus.app.port.in.Starts.random(20, 7), null, null, 1e-4, List.of()))) {
            RunSpec spec = new RunSpec(book.name(), book.title(), book.description(), book.objective(), book.data(), book.dimension(), book.start(),
                    book.steps(), book.seed(), book.tolerance(), book.batchSize(), book.sampling(), book.runs(), study);
            Path file = dir.resolve("study.json");
            APP.scenarios().write(spec, file);
            assertThat(APP.scenarios().read(file)).isEqualTo(spec).isNotEqualTo(book);
        }
        assertThat(error(HEAD + "\"starts\": [[1, 2], [3, \"x\"]], \"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}]}"))
                .isEqualTo("s.json: starts[1][1]: must be a number");
        assertThat(error(HEAD + "\"starts\": \"random:0\", \"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}]}"))
                .isEqualTo("s.json: starts: \"random:N\" needs a whole number N from 1 to 100000");
        assertThat(error(HEAD + "\"seeds\": [1, -2], \"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}]}")).isEqualTo("s.json: seeds[1]: must be a whole number >= 0");
        assertThat(error(HEAD + "\"figures\": [{\"file\": \"a.png\", \"colour\": 1}], \"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}]}"))
                .startsWith("s.json: figures[0].colour: is not a key");
    }

    @Test
    void aFileWhoseValuesAProviderRefusesIsRefusedWithTheJsonPathOfTheValue(@TempDir Path dir) throws IOException {
        Path badValue = Files.writeString(dir.resolve("bad.json"), HEAD + "\"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}, "
                + "{\"optimizer\": {\"id\": \"adam\", \"parameters\": {\"lr\": -1}}}]}");
        Path badId = Files.writeString(dir.resolve("id.json"), HEAD + "\"runs\": [{\"optimizer\": {\"id\": \"adamm\"}}]}");
        Path badGradient = Files.writeString(dir.resolve("g.json"), HEAD + "\"runs\": [{\"optimizer\": {\"id\": \"sgd\"}, "
                + "\"gradient\": {\"id\": \"central\", \"parameters\": {\"hh\": 1}}}]}");

        String value = catchThrowableOfType(InvalidInputException.class, () -> APP.scenarios().read(badValue)).problems().get(0).reason();
        String id = catchThrowableOfType(InvalidInputException.class, () -> APP.scenarios().read(badId)).problems().get(0).reason();
        String gradient = catchThrowableOfType(InvalidInputException.class, () -> APP.scenarios().read(badGradient)).problems().get(0).reason();

        assertThat(value).isEqualTo(badValue + ": runs[1].optimizer.parameters.lr: lr = -1 is out of range; allowed: >= 0");
        assertThat(id).startsWith(badId + ": runs[0].optimizer.id: no optimizer 'adamm'; the optimizers are ").contains("adam, adamax");
        assertThat(gradient).startsWith(badGradient + ": runs[0].gradient.parameters.hh: unknown parameter 'hh'");
    }

    private static String error(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SpecJson.read(new StringReader(json), "s.json"));
        assertThat(e).as(json).isNotNull();
        return e.problems().get(0).reason();
    }

    private static final String HEAD = "{\"format\": \"gradus-spec\", \"format_version\": 1, \"name\": \"t\", \"objective\": {\"id\": \"sphere\"}, ";

    @Test
    void mistakesNameTheirJsonPath() {
        assertThat(error(HEAD + "\"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}, {\"optimizer\": {\"id\": \"sgd\", \"paramters\": {}}}]}"))
                .startsWith("s.json: runs[1].optimizer.paramters: is not a key");
        assertThat(error(HEAD + "\"steps\": \"many\", \"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}]}")).isEqualTo("s.json: steps: must be a whole number >= 0");
        assertThat(error(HEAD + "\"start\": [1, \"a\"], \"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}]}")).isEqualTo("s.json: start[1]: must be a number");
        assertThat(error(HEAD + "\"runs\": []}")).isEqualTo("s.json: runs: must be an array of at least one run");
        assertThat(error("{\"format\": \"other\"}")).isEqualTo("s.json: format: must be \"gradus-spec\"");
        assertThat(error("not json")).startsWith("s.json: is not JSON");
    }

    @Test
    void aFailedWriteLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("no/such/folder/s.json");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> APP.scenarios().write(scenario("book-comparison"), missing));
        Path directory = Files.createDirectory(dir.resolve("taken.json"));
        InvalidInputException overDirectory = catchThrowableOfType(InvalidInputException.class,
                () -> APP.scenarios().write(scenario("book-comparison"), directory));

        assertThat(e).hasMessageContaining("cannot be written");
        assertThat(overDirectory).hasMessageContaining("cannot be written");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(directory);
        }
    }
}
