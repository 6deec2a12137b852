package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliHarness.Outcome;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** {@code gradus list}, {@code describe}, {@code --version}, {@code --help} and {@code gui} end to end. */
class CatalogCommandsIT {

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asText()).toList();
    }

    @Test
    void listShowsEveryKindWithItsOrigin() {
        Outcome list = CliHarness.run("list");

        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("Optimizers:").contains("Objectives:").contains("Estimators:");
        assertThat(list.outLines()).anySatisfy(line -> assertThat(line).startsWith("adam ").contains("Adam"));
        assertThat(list.outLines()).anySatisfy(line -> assertThat(line).startsWith("himmelblau "));
        assertThat(list.outLines()).anySatisfy(line -> assertThat(line).startsWith("central "));
        assertThat(list.out()).doesNotContain("Problems");
    }

    @Test
    void listOfOneKindAsJson() throws IOException {
        Outcome list = CliHarness.run("list", "optimizers", "--format", "json");

        JsonNode json = new ObjectMapper().readTree(list.out());
        assertThat(ids(json.path("optimizers"))).containsExactly("adadelta", "adagrad", "adam", "adamax", "adamw", "asgd", "lbfgs", "nadam", "radam", "rmsprop", "rprop", "sgd", "textbook-adam", "textbook-nesterov");
        assertThat(json.has("objectives")).isFalse();
        assertThat(json.path("problems")).isEmpty();
        assertThat(json.path("optimizers").get(0).path("api_version").asText()).isEqualTo("1.3");
    }

    @Test
    void listOfAllObjectivesAndEstimatorsAsJson() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CliHarness.run("list", "--format", "json").out());

        assertThat(ids(json.path("objectives"))).containsExactly("ackley", "beale", "booth", "bukin-6", "cross-in-tray", "easom", "eggholder",
                "elongated-bowl", "formula", "goldstein-price", "himmelblau", "holder-table", "ill-conditioned-quadratic", "levi-13", "linear-regression",
                "logistic-regression", "matyas", "mccormick", "mlp", "monkey-saddle", "parabola", "polynomial-regression", "rastrigin", "rosenbrock",
                "saddle", "sampled-polynomial", "shifted-bowl", "six-hump-camel", "sphere", "styblinski-tang", "three-hump-camel", "wavy-polynomial");
        assertThat(ids(json.path("estimators"))).containsExactly("analytic", "autodiff", "central", "five-point", "forward");
        assertThat(ids(json.path("data"))).containsExactly("circles", "gaussian-blobs", "line", "polynomial", "spirals", "two-moons", "xor");
    }

    @Test
    void listRefusesAnUnknownKind() {
        Outcome list = CliHarness.run("list", "solvers");

        assertThat(list.code()).isEqualTo(2);
        assertThat(list.err()).contains("'solvers' is not one of optimizers, objectives, estimators, schedules");
    }

    @Test
    void describeShowsAnOptimizersParametersWithDefaultsAndRanges() {
        Outcome describe = CliHarness.run("describe", "adam");

        assertThat(describe.code()).isZero();
        assertThat(describe.out()).startsWith("adam - Adam (optimizer)");
        assertThat(describe.outLines()).anySatisfy(l -> assertThat(l.strip()).matches("beta1\\s+real\\s+0\\.9\\s+\\[0, 1\\).*"));
        assertThat(describe.outLines()).anySatisfy(l -> assertThat(l.strip()).matches("lr\\s+real \\(log scale\\)\\s+0\\.001\\s+>= 0.*"));
        assertThat(describe.outLines()).anySatisfy(l -> assertThat(l.strip()).matches("amsgrad\\s+boolean\\s+false\\s+true or false.*"));
    }

    @Test
    void describeOfAScheduleSaysItsParametersAreSetThroughTheScheduleOption() {
        Outcome describe = CliHarness.run("describe", "cosine");

        assertThat(describe.code()).isZero();
        assertThat(describe.out()).startsWith("cosine - Cosine annealing (schedule)").contains("set with --schedule cosine:NAME=VALUE,...")
                .doesNotContain("-e NAME");
        assertThat(describe.outLines()).anySatisfy(l -> assertThat(l.strip()).matches("t_max\\s+integer\\s+0\\s+a whole number >= 0.*"));
    }

    @Test
    void describeOfLbfgsNamesItsExtraEvaluationsAndLineSearchChoices() {
        Outcome describe = CliHarness.run("describe", "lbfgs");

        assertThat(describe.code()).isZero();
        assertThat(describe.outLines()).contains("capabilities: extra evaluations, state vectors");
        assertThat(describe.outLines()).anySatisfy(l -> assertThat(l.strip()).matches("line_search_fn\\s+choice\\s+none\\s+one of none, strong_wolfe.*"));
    }

    @Test
    void describeShowsAnObjectivesMetadata() {
        Outcome describe = CliHarness.run("describe", "himmelblau");

        assertThat(describe.code()).isZero();
        assertThat(describe.out()).contains("(objective)").contains("dimension: 2").contains("global minima: f(3, 2) = 0")
                .contains("coordinates: x, y");
        assertThat(describe.outLines()).contains("capabilities: exact gradient");
    }

    @Test
    void describeNamesTheCapabilitiesAProviderDeclares() throws IOException {
        assertThat(CliHarness.run("describe", "sgd").outLines()).contains("capabilities: state vectors");
        JsonNode sampled = new ObjectMapper().readTree(CliHarness.run("describe", "sampled-polynomial", "--format", "json").out()).get(0);
        assertThat(sampled.path("capabilities")).extracting(JsonNode::asText).containsExactlyInAnyOrder("exact_gradient", "stochastic");
        JsonNode cosine = new ObjectMapper().readTree(CliHarness.run("describe", "cosine", "--format", "json").out()).get(0);
        assertThat(cosine.path("capabilities")).isEmpty();
    }

    @Test
    void describeAsJsonGivesMinimaAndDimensions() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CliHarness.run("describe", "rosenbrock", "--format", "json").out());

        JsonNode rosenbrock = json.get(0);
        assertThat(rosenbrock.path("kind").asText()).isEqualTo("objective");
        assertThat(rosenbrock.path("dimensions").path("min").asInt()).isEqualTo(2);
        assertThat(rosenbrock.path("metadata").path("global_minima").get(0).path("point")).extracting(JsonNode::asDouble).containsExactly(1.0, 1.0);
    }

    @Test
    void describeOfAnUnknownIdListsKnownIds() {
        Outcome describe = CliHarness.run("describe", "adamz");

        assertThat(describe.code()).isEqualTo(2);
        assertThat(describe.err()).startsWith("gradus: unknown optimizer, objective, estimator, schedule or data set 'adamz'; known: ackley, adadelta, adagrad, "
                + "adam, adamax, adamw, analytic, asgd, autodiff, beale");
    }

    @Test
    void versionNamesGradusAndThePluginApi() {
        Outcome version = CliHarness.run("--version");

        assertThat(version.code()).isZero();
        assertThat(version.outLines().get(0)).matches("gradus \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(plugin API 1\\.3\\)");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("list", "describe", "run", "compare", "sweep", "scenario", "gui")) {
            Outcome help = CliHarness.run(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: gradus " + command);
        }
        assertThat(CliHarness.run("--help").out()).contains("list").contains("describe").contains("run").contains("gui");
    }

    @Test
    void noCommandIsAUsageError() {
        Outcome none = CliHarness.run();

        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).startsWith("gradus: a command is required");
    }

    @Test
    void guiWithoutADisplaySaysSo() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.awt.GraphicsEnvironment.isHeadless(), "a display is available here");

        Outcome gui = CliHarness.run("gui");

        assertThat(gui.code()).isEqualTo(1);
        assertThat(gui.err()).startsWith("gradus: error: gradus gui needs a graphical display");
    }
}
