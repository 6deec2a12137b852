package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliHarness.Outcome;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --expression}: a formula as the objective, from the command line. */
class FormulaRunIT {

    @Test
    void aFormulaRunsWithItsAutomaticGradientAndItsVariablesAsColumns() {
        // SGD with lr 0.1 on x^2/20 + y^2 from (-7, 2): x shrinks by 1 - 0.1/10 = 0.99 a step, y by 1 - 0.2 = 0.8
        Outcome run = CliHarness.run("run", "--expression", "x^2/20 + y^2", "--optimizer", "sgd", "-p", "lr=0.1", "--start", "-7,2", "--steps", "2",
                "--format", "csv");

        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo("step,loss,grad_norm,x,y");
        assertThat(lines).hasSize(4);
        String[] last = lines.get(3).split(",");
        assertThat(Double.parseDouble(last[3])).isCloseTo(-7 * 0.99 * 0.99, within(1e-12));
        assertThat(Double.parseDouble(last[4])).isCloseTo(2 * 0.8 * 0.8, within(1e-12));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theJsonRecordsTheFormulaAndTheAutodiffEstimator() throws IOException {
        Outcome run = CliHarness.run("run", "--expression", "b^2 + a", "--vars", "b,a", "--optimizer", "sgd", "--steps", "1", "--format", "json");

        JsonNode config = new ObjectMapper().readTree(run.out()).path("config");
        assertThat(config.path("objective").path("id").asText()).isEqualTo("formula");
        assertThat(config.path("objective").path("parameters").path("expression").asText()).isEqualTo("b^2 + a");
        assertThat(config.path("objective").path("parameters").path("vars").asText()).isEqualTo("b,a");
        assertThat(config.path("objective").path("coordinates")).extracting(JsonNode::asText).containsExactly("b", "a");
        assertThat(config.path("gradient").path("id").asText()).isEqualTo("autodiff");
    }

    @Test
    void aMistakeIsShownWithACaretUnderItAndExitCodeTwo() {
        Outcome run = CliHarness.run("run", "--expression", "x^2 + * y", "--optimizer", "sgd");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "gradus: --expression: expected a number, a variable, a function or '(' after '+', not '*' (column 7)",
                "  x^2 + * y",
                "        ^");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aVariableMissingFromVarsIsShownInTheFormula() {
        Outcome run = CliHarness.run("run", "--expression", "x + y", "--vars", "x", "--optimizer", "sgd");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("gradus: --expression: ").contains("(column 5)");
        assertThat(run.err().lines().toList()).endsWith("  x + y", "      ^");
    }

    @Test
    void aDomainErrorStopsTheRunAsDivergedAtThatStep() {
        // log(x) from x = 0.5 with lr 1: the gradient 1/x = 2 takes x to -1.5, where log is NaN
        Outcome run = CliHarness.run("run", "--expression", "log(x)", "--optimizer", "sgd", "-p", "lr=1", "--start", "0.5", "--steps", "10",
                "--format", "csv");

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(2)).startsWith("1,NaN,");
        assertThat(run.err()).contains("diverged").contains("step 1");
    }

    @Test
    void aFormulaAndAnObjectiveTogetherOrNeitherAreRefused() {
        Outcome both = CliHarness.run("run", "--objective", "sphere", "--expression", "x^2", "--optimizer", "sgd");
        Outcome neither = CliHarness.run("run", "--optimizer", "sgd");
        Outcome varsAlone = CliHarness.run("run", "--objective", "sphere", "--vars", "x", "--optimizer", "sgd");
        Outcome wrongDimension = CliHarness.run("run", "--expression", "x^2 + y^2", "--start", "1,2,3", "--optimizer", "sgd");

        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("gradus: --expression: give either --objective or --expression, not both");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err().strip()).startsWith("gradus: --objective: give an objective (--objective ID");
        assertThat(varsAlone.code()).isEqualTo(2);
        assertThat(varsAlone.err().strip()).isEqualTo("gradus: --vars: orders the variables of a formula; give it with --expression");
        assertThat(wrongDimension.code()).isEqualTo(2);
        assertThat(wrongDimension.err().strip()).isEqualTo("gradus: --start: has 3 coordinates but objective 'formula' takes exactly 2");
    }

    @Test
    void aNonSmoothObjectiveWarnsOnceOnStandardError() {
        Outcome run = CliHarness.run("run", "--objective", "bukin-6", "--optimizer", "sgd", "-p", "lr=0.0001", "--steps", "50", "--format", "csv");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("gradus: warning: objective 'bukin-6' is not differentiable everywhere");
    }

    @Test
    void theGradientCommandChecksAFormulasAutomaticGradient() throws IOException {
        // sin(x) exp(y) at (0.5, 1): gradient (cos(0.5) e, sin(0.5) e)
        Outcome outcome = CliHarness.run("gradient", "--expression", "sin(x)*exp(y)", "--at", "0.5,1", "--format", "json");

        assertThat(outcome.code()).as(outcome.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(outcome.out());
        assertThat(report.path("exact").asText()).isEqualTo("autodiff");
        JsonNode estimates = report.path("estimates");
        assertThat(estimates).extracting(e -> e.path("estimator").asText()).containsExactly("autodiff", "central", "five-point", "forward");
        assertThat(estimates.get(0).path("gradient").get(0).asDouble()).isCloseTo(Math.cos(0.5) * Math.E, within(1e-15));
        assertThat(estimates.get(0).path("gradient").get(1).asDouble()).isCloseTo(Math.sin(0.5) * Math.E, within(1e-15));
        assertThat(estimates.get(2).path("function_evaluations").asLong()).isEqualTo(9);
        assertThat(estimates.get(2).path("relative_error").asDouble()).isLessThan(estimates.get(1).path("relative_error").asDouble());
    }
}
