package dev.gradus.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gradus.app.port.in.CompareResult;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.Trajectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a study: a table of each configuration's spreads, a long-format CSV of every trajectory
 * (one row per configuration, start, seed and step), or JSON ({@code gradus-compare} version 1)
 * with the spreads and every run.
 */
public final class CompareWriter {
    /** The JSON format's version. */
    public static final int FORMAT_VERSION = 1;

    private CompareWriter() {
    }

    /** {@code 0.0123 [0.011, 0.014]}: median and quartiles, or {@code -} when there are none. */
    static String spread(CompareResult.Spread s) {
        if (s.count() == 0) {
            return "-";
        }
        return s.count() == 1 ? Numbers.brief(s.median())
                : Numbers.brief(s.median()) + " [" + Numbers.brief(s.q1()) + ", " + Numbers.brief(s.q3()) + "]";
    }

    /** The table: one row per configuration; spreads are median [first quartile, third quartile] over its runs. */
    public static void table(CompareResult result, boolean target, Writer writer) {
        TextTable table = target
                ? new TextTable("configuration", "runs", "diverged", "final loss", "best loss", "reached", "steps to target", "evals to target",
                "distance to min", "wall ms")
                : new TextTable("configuration", "runs", "diverged", "final loss", "best loss", "distance to min", "wall ms");
        for (CompareResult.Configuration c : result.configurations()) {
            CompareResult.Summary s = c.summary();
            String broke = s.diverged() + (s.failed() > 0 ? " (+" + s.failed() + " failed)" : "");
            if (target) {
                table.row(c.label(), Integer.toString(s.runs()), broke, spread(s.finalLoss()), spread(s.bestLoss()), s.reached() + "/" + s.runs(),
                        spread(s.stepsToTarget()), spread(s.evaluationsToTarget()), spread(s.distanceToMinimum()), spread(s.wallMillis()));
            } else {
                table.row(c.label(), Integer.toString(s.runs()), broke, spread(s.finalLoss()), spread(s.bestLoss()), spread(s.distanceToMinimum()),
                        spread(s.wallMillis()));
            }
        }
        StringBuilder text = new StringBuilder(table.toString());
        int runs = result.configurations().stream().mapToInt(c -> c.outcomes().size()).sum();
        text.append(String.format(Locale.ROOT, "%d runs: %d configurations x %d starts x %d seeds, %d at a time, %.2f s; "
                        + "spreads are median [first, third quartile] over each configuration's runs%n", runs, result.configurations().size(),
                result.starts().size(), result.seeds().size(), result.threads(), result.elapsed().toNanos() / 1e9));
        for (CompareResult.Configuration c : result.configurations()) {
            for (CompareResult.Outcome o : c.outcomes()) {
                if (o.broke()) {
                    text.append(String.format(Locale.ROOT, "%s, start %d, seed %d: %s%n", c.label(), o.start() + 1, o.seed(), o.result().stopDetail()));
                    break;
                }
            }
        }
        OutputTarget.write(writer, text.toString());
    }

    /** Every trajectory, long format: {@code configuration,label,start,seed,step,loss,grad_norm[,x1,...]}. */
    public static void csv(CompareResult result, List<String> coordinates, Writer writer) {
        StringBuilder line = new StringBuilder(256);
        boolean points = result.configurations().stream().flatMap(c -> c.outcomes().stream()).allMatch(o -> o.result().trajectory().hasPoints());
        line.append("configuration,label,start,seed,step,loss,grad_norm");
        if (points) {
            coordinates.forEach(name -> line.append(',').append(name));
        }
        OutputTarget.write(writer, line.append('\n').toString());
        for (int c = 0; c < result.configurations().size(); c++) {
            CompareResult.Configuration configuration = result.configurations().get(c);
            String label = '"' + configuration.label().replace("\"", "\"\"") + '"';
            for (CompareResult.Outcome o : configuration.outcomes()) {
                Trajectory t = o.result().trajectory();
                for (int row = 0; row < t.size(); row++) {
                    line.setLength(0);
                    line.append(c + 1).append(',').append(label).append(',').append(o.start() + 1).append(',').append(o.seed()).append(',')
                            .append(t.step(row)).append(',').append(t.loss(row)).append(',').append(t.gradientNorm(row));
                    if (points) {
                        for (int k = 0; k < t.dimension(); k++) {
                            line.append(',').append(t.coordinate(row, k));
                        }
                    }
                    OutputTarget.write(writer, line.append('\n').toString());
                }
            }
        }
    }

