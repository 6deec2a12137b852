package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliHarness.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin (examples/sign-descent), built by the reactor and kept off the test class path,
 * dropped into a plugin folder and driven through the command line.
 */
class PluginFolderIT {
    @TempDir
    Path plugins;
    Path jar;

    @BeforeEach
    void dropTheExamplePluginIntoAFolder() throws IOException {
        String built = System.getProperty("gradus.example.plugin.jar");
        assertThat(built).as("the build passes the example plugin's jar as gradus.example.plugin.jar").isNotBlank();
        jar = Files.copy(Path.of(built), plugins.resolve("sign-descent-plugin.jar"));
    }

    @Test
    void theExamplePluginIsNotOnTheClassPath() {
        assertThat(CliHarness.run("list", "optimizers").out()).doesNotContain("sign-descent");
    }

    @Test
    void listShowsThePluginAndItsJar() throws IOException {
        Outcome list = CliHarness.run("list", "optimizers", "--plugin-dir", plugins.toString(), "--format", "json");

        assertThat(list.code()).isZero();
        JsonNode optimizers = new ObjectMapper().readTree(list.out()).path("optimizers");
        assertThat(optimizers).anySatisfy(o -> {
            assertThat(o.path("id").asText()).isEqualTo("sign-descent");
            assertThat(o.path("origin").asText()).isEqualTo(jar.toString());
        });
    }

