package dev.gradus.app.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.testing.FakeProviders;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A specification's {@code "time_limit"}: read in the grammar of --time-limit, given to every run, written so that it reads back the same. */
class SpecTimeLimitTest {
    private static final String HEAD = "{\"format\": \"gradus-spec\", \"format_version\": 1, \"name\": \"t\", \"description\": \"d\", "
            + "\"objective\": {\"id\": \"sphere\"}, ";
    private static final String RUNS = "\"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}, {\"optimizer\": {\"id\": \"adam\"}}]}";

    private static RunSpec read(String json) {
        return SpecJson.read(new StringReader(json), "s.json");
    }

    private static String written(RunSpec spec) {
        StringWriter out = new StringWriter();
        SpecJson.write(spec, out);
        return out.toString();
    }

    private static RunSpec limited(Duration limit) {
        return new RunSpec("t", "t", "d", ComponentChoice.of("sphere", Map.of()), null, null, new double[] {1, 2}, 50, 0, 1e-8, null, null,
                List.of(new RunSpec.Run("sgd", ComponentChoice.of("sgd", Map.of("lr", "0.1")), null)), RunSpec.Study.NONE, limit);
    }

    @Test
    void aTimeLimitIsReadAndGivenToEveryRun() {
        RunSpec spec = read(HEAD + "\"time_limit\": \"1.5s\", " + RUNS);

        assertThat(spec.timeLimit()).isEqualTo(Duration.ofMillis(1500));
        assertThat(spec.commands()).hasSize(2).extracting(RunCommand::timeLimit).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(1500));
        assertThat(read(HEAD + "\"time_limit\": \" 2M \", " + RUNS).timeLimit()).isEqualTo(Duration.ofMinutes(2));
        assertThat(read(HEAD + "\"time_limit\": \"45\", " + RUNS).timeLimit()).as("a number alone is seconds").isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aSpecificationWithoutOneHasNoLimitAndIsWrittenAsBefore() throws IOException {
        RunSpec absent = read(HEAD + RUNS);
        RunSpec nothing = read(HEAD + "\"time_limit\": null, " + RUNS);

        assertThat(absent.timeLimit()).isNull();
        assertThat(nothing.timeLimit()).isNull();
        assertThat(absent.commands()).extracting(RunCommand::timeLimit).containsOnlyNulls();
        assertThat(new ObjectMapper().readTree(written(absent)).has("time_limit")).isFalse();
    }

    @Test
    void aTimeLimitIsWrittenInItsLargestWholeUnit() throws IOException {
        JsonNode ninety = new ObjectMapper().readTree(written(limited(Duration.ofSeconds(90))));
        JsonNode twoMinutes = new ObjectMapper().readTree(written(limited(Duration.ofMinutes(2))));
        JsonNode odd = new ObjectMapper().readTree(written(limited(Duration.ofNanos(1_250_000_001L))));

        assertThat(ninety.path("time_limit").isTextual()).isTrue();
        assertThat(ninety.path("time_limit").asText()).isEqualTo("90s");
        assertThat(twoMinutes.path("time_limit").asText()).isEqualTo("2m");
        assertThat(odd.path("time_limit").asText()).isEqualTo("1.250000001s");
    }

    @Test
    void whatIsWrittenReadsBackToTheSameSpecificationAndDuration() {
        for (Duration limit : List.of(Duration.ofNanos(1), Duration.ofMillis(300), Duration.ofMillis(1500), Duration.ofSeconds(59), Duration.ofMinutes(90),
                Duration.ofHours(2), Duration.ofNanos(123_456_789_123L))) {
            RunSpec spec = limited(limit);
            RunSpec back = read(written(spec));

            assertThat(back.timeLimit()).as(limit.toString()).isEqualTo(limit);
            assertThat(back).isEqualTo(spec).isNotEqualTo(limited(limit.plusNanos(1))).isNotEqualTo(limited(null));
            assertThat(back.commands()).isEqualTo(spec.commands());
        }
        // a file's text is read, written and read again to the same duration
        RunSpec typed = read(HEAD + "\"time_limit\": \"0.0000000015s\", " + RUNS);
        assertThat(typed.timeLimit()).isEqualTo(Duration.ofNanos(2));
        assertThat(read(written(typed))).isEqualTo(typed);
    }

