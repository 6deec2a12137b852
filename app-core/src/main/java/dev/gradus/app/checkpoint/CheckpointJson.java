package dev.gradus.app.checkpoint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.app.port.in.Checkpoint;
import dev.gradus.app.port.in.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and reads checkpoints as {@code gradus-state} JSON. */
public final class CheckpointJson {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "gradus-state";
    /** The format version written, and the only one read. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CheckpointJson() {
    }

    /** Writes {@code checkpoint} to {@code writer} (not closed). */
    public static void write(Checkpoint checkpoint, String gradusVersion, Writer writer) {
        try (JsonGenerator json = new JsonFactory().createGenerator(writer).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("format_version", VERSION);
            json.writeStringField("gradus_version", gradusVersion);
            json.writeStringField("objective", checkpoint.objectiveId());
            json.writeObjectFieldStart("objective_parameters");
            for (Map.Entry<String, Object> e : checkpoint.objectiveParameters().entrySet()) {
                json.writeFieldName(e.getKey());
                value(json, e.getValue());
            }
            json.writeEndObject();
            json.writeStringField("optimizer", checkpoint.optimizerId());
            json.writeObjectFieldStart("optimizer_parameters");
            for (Map.Entry<String, Object> e : checkpoint.optimizerParameters().entrySet()) {
                json.writeFieldName(e.getKey());
                value(json, e.getValue());
            }
            json.writeEndObject();
            json.writeBooleanField("maximize", checkpoint.maximize());
            json.writeObjectFieldStart("randomness");
            for (Map.Entry<String, Object> e : checkpoint.randomness().entrySet()) {
                json.writeFieldName(e.getKey());
                value(json, e.getValue());
            }
            json.writeEndObject();
            json.writeNumberField("steps", checkpoint.steps());
            json.writeFieldName("point");
            numbers(json, checkpoint.point());
            json.writeFieldName("optimizer_state");
            snapshot(json, checkpoint.optimizerState());
            json.writeFieldName("schedule");
            if (checkpoint.scheduleId() == null) {
                json.writeNull();
            } else {
                json.writeString(checkpoint.scheduleId());
            }
            json.writeFieldName("schedule_state");
            if (checkpoint.scheduleState() == null) {
                json.writeNull();
            } else {
                snapshot(json, checkpoint.scheduleState());
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a checkpoint.
     *
     * @param reader the JSON
     * @param source where it came from, for messages (a file name)
     * @throws InvalidInputException (field {@code resume}) when it is not a state file Gradus can read
     */
    public static Checkpoint read(Reader reader, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(reader);
        } catch (JsonProcessingException e) {
            throw refused(source, "it is not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw refused(source, "it is not a Gradus state file (no \"format\": \"" + FORMAT + "\")");
        }
        if (root.path("format_version").asInt(-1) != VERSION) {
            throw refused(source, "it has format version " + root.path("format_version") + "; this Gradus reads version " + VERSION);
        }
        try {
            Map<String, Object> parameters = values(required(root, "optimizer_parameters"));
            // absent from files written before objective parameters were recorded: those resume unchecked
            Map<String, Object> objectiveParameters = root.has("objective_parameters") ? values(root.get("objective_parameters")) : Map.of();
            JsonNode schedule = required(root, "schedule");
            // absent from files written before stochastic objectives: those runs drew nothing at random
            Map<String, Object> randomness = root.has("randomness") ? values(root.get("randomness")) : Map.of();
            return new Checkpoint(text(root, "objective"), objectiveParameters, text(root, "optimizer"), parameters, required(root, "steps").asLong(),
                    numbers(required(root, "point")), snapshot(required(root, "optimizer_state")),
                    schedule.isNull() ? null : schedule.asText(),
                    schedule.isNull() ? null : snapshot(required(root, "schedule_state")), required(root, "maximize").asBoolean(),
                    randomness);
        } catch (IllegalArgumentException e) {
            throw refused(source, e.getMessage());
        }
    }

    private static Map<String, Object> values(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("parameters must be an object of values by name, not " + node);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            values.put(e.getKey(), value(e.getValue()));
        }
        return values;
    }

    private static void snapshot(JsonGenerator json, StateSnapshot snapshot) throws IOException {
        json.writeStartObject();
        json.writeNumberField("dimension", snapshot.dimension());
        json.writeNumberField("steps", snapshot.steps());
        json.writeObjectFieldStart("arrays");
        for (String name : snapshot.arrayNames()) {
            json.writeFieldName(name);
            numbers(json, snapshot.arrayOrNull(name));
        }
        json.writeEndObject();
        json.writeObjectFieldStart("numbers");
        for (String name : snapshot.numberNames()) {
            json.writeFieldName(name);
            number(json, snapshot.number(name));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static StateSnapshot snapshot(JsonNode node) {
        StateSnapshot.Builder builder = StateSnapshot.builder(required(node, "dimension").asInt(), required(node, "steps").asLong());
        Iterator<Map.Entry<String, JsonNode>> arrays = required(node, "arrays").fields();
        while (arrays.hasNext()) {
            Map.Entry<String, JsonNode> e = arrays.next();
            builder.array(e.getKey(), numbers(e.getValue()));
        }
        Iterator<Map.Entry<String, JsonNode>> numbers = required(node, "numbers").fields();
        while (numbers.hasNext()) {
            Map.Entry<String, JsonNode> e = numbers.next();
            builder.number(e.getKey(), number(e.getValue()));
        }
        return builder.build();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Double d) {
            number(json, d);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(json, element);
            }
            json.writeEndArray();
        } else {
            json.writeString(String.valueOf(value));
        }
    }

    /** A parameter value as the parameter system types it: Long, Double, Boolean, String or a list of Longs. */
    private static Object value(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            java.util.ArrayList<Long> values = new java.util.ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isIntegralNumber()) {
                    throw new IllegalArgumentException("expected whole numbers in a list parameter, found " + element);
                }
                values.add(element.longValue());
            }
            return List.copyOf(values);
        }
        if (node.isTextual()) {
            String text = node.asText();
            return switch (text) {
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                case "NaN" -> Double.NaN;
                default -> text;
            };
        }
        throw new IllegalArgumentException("unexpected parameter value " + node);
    }

    private static void numbers(JsonGenerator json, double[] values) throws IOException {
        json.writeStartArray();
        for (double v : values) {
            number(json, v);
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeString(Double.toString(value));
        }
    }

    private static double[] numbers(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("expected an array of numbers, found " + node.getNodeType().name().toLowerCase());
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(node.get(i));
        }
        return values;
    }

    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            switch (node.asText()) {
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                case "NaN":
                    return Double.NaN;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("expected a number, found " + node);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("the field '" + field + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the field '" + field + "' is not text");
        }
        return value.asText();
    }

    private static InvalidInputException refused(String source, String why) {
        return InvalidInputException.of("resume", source, "cannot resume from " + source + ": " + why);
    }
}
