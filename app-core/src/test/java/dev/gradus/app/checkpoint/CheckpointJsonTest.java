package dev.gradus.app.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.app.port.in.Checkpoint;
import dev.gradus.app.port.in.InvalidInputException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckpointJsonTest {
    private static final Checkpoint CHECKPOINT = new Checkpoint("rosenbrock", Map.of("a", 1.0, "b", 100.0), "adam",
            Map.of("lr", 0.01, "amsgrad", true, "history", 3L, "milestones", List.of(5L, 7L)), 300,
            new double[] {0.1 + 0.2, -1e-300, 123456789.123456789},
            StateSnapshot.builder(3, 300).array("exp_avg", new double[] {1e-17, Math.PI, -0.0}).number("mu_product", 0.3).build(),
            "reduce-on-plateau",
            StateSnapshot.builder(0, 300).number("best", Double.POSITIVE_INFINITY).number("lr", 0.1).number("nan", Double.NaN).build(),
            false, Map.of("seed", 7L, "data", "two-moons", "data:noise", 0.2, "batch_size", 10L, "sampling", "epochs"));

    private static String written(Checkpoint checkpoint) {
        StringWriter out = new StringWriter();
        CheckpointJson.write(checkpoint, "0.1.0-test", out);
        return out.toString();
    }

    @Test
    void roundTripsExactlyWithInfinitiesAndNan() {
        Checkpoint read = CheckpointJson.read(new StringReader(written(CHECKPOINT)), "state.json");

        assertThat(read).isEqualTo(CHECKPOINT);
        assertThat(read.point()).containsExactly(CHECKPOINT.point());
        assertThat(read.scheduleState().number("best")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(read.scheduleState().number("nan")).isNaN();
        assertThat(Double.doubleToRawLongBits(read.optimizerState().array("exp_avg", 3)[2])).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void writesTheFormatAndVersionFirst() {
        assertThat(written(CHECKPOINT)).startsWith("{\n  \"format\" : \"gradus-state\",\n  \"format_version\" : 1,");
    }

    @Test
    void aRunWithoutScheduleRoundTrips() {
        Checkpoint plain = new Checkpoint("formula", Map.of("expression", "x^2/20 + y^2", "vars", ""), "sgd", Map.of(), 0, new double[] {1}, StateSnapshot.builder(1, 0).build(), null, null,
                true, Map.of());

        assertThat(CheckpointJson.read(new StringReader(written(plain)), "s.json")).isEqualTo(plain);
    }

    @Test
    void aStateFileWithoutObjectiveParametersReadsAsHavingNone() {
        String old = written(CHECKPOINT).replaceFirst("\"objective_parameters\" : \\{[^}]*},\n  ", "");

        assertThat(old).doesNotContain("objective_parameters");
        assertThat(CheckpointJson.read(new StringReader(old), "s.json").objectiveParameters()).isEmpty();
    }

    @Test
    void refusesWhatIsNotAStateFileSayingWhy() {
        assertThat(reason("this is not json")).startsWith("cannot resume from s.json: it is not JSON");
        assertThat(reason("{\"format\": \"gradus-run\"}")).isEqualTo("cannot resume from s.json: it is not a Gradus state file (no \"format\": \"gradus-state\")");
        assertThat(reason(written(CHECKPOINT).replace("\"format_version\" : 1", "\"format_version\" : 2")))
                .isEqualTo("cannot resume from s.json: it has format version 2; this Gradus reads version 1");
        assertThat(reason(written(CHECKPOINT).replace("\"point\"", "\"pointe\""))).isEqualTo("cannot resume from s.json: the field 'point' is missing");
        assertThat(reason(written(CHECKPOINT).replace("\"steps\" : 300,\n  \"point\" : [", "\"steps\" : 300,\n  \"point\" : [\"x\", ")))
                .isEqualTo("cannot resume from s.json: expected a number, found \"x\"");
    }

    private static String reason(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CheckpointJson.read(new StringReader(json), "s.json"));
        assertThat(e).as("refused: %s", json).isNotNull();
        assertThat(e.problems()).singleElement().extracting(InvalidInputException.Problem::field).isEqualTo("resume");
        return e.problems().get(0).reason();
    }
}