    @Test
    void aBadTimeLimitIsRefusedNamingItsJsonPathAndWhatIsAllowed() {
        assertThat(error(HEAD + "\"time_limit\": \"soon\", " + RUNS))
                .isEqualTo("s.json: time_limit: 'soon' is not a positive duration: give e.g. 30s, 500ms, 2m or 1h (a bare number is seconds)");
        assertThat(error(HEAD + "\"time_limit\": \"0s\", " + RUNS))
                .isEqualTo("s.json: time_limit: '0s' is not a positive duration: give e.g. 30s, 500ms, 2m or 1h (a bare number is seconds)");
        assertThat(error(HEAD + "\"time_limit\": \"-5s\", " + RUNS)).startsWith("s.json: time_limit: '-5s' is not a positive duration");
        assertThat(error(HEAD + "\"time_limit\": \"1d\", " + RUNS)).startsWith("s.json: time_limit: '1d' is not a positive duration");
        assertThat(error(HEAD + "\"time_limit\": \"1e9s\", " + RUNS)).isEqualTo("s.json: time_limit: '1e9s' is too long: give less than 10^18 ns (about 31 years)");
        assertThat(error(HEAD + "\"time_limit\": 30, " + RUNS))
                .isEqualTo("s.json: time_limit: must be a string such as \"30s\", \"500ms\", \"2m\" or \"1h\" (\"30\" is seconds), or null for none");
        assertThat(error(HEAD + "\"time_limit\": {\"seconds\": 30}, " + RUNS)).startsWith("s.json: time_limit: must be a string");
        assertThat(error(HEAD + "\"runs\": [{\"optimizer\": {\"id\": \"sgd\"}, \"time_limit\": \"5s\"}]}"))
                .as("the limit belongs to the whole specification, not to one run").startsWith("s.json: runs[0].time_limit: is not a key");
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> read(HEAD + "\"time_limit\": \"soon\", " + RUNS));
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("spec");
            assertThat(p.value()).isEqualTo("s.json");
        });
    }

    @Test
    void aSpecificationCannotHoldALimitThatIsNotPositiveOrTooLongToWrite() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(366 * 32))) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> limited(bad));
            assertThat(refused).as(bad.toString()).isNotNull();
            assertThat(refused.problems().get(0).field()).isEqualTo("time_limit");
        }
    }

    @Test
    void aSpecificationsTimeLimitStopsItsRunWithStopReasonTimeLimit() {
        GradusApplication app = GradusApplication.over(FakeProviders.inventory(new FakeProviders.Quadratic(), new FakeProviders.Sleepy(),
                new FakeProviders.Exact()));
        RunSpec spec = read("{\"format\": \"gradus-spec\", \"format_version\": 1, \"name\": \"t\", \"objective\": {\"id\": \"quadratic\"}, "
                + "\"steps\": 1000000, \"tolerance\": 0, \"time_limit\": \"300ms\", \"runs\": [{\"optimizer\": {\"id\": \"sleepy\"}}]}");

        long began = System.nanoTime();
        RunResult result = app.runOptimization().run(spec.commands().get(0), RunObserver.NONE, Cancellation.NEVER);
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        assertThat(result.stopReason()).isEqualTo(StopReason.TIME_LIMIT);
        assertThat(result.stopDetail()).isEqualTo("reached the time limit of 300 ms after " + result.steps() + " steps");
        assertThat(result.steps()).isBetween(1L, 999_999L);
        assertThat(tookMillis).isBetween(300L, 5_000L);

        RunSpec stuck = read("{\"format\": \"gradus-spec\", \"format_version\": 1, \"name\": \"t\", \"objective\": {\"id\": \"quadratic\"}, "
                + "\"steps\": 1000000, \"tolerance\": 0, \"time_limit\": \"200ms\", "
                + "\"runs\": [{\"optimizer\": {\"id\": \"sleepy\", \"parameters\": {\"stuck_at\": 3}}}]}");
        RunResult hung = app.runOptimization().run(stuck.commands().get(0), RunObserver.NONE, Cancellation.NEVER);

        assertThat(hung.stopReason()).isEqualTo(StopReason.TIME_LIMIT);
        assertThat(hung.stopDetail()).isEqualTo("the time limit of 200 ms passed and optimizer 'sleepy' did not return after the row of step 2; "
                + "the call was abandoned");
    }

    private static String error(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(json));
        assertThat(e).as(json).isNotNull();
        return e.problems().get(0).reason();
    }
}
