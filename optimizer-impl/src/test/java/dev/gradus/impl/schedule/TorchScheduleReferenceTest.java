package dev.gradus.impl.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.schedule.ScheduleState;
import dev.gradus.api.spi.ScheduleProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in schedule against learning rates recorded from torch.optim.lr_scheduler
 * (src/test/reference/make_torch_schedules.py): the rate in force at each of 60 steps.
 */
class TorchScheduleReferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path folder = Path.of(TorchScheduleReferenceTest.class.getResource("/reference/torch-schedules").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static ScheduleProvider provider(String id) {
        return ServiceLoader.load(ScheduleProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.info().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no schedule provider '" + id + "' on the class path"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void followsTorchStepByStep(Path file) throws IOException {
        JsonNode reference;
        try (InputStream in = Files.newInputStream(file)) {
            reference = JSON.readTree(in);
        }
        ScheduleProvider provider = provider(reference.path("schedule").asText());
        Map<String, Object> values = JSON.convertValue(reference.path("parameters"), LinkedHashMap.class);
        LearningRateSchedule<?> schedule = provider.create(provider.parameters().bind(provider.info().id(), values));
        double[] expected = JSON.convertValue(reference.path("lrs"), double[].class);
        double[] losses = reference.path("losses").isNull() ? new double[expected.length]
                : JSON.convertValue(reference.path("losses"), double[].class);

        double[] actual = rates(schedule, reference.path("base_lr").asDouble(), reference.path("budget").asLong(), losses, expected.length);

        for (int k = 0; k < expected.length; k++) {
            if (Math.abs(actual[k] - expected[k]) > 1e-12 * Math.max(1e-300, Math.abs(expected[k]))) {
                fail("step %d: gradus %s, torch %s (%s)", k + 1, actual[k], expected[k], file.getFileName());
            }
        }
    }

    private static <S extends ScheduleState> double[] rates(LearningRateSchedule<S> schedule, double base, long budget, double[] losses,
                                                            int steps) {
        S state = schedule.init(base, budget);
        double[] rates = new double[steps];
        for (int k = 0; k < steps; k++) {
            rates[k] = state.learningRate();
            schedule.step(state, losses[k]);
        }
        return rates;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aRestoredStateContinuesExactly(Path file) throws IOException {
        JsonNode reference = JSON.readTree(file.toFile());
        ScheduleProvider provider = provider(reference.path("schedule").asText());
        Map<String, Object> values = JSON.convertValue(reference.path("parameters"), LinkedHashMap.class);
        double[] losses = reference.path("losses").isNull() ? new double[60] : JSON.convertValue(reference.path("losses"), double[].class);
        assertThat(continuesAfterRestore(provider.create(provider.parameters().bind(provider.info().id(), values)), losses)).isTrue();
    }

    private static <S extends ScheduleState> boolean continuesAfterRestore(LearningRateSchedule<S> schedule, double[] losses) {
        S original = schedule.init(0.1, 60);
        for (int k = 0; k < 25; k++) {
            schedule.step(original, losses[k]);
        }
        S restored = schedule.restore(original.snapshot());
        for (int k = 25; k < 60; k++) {
            if (Double.compare(original.learningRate(), restored.learningRate()) != 0) {
                return false;
            }
            schedule.step(original, losses[k]);
            schedule.step(restored, losses[k]);
        }
        return original.snapshot().equals(restored.snapshot()) && restored.steps() == 60;
    }
}
