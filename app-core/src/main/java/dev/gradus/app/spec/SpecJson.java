package dev.gradus.app.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.api.objective.Sampling;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.DurationText;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.port.in.Starts;
import dev.gradus.app.port.in.TargetType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes run specifications, format {@code gradus-spec} version {@value #VERSION}:
 *
 * <pre>
 * {"format": "gradus-spec", "format_version": 1, "name": "book-comparison", "title": "...", "description": "...",
 *  "objective": {"id": "elongated-bowl", "parameters": {}},
 *  "data": null | {"id": "xor", "parameters": {}} | {"file": "points.csv", "target": "y", "target_type": "auto"},
 *  "dimension": null, "start": [-7, 2] | null, "steps": 30, "seed": 0, "batch_size": null, "sampling": null,
 *  "time_limit": "30s" (optional; written only when there is one),
 *  "runs": [{"label": "SGD", "optimizer": {"id": "sgd", "parameters": {"lr": 0.95}}, "gradient": null | {"id": ..., "parameters": ...},
 *            "schedule": null | {"id": ..., "parameters": ...}, "clip_norm": null | 10, "clip_value": null | 1}]}
 * </pre>
 *
 * Unknown keys and values of the wrong kind are refused naming their JSON path
 * ({@code runs[1].optimizer.id: must be a string}); parameter values are checked against the
 * providers when the runs are made, as on the command line.
 */
public final class SpecJson {
    /** The format name. */
    public static final String FORMAT = "gradus-spec";
    /** The format version this reads and writes. */
    public static final int VERSION = 1;

    private static final Set<String> TOP = Set.of("format", "format_version", "name", "title", "description", "objective", "data", "dimension",
            "start", "steps", "seed", "tolerance", "batch_size", "sampling", "runs", "starts", "starts_seed", "seeds", "target_loss", "target_grad_norm",
            "figures", "time_limit");
    private static final Set<String> FIGURE = Set.of("file", "width", "height");
    private static final Set<String> PROVIDER = Set.of("id", "parameters");
    private static final Set<String> FILE = Set.of("file", "target", "target_type");
    private static final Set<String> RUN = Set.of("label", "optimizer", "gradient", "schedule", "clip_norm", "clip_value");

    private SpecJson() {
    }

    /**
     * Reads a specification.
     *
     * @param source names the input in messages (a file name)
     * @throws InvalidInputException (field {@code spec}) naming the JSON path of the first problem
     */
    public static RunSpec read(Reader reader, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(reader);
        } catch (JsonProcessingException e) {
            throw problem(source, "", "is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(source, "", "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw problem(source, "", "must be a JSON object");
        }
        keys(source, root, "", TOP);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw problem(source, "format", "must be \"" + FORMAT + "\"");
        }
        if (root.path("format_version").asInt(-1) != VERSION) {
            throw problem(source, "format_version", "is " + root.path("format_version") + "; this Gradus reads version " + VERSION);
        }
        String name = text(source, root, "name", true);
        String title = root.has("title") ? text(source, root, "title", true) : name;
        String description = root.has("description") ? text(source, root, "description", true) : "";
        ComponentChoice objective = provider(source, root.get("objective"), "objective");
        DataChoice data = data(source, root.get("data"));
        Integer dimension = optionalWhole(source, root, "dimension");
        double[] start = null;
        JsonNode startNode = root.get("start");
        if (startNode != null && !startNode.isNull()) {
            if (!startNode.isArray() || startNode.isEmpty()) {
                throw problem(source, "start", "must be an array of numbers, or null for the objective's suggested start");
            }
            start = new double[startNode.size()];
            for (int i = 0; i < start.length; i++) {
                if (!startNode.get(i).isNumber()) {
                    throw problem(source, "start[" + i + "]", "must be a number");
                }
                start[i] = startNode.get(i).asDouble();
            }
        }
        long steps = whole(source, root, "steps", 1000);
        long seed = whole(source, root, "seed", 0);
        double tolerance = RunCommand.DEFAULT_TOLERANCE;
        JsonNode toleranceNode = root.get("tolerance");
        if (toleranceNode != null && !toleranceNode.isNull()) {
            if (!toleranceNode.isNumber() || !(toleranceNode.asDouble() >= 0) || Double.isInfinite(toleranceNode.asDouble())) {
                throw problem(source, "tolerance", "must be a finite number >= 0 (0 turns the gradient-norm stop off)");
            }
            tolerance = toleranceNode.asDouble();
        }
        Integer batch = optionalWhole(source, root, "batch_size");
        Sampling sampling = null;
        if (root.hasNonNull("sampling")) {
            try {
                sampling = Sampling.of(text(source, root, "sampling", true));
            } catch (IllegalArgumentException e) {
                throw problem(source, "sampling", "must be one of " + Sampling.ids());
            }
        }
        Duration timeLimit = timeLimit(source, root);
        JsonNode runsNode = root.get("runs");
        if (runsNode == null || !runsNode.isArray() || runsNode.isEmpty()) {
            throw problem(source, "runs", "must be an array of at least one run");
        }
        List<RunSpec.Run> runs = new ArrayList<>();
        for (int i = 0; i < runsNode.size(); i++) {
            String path = "runs[" + i + "]";
            JsonNode run = runsNode.get(i);
            if (!run.isObject()) {
                throw problem(source, path, "must be an object");
            }
            keys(source, run, path + ".", RUN);
            ComponentChoice optimizer = provider(source, run.get("optimizer"), path + ".optimizer");
            String label = run.has("label") ? text(source, run, "label", path + ".label") : optimizer.id();
            ComponentChoice gradient = run.hasNonNull("gradient") ? provider(source, run.get("gradient"), path + ".gradient") : null;
            ComponentChoice schedule = run.hasNonNull("schedule") ? provider(source, run.get("schedule"), path + ".schedule") : null;
            runs.add(new RunSpec.Run(label, optimizer, gradient, schedule, bound(source, run, "clip_norm", path), bound(source, run, "clip_value", path)));
        }
        RunSpec.Study study = study(source, root);
        try {
            return new RunSpec(name, title, description, objective, data, dimension, start, steps, seed, tolerance, batch, sampling, runs, study,
                    timeLimit);
        } catch (InvalidInputException e) {
            throw problem(source, e.problems().get(0).field(), e.problems().get(0).reason());
        }
    }

    /** The optional study keys: starts, starts_seed, seeds, target_loss, target_grad_norm, figures. */
    private static RunSpec.Study study(String source, JsonNode root) {
        Starts starts = null;
        JsonNode startsNode = root.get("starts");
        long startsSeed = whole(source, root, "starts_seed", 0);
        if (startsNode != null && !startsNode.isNull()) {
            if (startsNode.isTextual() && startsNode.asText().startsWith("random:")) {
                try {
                    int n = Integer.parseInt(startsNode.asText().substring("random:".length()).strip());
                    if (n < 1 || n > 100_000) {
                        throw new NumberFormatException();
                    }
                    starts = Starts.random(n, startsSeed);
                } catch (NumberFormatException e) {
                    throw problem(source, "starts", "\"random:N\" needs a whole number N from 1 to 100000");
                }
            } else if (startsNode.isArray() && !startsNode.isEmpty()) {
                List<double[]> points = new ArrayList<>();
                for (int i = 0; i < startsNode.size(); i++) {
                    JsonNode point = startsNode.get(i);
                    if (!point.isArray() || point.isEmpty()) {
                        throw problem(source, "starts[" + i + "]", "must be an array of numbers");
                    }
                    double[] p = new double[point.size()];
                    for (int k = 0; k < p.length; k++) {
                        if (!point.get(k).isNumber()) {
                            throw problem(source, "starts[" + i + "][" + k + "]", "must be a number");
                        }
                        p[k] = point.get(k).asDouble();
                    }
                    points.add(p);
                }
                starts = Starts.of(points);
            } else {
                throw problem(source, "starts", "must be an array of points, \"random:N\", or null");
            }
        }
        List<Long> seeds = null;
        JsonNode seedsNode = root.get("seeds");
        if (seedsNode != null && !seedsNode.isNull()) {
            seeds = new ArrayList<>();
            if (seedsNode.isTextual() && seedsNode.asText().contains("..")) {
                String[] ends = seedsNode.asText().split("\\.\\.");
                try {
                    long from = Long.parseLong(ends[0].strip());
                    long to = Long.parseLong(ends[1].strip());
                    if (ends.length != 2 || from < 0 || to < from || to - from >= 1_000_000) {
                        throw new NumberFormatException();
                    }
                    for (long v = from; v <= to; v++) {
                        seeds.add(v);
                    }
                } catch (RuntimeException e) {
                    throw problem(source, "seeds", "\"A..B\" needs whole numbers 0 <= A <= B, at most a million seeds");
                }
            } else if (seedsNode.isArray() && !seedsNode.isEmpty()) {
                for (int i = 0; i < seedsNode.size(); i++) {
                    if (!seedsNode.get(i).isIntegralNumber() || seedsNode.get(i).asLong() < 0) {
                        throw problem(source, "seeds[" + i + "]", "must be a whole number >= 0");
                    }
                    seeds.add(seedsNode.get(i).asLong());
                }
            } else {
                throw problem(source, "seeds", "must be an array of whole numbers, \"A..B\", or null");
            }
        }
        Double targetLoss = null;
        if (root.hasNonNull("target_loss")) {
            if (!root.get("target_loss").isNumber()) {
                throw problem(source, "target_loss", "must be a number, or null for none");
            }
            targetLoss = root.get("target_loss").asDouble();
        }
        Double targetNorm = null;
        if (root.hasNonNull("target_grad_norm")) {
            if (!root.get("target_grad_norm").isNumber() || !(root.get("target_grad_norm").asDouble() >= 0)) {
                throw problem(source, "target_grad_norm", "must be a number >= 0, or null for none");
            }
            targetNorm = root.get("target_grad_norm").asDouble();
        }
        List<RunSpec.Figure> figures = new ArrayList<>();
        JsonNode figuresNode = root.get("figures");
        if (figuresNode != null && !figuresNode.isNull()) {
            if (!figuresNode.isArray()) {
                throw problem(source, "figures", "must be an array of {\"file\": \"x.png\", \"width\": 1200, \"height\": 600}");
            }
            for (int i = 0; i < figuresNode.size(); i++) {
                String path = "figures[" + i + "]";
                JsonNode figure = figuresNode.get(i);
                if (!figure.isObject()) {
                    throw problem(source, path, "must be an object {\"file\": \"x.png\", \"width\": 1200, \"height\": 600}");
                }
                keys(source, figure, path + ".", FIGURE);
                String file = text(source, figure, "file", path + ".file");
                long width = whole(source, figure, "width", 1200);
                long height = whole(source, figure, "height", 600);
                figures.add(new RunSpec.Figure(file, (int) Math.min(Integer.MAX_VALUE, width), (int) Math.min(Integer.MAX_VALUE, height)));
            }
        }
        return new RunSpec.Study(starts, seeds, targetLoss, targetNorm, figures);
    }

    /** {@code "time_limit": "30s"}, in the grammar of {@code --time-limit}; null or left out for none. */
    private static Duration timeLimit(String source, JsonNode root) {
        JsonNode value = root.get("time_limit");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw problem(source, "time_limit", "must be a string such as \"30s\", \"500ms\", \"2m\" or \"1h\" (\"30\" is seconds), or null for none");
        }
        try {
            return DurationText.parse(value.asText());
        } catch (IllegalArgumentException e) {
            throw problem(source, "time_limit", e.getMessage());
        }
    }

    private static Double bound(String source, JsonNode run, String key, String path) {
        JsonNode value = run.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !(value.asDouble() > 0)) {
            throw problem(source, path + "." + key, "must be a number > 0, or null for none");
        }
        return value.asDouble();
    }

    private static DataChoice data(String source, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw problem(source, "data", "must be an object ({\"id\": ...} or {\"file\": ..., \"target\": ...}) or null");
        }
        if (node.has("file")) {
            keys(source, node, "data.", FILE);
            String file = text(source, node, "file", "data.file");
            String target = text(source, node, "target", "data.target");
            TargetType type = TargetType.AUTO;
            if (node.has("target_type")) {
                type = TargetType.of(text(source, node, "target_type", "data.target_type"));
                if (type == null) {
                    throw problem(source, "data.target_type", "must be auto, class or number");
                }
            }
            return DataChoice.file(Path.of(file), target, type);
        }
        ComponentChoice choice = provider(source, node, "data");
        return DataChoice.generated(choice.id(), choice.values());
    }

    private static ComponentChoice provider(String source, JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw problem(source, path, "must be an object {\"id\": ..., \"parameters\": {...}}");
        }
        keys(source, node, path + ".", PROVIDER);
        String id = text(source, node, "id", path + ".id");
        Map<String, Object> values = new LinkedHashMap<>();
        JsonNode parameters = node.get("parameters");
        if (parameters != null && !parameters.isNull()) {
            if (!parameters.isObject()) {
                throw problem(source, path + ".parameters", "must be an object of values by name");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = parameters.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                values.put(e.getKey(), value(source, e.getValue(), path + ".parameters." + e.getKey()));
            }
        }
        return ComponentChoice.of(id, values);
    }

    private static Object value(String source, JsonNode node, String path) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            List<Long> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isIntegralNumber()) {
                    throw problem(source, path + "[" + i + "]", "must be a whole number");
                }
                list.add(node.get(i).asLong());
            }
            return list;
        }
        throw problem(source, path, "must be a number, a boolean, a string or an array of whole numbers");
    }

    private static void keys(String source, JsonNode node, String prefix, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw problem(source, prefix + key, "is not a key of a " + FORMAT + " file here; the keys are "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String text(String source, JsonNode node, String key, boolean required) {
        return text(source, node, key, key);
    }

    private static String text(String source, JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw problem(source, path, "must be a non-empty string");
        }
        return value.asText();
    }

    private static long whole(String source, JsonNode node, String key, long otherwise) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            throw problem(source, key, "must be a whole number >= 0");
        }
        return value.asLong();
    }

    private static Integer optionalWhole(String source, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > Integer.MAX_VALUE) {
            throw problem(source, key, "must be a whole number >= 1, or null");
        }
        return value.asInt();
    }

    private static InvalidInputException problem(String source, String path, String reason) {
        return InvalidInputException.of("spec", source, source + (path.isEmpty() ? "" : ": " + path) + ": " + reason);
    }

    /** Writes {@code spec} (not closing the writer). */
    public static void write(RunSpec spec, Writer writer) {
        try (JsonGenerator json = new JsonFactory().createGenerator(writer).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("format_version", VERSION);
            json.writeStringField("name", spec.name());
            json.writeStringField("title", spec.title());
            if (!spec.description().isEmpty()) {
                // absent reads back as empty; an empty string would be refused as a description
                json.writeStringField("description", spec.description());
            }
            provider(json, "objective", spec.objective());
            if (spec.data() == null) {
                json.writeNullField("data");
            } else if (spec.data().isFile()) {
                json.writeObjectFieldStart("data");
                json.writeStringField("file", spec.data().file().toString());
                json.writeStringField("target", spec.data().target());
                json.writeStringField("target_type", spec.data().targetType().id());
                json.writeEndObject();
            } else {
                provider(json, "data", ComponentChoice.of(spec.data().id(), spec.data().values()));
            }
            if (spec.dimension() == null) {
                json.writeNullField("dimension");
            } else {
                json.writeNumberField("dimension", spec.dimension());
            }
            json.writeFieldName("start");
            if (spec.start() == null) {
                json.writeNull();
            } else {
                json.writeArray(spec.start(), 0, spec.start().length);
            }
            json.writeNumberField("steps", spec.steps());
            json.writeNumberField("seed", spec.seed());
            json.writeNumberField("tolerance", spec.tolerance());
            if (spec.batchSize() == null) {
                json.writeNullField("batch_size");
            } else {
                json.writeNumberField("batch_size", spec.batchSize());
            }
            if (spec.sampling() == null) {
                json.writeNullField("sampling");
            } else {
                json.writeStringField("sampling", spec.sampling().id());
            }
            if (spec.timeLimit() != null) {
                json.writeStringField("time_limit", DurationText.format(spec.timeLimit()));
            }
            RunSpec.Study study = spec.study();
            json.writeFieldName("starts");
            if (study.starts() instanceof Starts.Random random) {
                json.writeString("random:" + random.count());
                json.writeNumberField("starts_seed", random.seed());
            } else if (study.starts() instanceof Starts.Listed listed) {
                json.writeStartArray();
                for (double[] p : listed.points()) {
                    json.writeArray(p, 0, p.length);
                }
                json.writeEndArray();
            } else {
                json.writeNull();
            }
            json.writeFieldName("seeds");
            if (study.seeds() == null) {
                json.writeNull();
            } else {
                json.writeStartArray();
                for (long v : study.seeds()) {
                    json.writeNumber(v);
                }
                json.writeEndArray();
            }
            json.writeFieldName("target_loss");
            if (study.targetLoss() == null) {
                json.writeNull();
            } else {
                json.writeNumber(study.targetLoss());
            }
            json.writeFieldName("target_grad_norm");
            if (study.targetGradientNorm() == null) {
                json.writeNull();
            } else {
                json.writeNumber(study.targetGradientNorm());
            }
            json.writeArrayFieldStart("figures");
            for (RunSpec.Figure figure : study.figures()) {
                json.writeStartObject();
                json.writeStringField("file", figure.file());
                json.writeNumberField("width", figure.width());
                json.writeNumberField("height", figure.height());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("runs");
            for (RunSpec.Run run : spec.runs()) {
                json.writeStartObject();
                json.writeStringField("label", run.label());
                provider(json, "optimizer", run.optimizer());
                if (run.gradient() == null) {
                    json.writeNullField("gradient");
                } else {
                    provider(json, "gradient", run.gradient());
                }
                if (run.schedule() == null) {
                    json.writeNullField("schedule");
                } else {
                    provider(json, "schedule", run.schedule());
                }
                if (run.clipNorm() == null) {
                    json.writeNullField("clip_norm");
                } else {
                    json.writeNumberField("clip_norm", run.clipNorm());
                }
                if (run.clipValue() == null) {
                    json.writeNullField("clip_value");
                } else {
                    json.writeNumberField("clip_value", run.clipValue());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the specification: " + e.getMessage(), e);
        }
    }

    private static void provider(JsonGenerator json, String field, ComponentChoice choice) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("id", choice.id());
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, ?> e : choice.values().entrySet()) {
            Object v = e.getValue();
            json.writeFieldName(e.getKey());
            if (v instanceof Long || v instanceof Integer) {
                json.writeNumber(((Number) v).longValue());
            } else if (v instanceof Number n) {
                json.writeNumber(n.doubleValue());
            } else if (v instanceof Boolean b) {
                json.writeBoolean(b);
            } else if (v instanceof List<?> list) {
                json.writeStartArray();
                for (Object element : list) {
                    json.writeNumber(((Number) element).longValue());
                }
                json.writeEndArray();
            } else {
                json.writeString(String.valueOf(v));
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