    @Test
    void thePluginsOptimizersFromTheLiteratureAndItsObjectiveAreListedAndRace() throws IOException {
        Outcome list = CliHarness.run("list", "--plugin-dir", plugins.toString(), "--format", "json");
        Outcome race = CliHarness.run("compare", "--plugin-dir", plugins.toString(), "--objective", "zakharov", "--steps", "2000",
                "--optimizer", "adabelief", "-p", "lr=0.05", "--optimizer", "lion", "-p", "lr=0.003", "--format", "json");

        assertThat(list.code()).as(list.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(list.out());
        assertThat(all.path("optimizers")).filteredOn(o -> o.path("origin").asText().equals(jar.toString()))
                .extracting(o -> o.path("id").asText()).containsExactlyInAnyOrder("sign-descent", "lion", "adabelief", "lookahead");
        assertThat(all.path("objectives")).filteredOn(o -> o.path("origin").asText().equals(jar.toString()))
                .extracting(o -> o.path("id").asText()).containsExactly("zakharov");
        assertThat(race.code()).as(race.err()).isZero();
        JsonNode configurations = new ObjectMapper().readTree(race.out()).path("configurations");
        // from (3, -2) the valley's floor is 0 at the origin: both plugin optimizers get well down it
        assertThat(configurations.get(0).path("summary").path("final_loss").path("median").asDouble()).isLessThan(1e-3);
        assertThat(configurations.get(1).path("summary").path("final_loss").path("median").asDouble()).isLessThan(1e-3);
    }

    @Test
    void thePluginsLookaheadWrapsABuiltInOptimizerOfTheHost() {
        Outcome run = CliHarness.run("run", "--plugin-dir", plugins.toString(), "--objective", "elongated-bowl", "--start", "-7,2",
                "--optimizer", "lookahead", "-p", "inner=adam", "-p", "lr=0.3", "--steps", "300", "--format", "table");
        Outcome unknown = CliHarness.run("run", "--plugin-dir", plugins.toString(), "--objective", "sphere", "--optimizer", "lookahead",
                "-p", "inner=nope");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("lookahead  lr=0.3, inner=adam, inner_parameters=, k=5, alpha=0.5");
        double loss = Double.parseDouble(run.outLines().stream().filter(l -> l.startsWith("final loss")).findFirst().orElseThrow()
                .replace("final loss", "").strip());
        assertThat(loss).as("adam inside lookahead gets down the bowl from f = 6.45").isLessThan(1e-3);
        assertThat(unknown.code()).as("a usage error").isEqualTo(2);
        assertThat(unknown.err().lines().toList()).singleElement().asString()
                .startsWith("gradus: lookahead: inner=nope is not allowed: there is no optimizer 'nope'; inner is one of adabelief, adadelta, ")
                .contains(", adam, ").contains(", sgd, ").doesNotContain("lbfgs").doesNotContain(", lookahead");
    }

    @Test
    void thePluginsLookaheadRunsItsInnerOptimizerWithInnerParameters() {
        Outcome wrapped = CliHarness.run("run", "--plugin-dir", plugins.toString(), "--objective", "elongated-bowl", "--start", "-7,2",
                "--optimizer", "lookahead", "-p", "inner=sgd", "-p", "inner_parameters=momentum=0.5,nesterov=true", "-p", "k=3", "-p", "lr=0.1",
                "--steps", "3", "--format", "csv");
        Outcome alone = CliHarness.run("run", "--objective", "elongated-bowl", "--start", "-7,2", "--optimizer", "sgd", "-p", "lr=0.1",
                "-p", "momentum=0.5", "-p", "nesterov=true", "--steps", "3", "--format", "csv");

        assertThat(wrapped.code()).as(wrapped.err()).isZero();
        assertThat(alone.code()).as(alone.err()).isZero();
        // rows 0 to 2 (the start and k - 1 = 2 fast steps) are sgd's own, to the last digit; row 3 is the slow step
        assertThat(wrapped.outLines().subList(0, 4)).isEqualTo(alone.outLines().subList(0, 4));
        double[] start = {-7, 2};
        String[] fast = alone.outLines().get(4).split(",");
        String[] slow = wrapped.outLines().get(4).split(",");
        assertThat(Double.parseDouble(slow[3])).isEqualTo(start[0] + 0.5 * (Double.parseDouble(fast[3]) - start[0]));
        assertThat(Double.parseDouble(slow[4])).isEqualTo(start[1] + 0.5 * (Double.parseDouble(fast[4]) - start[1]));
    }

    @Test
    void badInnerParametersAreAUsageErrorInOneLineNamingThem() {
        Outcome outOfRange = CliHarness.run("run", "--plugin-dir", plugins.toString(), "--objective", "sphere", "--optimizer", "lookahead",
                "-p", "inner=sgd", "-p", "inner_parameters=momentum=-1");
        Outcome lineSearch = CliHarness.run("run", "--plugin-dir", plugins.toString(), "--objective", "sphere", "--optimizer", "lookahead",
                "-p", "inner=lbfgs");

        assertThat(outOfRange.code()).isEqualTo(2);
        assertThat(outOfRange.out()).isEmpty();
        assertThat(outOfRange.err()).isEqualTo("gradus: lookahead: inner_parameters=momentum=-1 is not allowed: "
                + "sgd: momentum = -1 is out of range; allowed: >= 0" + System.lineSeparator());
        assertThat(lineSearch.code()).isEqualTo(2);
        assertThat(lineSearch.err().lines().toList()).singleElement().asString().startsWith("gradus: lookahead: inner=lbfgs is not allowed: "
                + "lbfgs evaluates the objective inside its steps (EXTRA_EVALUATIONS), which lookahead does not pass on; inner is one of ");
    }

    @Test
    void describeShowsThePluginsParameters() {
        Outcome describe = CliHarness.run("describe", "sign-descent", "--plugin-dir", plugins.toString());

        assertThat(describe.code()).isZero();
        assertThat(describe.out()).contains("Sign descent").contains(jar.toString()).contains("lr");
    }

    @Test
    void runsThePluginEndToEnd() {
        Outcome run = CliHarness.run("run", "--plugin-dir", plugins.toString(), "--objective", "elongated-bowl", "--optimizer", "sign-descent",
                "-p", "lr=0.05", "--steps", "100", "--format", "csv");

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(102);
        // sign descent moves every coordinate by exactly lr per step: from (-7, 2) to (-6.95, 1.95)
        String[] second = run.outLines().get(2).split(",");
        assertThat(Double.parseDouble(second[3])).isEqualTo(-7 + 0.05);
        assertThat(Double.parseDouble(second[4])).isEqualTo(2 - 0.05);
    }

    @Test
    void aPluginOptimizerGetsSchedulesAndMaximizeForFree() {
        Outcome run = CliHarness.run("run", "--plugin-dir", plugins.toString(), "--objective", "elongated-bowl", "--optimizer", "sign-descent",
                "-p", "lr=0.4", "--schedule", "exponential:gamma=0.5", "--maximize", "--start", "-7,2", "--steps", "3", "--format", "csv");

        assertThat(run.code()).as(run.err()).isZero();
        // maximizing, sign descent climbs by the scheduled rate: 0.4, then 0.2, then 0.1 per coordinate, away from the minimum at 0
        String[] last = run.outLines().get(4).split(",");
        assertThat(Double.parseDouble(last[3])).isCloseTo(-7.7, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Double.parseDouble(last[4])).isCloseTo(2.7, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void findsPluginsThroughTheEnvironmentVariable() {
        Outcome list = CliHarness.run(Map.of("GRADUS_PLUGIN_PATH", plugins.toString()), "list", "optimizers");

        assertThat(list.out()).contains("sign-descent");
    }

    @Test
    void aBrokenJarIsReportedAndEverythingElseWorks() throws IOException {
        Files.writeString(plugins.resolve("broken.jar"), "not a jar");

        Outcome run = CliHarness.run("run", "--plugin-dir", plugins.toString(), "--objective", "sphere", "--optimizer", "sign-descent",
                "--steps", "2");

        assertThat(run.code()).isZero();
        assertThat(run.err().strip()).startsWith("gradus: plugin problem: " + plugins.resolve("broken.jar") + ": not a readable jar file");
        Outcome list = CliHarness.run("list", "--plugin-dir", plugins.toString());
        assertThat(list.out()).contains("Problems (these were skipped):").contains("broken.jar");
    }

    @Test
    void aPluginFolderThatDoesNotExistIsAUsageError() {
        Outcome list = CliHarness.run("list", "--plugin-dir", plugins.resolve("nope").toString());

        assertThat(list.code()).isEqualTo(2);
        assertThat(list.err().strip()).isEqualTo("gradus: --plugin-dir: folder " + plugins.resolve("nope") + " does not exist");
    }
}
