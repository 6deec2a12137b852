package dev.gradus.app.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.Recording;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in torch optimizer against trajectories PyTorch itself computed in float64
 * ({@code src/test/reference/make_torch_trajectories.py} made the files in
 * {@code src/test/resources/reference/torch-trajectories}). Each case is run through the same use
 * case {@code gradus run} drives, with the case's parameters, schedule, clipping and maximize, and
 * every point of the trajectory must agree to 1e-9 relative (1e-12 absolute near zero).
 */
class TorchTrajectoryReferenceTest {
    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GradusApplication APP = GradusApplication.start(PluginFolders.NONE);

    private static List<JsonNode> cases() {
        try {
            Path folder = Path.of(TorchTrajectoryReferenceTest.class.getResource("/reference/torch-trajectories").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                List<JsonNode> cases = new ArrayList<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
                    cases.add(JSON.readTree(file.toFile()));
                }
                return cases;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> strings(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            values.put(entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    static RunResult run(JsonNode reference) {
        RunCommand.Builder command = RunCommand.builder()
                .objective(reference.get("objective").asText())
                .optimizer(reference.get("optimizer").asText(), strings(reference.get("parameters")))
                .start(doubles(reference.get("start")))
                .steps(reference.get("steps").asLong())
                .tolerance(0)
                .recording(Recording.FULL)
                .maximize(reference.get("maximize").asBoolean());
        JsonNode schedule = reference.get("schedule");
        if (schedule != null && !schedule.isNull()) {
            command.schedule(ComponentChoice.of(schedule.get("id").asText(), strings(schedule.get("parameters"))));
        }
        if (reference.hasNonNull("clip_norm")) {
            command.clipNorm(reference.get("clip_norm").asDouble());
        }
        if (reference.hasNonNull("clip_value")) {
            command.clipValue(reference.get("clip_value").asDouble());
        }
        return APP.runOptimization().run(command.build(), RunObserver.NONE, Cancellation.NEVER);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesTorch() {
        return cases().stream().map(reference -> DynamicTest.dynamicTest(reference.get("case").asText(), () -> {
            RunResult result = run(reference);
            JsonNode points = reference.get("points");
            JsonNode values = reference.get("values");
            int steps = reference.get("steps").asInt();

            assertThat(result.stopReason()).as("stop reason (%s)", result.stopDetail()).isEqualTo(StopReason.STEP_BUDGET);
            assertThat(result.trajectory().size()).isEqualTo(steps + 1);
            for (int row = 0; row <= steps; row++) {
                double[] expected = doubles(points.get(row));
                double[] actual = result.trajectory().point(row);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(Math.abs(actual[i] - expected[i]))
                            .as("coordinate %d after step %d: gradus %s, torch %s", i + 1, row, actual[i], expected[i])
                            .isLessThanOrEqualTo(RELATIVE * Math.abs(expected[i]) + ABSOLUTE);
                }
                double expectedValue = values.get(row).asDouble();
                assertThat(Math.abs(result.trajectory().loss(row) - expectedValue))
                        .as("value after step %d: gradus %s, torch %s", row, result.trajectory().loss(row), expectedValue)
                        .isLessThanOrEqualTo(RELATIVE * Math.abs(expectedValue) + ABSOLUTE);
            }
            if (reference.has("closure_calls")) {
                // torch's closure calls are gradus's evaluations before each step and inside it; gradus also evaluates the final point
                assertThat(result.functionEvaluations()).as("function evaluations").isEqualTo(reference.get("closure_calls").asLong() + 1);
            }
        }));
    }

    @Test
    void theReferenceDataCoversEveryBuiltInTorchOptimizerAtLeastTwice() {
        Map<String, Long> perOptimizer = cases().stream().collect(Collectors.groupingBy(c -> c.get("optimizer").asText(), Collectors.counting()));
        Set<String> torchOptimizers = new TreeSet<>(List.of("sgd", "adam", "adagrad", "rmsprop", "adadelta", "adamw", "adamax", "nadam",
                "radam", "asgd", "rprop", "lbfgs"));

        assertThat(APP.listProviders().list().of(ProviderKind.OPTIMIZER).stream().map(p -> p.info().id()).collect(Collectors.toSet()))
                .containsAll(torchOptimizers);
        assertThat(perOptimizer.keySet()).containsAll(torchOptimizers);
        assertThat(perOptimizer).allSatisfy((id, count) -> assertThat(count).as(id).isGreaterThanOrEqualTo(2));
        assertThat(cases()).anySatisfy(c -> assertThat(c.get("schedule").isNull()).isFalse())
                .anySatisfy(c -> assertThat(c.hasNonNull("clip_norm")).isTrue())
                .anySatisfy(c -> assertThat(c.hasNonNull("clip_value")).isTrue())
                .anySatisfy(c -> assertThat(c.get("maximize").asBoolean()).isTrue());
    }
}