    /** The study as JSON: the spreads of each configuration and every run with its trajectory. */
    public static void json(CompareResult result, String objective, String version, Writer writer) {
        try (JsonGenerator json = new JsonFactory().createGenerator(writer)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", "gradus-compare");
            json.writeNumberField("format_version", FORMAT_VERSION);
            json.writeStringField("gradus_version", version);
            json.writeStringField("objective", objective);
            json.writeArrayFieldStart("starts");
            for (double[] start : result.starts()) {
                numbers(json, start);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("seeds");
            for (long seed : result.seeds()) {
                json.writeNumber(seed);
            }
            json.writeEndArray();
            json.writeNumberField("threads", result.threads());
            json.writeNumberField("elapsed_ms", result.elapsed().toNanos() / 1e6);
            json.writeBooleanField("cancelled", result.cancelled());
            json.writeArrayFieldStart("configurations");
            for (CompareResult.Configuration c : result.configurations()) {
                configuration(json, c);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
    }

    private static void configuration(JsonGenerator json, CompareResult.Configuration c) throws IOException {
        json.writeStartObject();
        json.writeStringField("label", c.label());
        choice(json, "optimizer", c.run().optimizer());
        choice(json, "gradient", c.run().gradient());
        choice(json, "schedule", c.run().schedule());
        json.writeFieldName("clip_norm");
        nullable(json, c.run().clipNorm());
        json.writeFieldName("clip_value");
        nullable(json, c.run().clipValue());
        CompareResult.Summary s = c.summary();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("runs", s.runs());
        json.writeNumberField("diverged", s.diverged());
        json.writeNumberField("failed", s.failed());
        json.writeNumberField("reached", s.reached());
        spread(json, "final_loss", s.finalLoss());
        spread(json, "best_loss", s.bestLoss());
        spread(json, "steps_to_target", s.stepsToTarget());
        spread(json, "evaluations_to_target", s.evaluationsToTarget());
        spread(json, "distance_to_minimum", s.distanceToMinimum());
        spread(json, "wall_ms", s.wallMillis());
        json.writeEndObject();
        json.writeArrayFieldStart("runs");
        for (CompareResult.Outcome o : c.outcomes()) {
            RunResult r = o.result();
            json.writeStartObject();
            json.writeNumberField("start", o.start() + 1);
            json.writeNumberField("seed", o.seed());
            json.writeStringField("stop_reason", r.stopReason().id());
            json.writeStringField("stop_detail", r.stopDetail());
            json.writeNumberField("steps", r.steps());
            json.writeNumberField("final_loss", r.finalValue());
            json.writeNumberField("best_loss", r.bestValue());
            json.writeFieldName("final_point");
            numbers(json, r.finalPoint());
            json.writeNumberField("steps_to_target", o.stepsToTarget());
            json.writeNumberField("evaluations_to_target", o.evaluationsToTarget());
            json.writeNumberField("distance_to_minimum", o.distanceToMinimum());
            json.writeNumberField("evaluations", r.functionEvaluations() + r.gradientEvaluations());
            json.writeNumberField("wall_ms", r.elapsed().toNanos() / 1e6);
            Trajectory t = r.trajectory();
            json.writeObjectFieldStart("trajectory");
            json.writeArrayFieldStart("step");
            for (int row = 0; row < t.size(); row++) {
                json.writeNumber(t.step(row));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("loss");
            for (int row = 0; row < t.size(); row++) {
                json.writeNumber(t.loss(row));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("grad_norm");
            for (int row = 0; row < t.size(); row++) {
                json.writeNumber(t.gradientNorm(row));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void spread(JsonGenerator json, String field, CompareResult.Spread s) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("count", s.count());
        json.writeNumberField("median", s.median());
        json.writeNumberField("q1", s.q1());
        json.writeNumberField("q3", s.q3());
        json.writeNumberField("min", s.min());
        json.writeNumberField("max", s.max());
        json.writeEndObject();
    }

    private static void choice(JsonGenerator json, String field, ComponentChoice choice) throws IOException {
        if (choice == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("id", choice.id());
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, Object> e : choice.values().entrySet()) {
            json.writeStringField(e.getKey(), String.valueOf(e.getValue()));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void nullable(JsonGenerator json, Double value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static void numbers(JsonGenerator json, double[] values) throws IOException {
        json.writeStartArray();
        for (double v : values) {
            json.writeNumber(v);
        }
        json.writeEndArray();
    }
}
