package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliHarness.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gradus run} end to end through the command line's entry point. */
class RunCommandIT {
    @TempDir
    Path dir;

    private static void assertNoStackTrace(Outcome outcome) {
        assertThat(outcome.err()).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("internal error");
    }

    @Test
    void theReadmeRunPrints301DataRowsOfCsv() {
        Outcome run = CliHarness.run("run", "--objective", "rosenbrock", "--optimizer", "adam", "-p", "lr=0.01", "--start", "-1.5,2",
                "--steps", "300", "--format", "csv");

        assertThat(run.code()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(302);
        assertThat(lines.get(0)).isEqualTo("step,loss,grad_norm,x,y");
        // f(-1.5, 2) = 100 (2 - 2.25)^2 + (1 + 1.5)^2 = 6.25 + 6.25
        String[] first = lines.get(1).split(",");
        assertThat(first[0]).isEqualTo("0");
        assertThat(Double.parseDouble(first[1])).isEqualTo(12.5);
        assertThat(first[3]).isEqualTo("-1.5");
        assertThat(first[4]).isEqualTo("2.0");
        // Adam's first step moves every coordinate by almost exactly lr against the gradient's sign;
        // the gradient at (-1.5, 2) is (-400x(y - x^2) - 2(1 - x), 200(y - x^2)) = (-155, -50), so both rise by 0.01
        String[] second = lines.get(2).split(",");
        assertThat(Double.parseDouble(second[3])).isCloseTo(-1.49, within(1e-9));
        assertThat(Double.parseDouble(second[4])).isCloseTo(2.01, within(1e-9));
        assertThat(Double.parseDouble(first[2])).isCloseTo(Math.sqrt(155 * 155 + 50 * 50), within(1e-9));
        assertThat(lines.get(301)).startsWith("300,");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aNegativeStartWorksJoinedWithAnEqualsSignToo() {
        Outcome run = CliHarness.run("run", "--objective", "rosenbrock", "--optimizer", "adam", "--start=-1.5,2", "--steps", "3");

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(5);
        assertThat(run.outLines().get(1)).endsWith(",-1.5,2.0");
    }

    @Test
    void csvNumbersRoundTripExactly() {
        Outcome run = CliHarness.run("run", "--objective", "elongated-bowl", "--optimizer", "sgd", "-p", "lr=0.1", "--steps", "5", "--format", "json");
        Outcome csv = CliHarness.run("run", "--objective", "elongated-bowl", "--optimizer", "sgd", "-p", "lr=0.1", "--steps", "5");

        // x_{k+1} = x_k - 0.1 * x_k / 10 exactly as the JVM computes it
        double x = -7;
        for (int k = 0; k < 5; k++) {
            x = x - 0.1 * (x / 10);
        }
        assertThat(Double.parseDouble(csv.outLines().get(6).split(",")[3])).isEqualTo(x);
        assertThat(run.code()).isZero();
    }

    @Test
    void jsonCarriesTheFullConfigurationTheTrajectoryAndTheResult() throws IOException {
        Outcome run = CliHarness.run("run", "--objective", "rosenbrock", "--optimizer", "adam", "-p", "lr=0.01", "--start", "-1.5,2",
                "--steps", "300", "--format", "json", "--seed", "7");

        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("format").asText()).isEqualTo("gradus-run");
        assertThat(json.path("format_version").asInt()).isEqualTo(1);
        JsonNode config = json.path("config");
        JsonNode adam = config.path("optimizer").path("parameters");
        assertThat(adam.path("lr").asDouble()).isEqualTo(0.01);
        assertThat(adam.path("beta1").asDouble()).isEqualTo(0.9);
        assertThat(adam.path("beta2").asDouble()).isEqualTo(0.999);
        assertThat(adam.path("eps").asDouble()).isEqualTo(1e-8);
        assertThat(adam.path("weight_decay").asDouble()).isZero();
        assertThat(adam.path("amsgrad").asBoolean(true)).isFalse();
        assertThat(config.path("objective").path("id").asText()).isEqualTo("rosenbrock");
        assertThat(config.path("objective").path("coordinates")).extracting(JsonNode::asText).containsExactly("x", "y");
        assertThat(config.path("gradient").path("id").asText()).isEqualTo("analytic");
        assertThat(config.path("seed").asLong()).isEqualTo(7);
        assertThat(config.path("start").get(0).asDouble()).isEqualTo(-1.5);
        assertThat(json.path("trajectory")).hasSize(301);
        assertThat(json.path("trajectory").get(0).path("loss").asDouble()).isEqualTo(12.5);
        JsonNode result = json.path("result");
        assertThat(result.path("stop_reason").asText()).isEqualTo("step-budget");
        assertThat(result.path("steps").asLong()).isEqualTo(300);
        assertThat(result.path("function_evaluations").asLong()).isEqualTo(301);
        assertThat(result.path("final_point")).hasSize(2);
    }

    @Test
    void tableIsAShortSummary() {
        Outcome run = CliHarness.run("run", "--objective", "booth", "--optimizer", "sgd", "-p", "lr=0.05", "--steps", "2000", "--format", "table");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("objective     booth (2-D)").contains("optimizer     sgd  lr=0.05")
                .contains("stopped       gradient norm below tolerance").contains("final point   (1, 3)");
    }

    @Test
    void writesTheOutputFileWholeWithTheFormatFromItsExtension() throws IOException {
        Path file = dir.resolve("path.json");

        Outcome run = CliHarness.run("run", "--objective", "elongated-bowl", "--optimizer", "sgd", "-p", "lr=0.95", "--steps", "30",
                "--output", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(file.toFile()).path("trajectory")).hasSize(31);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void divergenceStopsWithExitCodeThreeAndStillWritesTheRowsUpToIt() throws IOException {
        Path file = dir.resolve("diverged.csv");

        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "-p", "lr=1.5", "--steps", "5000",
                "--output", file.toString());

        // x <- x - 1.5 * 2x = -2x: |x| doubles each step and the loss overflows near step 510
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("diverged").contains("the loss became infinite at step");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.size()).isBetween(500, 530);
        assertThat(lines.get(lines.size() - 1)).contains("Infinity");
        assertNoStackTrace(run);
    }

