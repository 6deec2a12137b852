package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliHarness.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code gradus gradient}: every estimator at one point, against the exact gradient. */
class GradientCommandIT {

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--format");
        all.add("json");
        Outcome outcome = CliHarness.run(all.toArray(new String[0]));
        assertThat(outcome.code()).as(outcome.err()).isZero();
        return new ObjectMapper().readTree(outcome.out());
    }

    private static JsonNode estimate(JsonNode report, String id) {
        for (JsonNode e : report.path("estimates")) {
            if (e.path("estimator").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no estimate from " + id + " in " + report);
    }

    @Test
    void comparesEveryApplicableEstimatorWithTheExactGradient() throws IOException {
        // Rosenbrock at (-1.5, 2): w = y - x^2 = -0.25, df/dx = -400 x w - 2(1 - x) = -150 - 5 = -155, df/dy = 200 w = -50
        JsonNode report = json("gradient", "--objective", "rosenbrock", "--at", "-1.5,2");

        assertThat(report.path("value").asDouble()).isEqualTo(12.5);
        assertThat(report.path("exact").asText()).isEqualTo("analytic");
        JsonNode analytic = estimate(report, "analytic");
        assertThat(analytic.path("gradient").get(0).asDouble()).isEqualTo(-155.0);
        assertThat(analytic.path("gradient").get(1).asDouble()).isEqualTo(-50.0);
        assertThat(analytic.path("relative_error").asDouble()).isZero();
        assertThat(analytic.path("function_evaluations").asLong()).isEqualTo(1);
        assertThat(analytic.path("gradient_evaluations").asLong()).isEqualTo(1);
        JsonNode forward = estimate(report, "forward");
        JsonNode central = estimate(report, "central");
        assertThat(forward.path("function_evaluations").asLong()).isEqualTo(3);
        assertThat(central.path("function_evaluations").asLong()).isEqualTo(5);
        assertThat(central.path("gradient").get(0).asDouble()).isCloseTo(-155.0, within(1e-6));
        assertThat(forward.path("relative_error").asDouble()).isBetween(1e-12, 1e-5);
        assertThat(central.path("relative_error").asDouble()).isLessThan(forward.path("relative_error").asDouble());
        assertThat(central.path("absolute_error").asDouble()).isLessThan(1e-5);
    }

    @Test
    void eachEstimatorTakesTheParametersThatFollowIt() throws IOException {
        // Rosenbrock is a quartic in x, so the central difference with step h is exactly f' + h^2 f'''/6 (the fifth
        // derivative vanishes); f''' = 2400 x = -3600 at x = -1.5, so with h = 0.1 it gives -155 - 0.01 * 3600 / 6 = -161.
        // In y it is a quadratic, where central differences are exact: -50.
        JsonNode report = json("gradient", "--objective", "rosenbrock", "--at", "-1.5,2", "--gradient", "central", "-e", "h=0.1",
                "--gradient", "forward");

        assertThat(report.path("estimates")).hasSize(2);
        JsonNode central = estimate(report, "central");
        assertThat(central.path("parameters").path("h").asDouble()).isEqualTo(0.1);
        assertThat(estimate(report, "forward").path("parameters").path("h").asDouble()).isZero();
        assertThat(central.path("gradient").get(0).asDouble()).isCloseTo(-161.0, within(1e-9));
        assertThat(central.path("gradient").get(1).asDouble()).isCloseTo(-50.0, within(1e-9));
    }

    @Test
    void theTextReportShowsOneColumnPerCoordinateAndTheErrors() {
        Outcome outcome = CliHarness.run("gradient", "--objective", "booth", "--at", "0,0");

        assertThat(outcome.code()).as(outcome.err()).isZero();
        // Booth at the origin: f = 49 + 25 = 74; df/dx = 2(x + 2y - 7) + 4(2x + y - 5) = -14 - 20 = -34, df/dy = -28 - 10 = -38
        assertThat(outcome.out()).contains("f = 74").contains("exact gradient: analytic");
        assertThat(outcome.outLines()).anySatisfy(line -> assertThat(line).startsWith("ESTIMATOR").contains("df/dx").contains("df/dy")
                .contains("REL. ERROR"));
        assertThat(outcome.outLines()).anySatisfy(line -> assertThat(line).startsWith("analytic").contains("-34").contains("-38")
                .contains("(exact)"));
        assertThat(outcome.outLines()).anySatisfy(line -> assertThat(line).startsWith("central ").contains(" 5 "));
    }

    @Test
    void aPointOfTheWrongDimensionAndAnEstimatorThatDoesNotApplyAreRefused() {
        Outcome wrong = CliHarness.run("gradient", "--objective", "booth", "--at", "1,2,3");
        Outcome twice = CliHarness.run("gradient", "--objective", "booth", "--gradient", "central", "--gradient", "central");
        Outcome neither = CliHarness.run("gradient", "--at", "1,2");

        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo("gradus: --at: has 3 coordinates but objective 'booth' takes exactly 2");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err().strip()).isEqualTo("gradus: --gradient: is named twice; name each estimator once");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("--objective").contains("--expression");
    }
}