    @Test
    void aFailedRunLeavesAnExistingOutputFileUntouchedAndNoPartialFile() throws IOException {
        Path file = Files.writeString(dir.resolve("keep.csv"), "precious\n");

        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "adam", "-p", "lr=-1", "--output", file.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("precious\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anUnknownOptimizerListsTheKnownOnes() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "adamm");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("gradus: unknown optimizer 'adamm'; known: adadelta, adagrad, adam, adamax, adamw, asgd, lbfgs, nadam, radam, rmsprop, rprop, sgd, "
                + "textbook-adam, textbook-nesterov" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownObjectiveListsTheKnownOnes() {
        Outcome run = CliHarness.run("run", "--objective", "spere", "--optimizer", "adam");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("gradus: unknown objective 'spere'; known: ackley, beale, booth, bukin-6, cross-in-tray, easom, eggholder, "
                + "elongated-bowl, formula, goldstein-price, himmelblau, holder-table, ill-conditioned-quadratic, levi-13, linear-regression, "
                + "logistic-regression, matyas, mccormick, mlp, monkey-saddle, parabola, polynomial-regression, rastrigin, rosenbrock, saddle, "
                + "sampled-polynomial, shifted-bowl, six-hump-camel, sphere, styblinski-tang, three-hump-camel, wavy-polynomial");
    }

    @Test
    void anOutOfRangeValueNamesTheParameterTheValueAndTheRange() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "adam", "-p", "lr=-1", "-p", "beta1=1");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "gradus: adam: lr = -1 is out of range; allowed: >= 0",
                "gradus: adam: beta1 = 1 is out of range; allowed: [0, 1)");
    }

    @Test
    void anUnknownParameterListsTheOptimizersParameters() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "-p", "beta1=0.9");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: sgd: unknown parameter 'beta1'; known: lr, momentum, dampening, weight_decay, nesterov");
    }

    @Test
    void anAssignmentWithoutEqualsIsRefused() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "-p", "lr");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: sgd: 'lr' is not of the form NAME=VALUE");
    }

    @Test
    void nesterovWithoutMomentumIsRefusedNamingTheRule() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "-p", "nesterov=true");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("sgd:").contains("nesterov=true").contains("momentum");
    }

    @Test
    void aStartOfTheWrongLengthSaysWhatTheObjectiveTakes() {
        Outcome run = CliHarness.run("run", "--objective", "beale", "--optimizer", "adam", "--start", "1,2,3");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: --start: has 3 coordinates but objective 'beale' takes exactly 2");
    }

    @Test
    void aMalformedStartNamesTheBadNumber() {
        Outcome run = CliHarness.run("run", "--objective", "beale", "--optimizer", "adam", "--start", "1,abc");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: --start: 'abc' is not a finite number; give comma-separated numbers such as -1.5,2");
    }

    @Test
    void aMalformedStepCountIsRefused() {
        Outcome run = CliHarness.run("run", "--objective", "beale", "--optimizer", "adam", "--steps", "ten");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("gradus: Invalid value for option '--steps': 'ten' is not a whole number");
        assertNoStackTrace(run);
    }

    @Test
    void aNegativeStepCountIsRefused() {
        Outcome run = CliHarness.run("run", "--objective", "beale", "--optimizer", "adam", "--steps", "-5");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: --steps: must be a whole number >= 0");
    }

    @Test
    void stepsAcceptExponentNotation() {
        Outcome run = CliHarness.run("run", "--objective", "beale", "--optimizer", "adam", "--steps", "1e1", "--tolerance", "0");

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(12);
    }

    @Test
    void aDimensionTheObjectiveCannotTakeIsRefused() {
        Outcome run = CliHarness.run("run", "--objective", "rosenbrock", "--optimizer", "adam", "--dim", "1");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: --dim: objective 'rosenbrock' takes at least 2, not 1");
    }

    @Test
    void theDimensionOfAnNdObjectiveComesFromDim() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--dim", "4", "--optimizer", "sgd", "-p", "lr=0.1", "--steps", "2");

        assertThat(run.code()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("step,loss,grad_norm,x1,x2,x3,x4");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsRefusedBeforeRunning() {
        Path file = dir.resolve("missing/run.csv");

        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--output", file.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: --output: folder " + dir.resolve("missing") + " does not exist");
    }

    @Test
    void anOutputThatIsAFolderIsRefused() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--output", dir.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: --output: " + dir + " is a folder; give a file name");
    }

    @Test
    void aGradientThatDoesNotApplyIsRefused() {
        Outcome run = CliHarness.run("run", "--objective", "sphere", "--optimizer", "sgd", "--gradient", "nope");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gradus: unknown gradient estimator 'nope'; known: analytic, autodiff, central, five-point, forward");
    }

    @Test
    void centralDifferencesCountTheirEvaluations() throws IOException {
        Outcome run = CliHarness.run("run", "--objective", "booth", "--optimizer", "sgd", "-p", "lr=0.05", "--gradient", "central",
                "--steps", "10", "--tolerance", "0", "--format", "json");

        JsonNode result = new ObjectMapper().readTree(run.out()).path("result");
        assertThat(result.path("function_evaluations").asLong()).isEqualTo(11 * 5);
        assertThat(result.path("gradient_evaluations").asLong()).isZero();
    }

    @Test
    void missingRequiredOptionsAreUsageErrors() {
        Outcome run = CliHarness.run("run", "--objective", "sphere");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("gradus: --optimizer: give an optimizer (--optimizer ID, see 'gradus list optimizers') or a --spec FILE");
    }
}
