package dev.gradus.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gradus.app.port.in.CompareResult;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.in.SweepAxis;
import dev.gradus.app.port.in.SweepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a sweep: its ranking as a table or JSON, and its runs as the streamed results CSV (which a resumed sweep reads back). */
public final class SweepWriter {
    /** The results file's header. */
    public static final String HEADER = "optimizer,point,start,seed,stop_reason,final_loss,best_loss,steps_to_target,evaluations_to_target,"
            + "distance_to_minimum,wall_ms";

    private SweepWriter() {
    }

    /** {@code lr=0.1 momentum=0.9} */
    public static String point(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((name, value) -> sb.append(sb.length() == 0 ? "" : " ").append(name).append('=').append(value));
        return sb.toString();
    }

    /** One run as a line of the results file, with its newline. */
    public static String line(SweepResult.Run run) {
        return run.optimizer() + ",\"" + point(run.point()) + "\"," + (run.start() + 1) + ',' + run.seed() + ',' + run.stopReason().id() + ','
                + run.finalLoss() + ',' + run.bestLoss() + ',' + run.stepsToTarget() + ',' + run.evaluationsToTarget() + ',' + run.distanceToMinimum()
                + ',' + run.wallMillis() + '\n';
    }

    /**
     * Reads one line of the results file back, or null when it is not a whole line of one (a line
     * cut short by a kill).
     */
    public static SweepResult.Run parse(String line) {
        try {
            int open = line.indexOf(",\"");
            int close = line.indexOf("\",", open + 2);
            if (open < 0 || close < 0) {
                return null;
            }
            String optimizer = line.substring(0, open);
            Map<String, String> point = new LinkedHashMap<>();
            for (String pair : line.substring(open + 2, close).split(" ")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    return null;
                }
                point.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            String[] f = line.substring(close + 2).split(",", -1);
            if (f.length != 9) {
                return null;
            }
            StopReason reason = null;
            for (StopReason r : StopReason.values()) {
                if (r.id().equals(f[2])) {
                    reason = r;
                }
            }
            if (reason == null) {
                return null;
            }
            return new SweepResult.Run(optimizer, point, Integer.parseInt(f[0]) - 1, Long.parseLong(f[1]), reason, Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String spread(CompareResult.Spread s) {
        if (s.count() == 0) {
            return "-";
        }
        return s.count() == 1 ? Numbers.brief(s.median()) : "[" + Numbers.brief(s.q1()) + ", " + Numbers.brief(s.q3()) + "]";
    }

    /**
     * The ranking: per optimizer its best {@code top} points; with {@code perOptimizer}, then each
     * optimizer's best side by side and the protocol in words.
     */
    public static void table(SweepResult result, int top, boolean perOptimizer, long searchSeed, int seeds, Writer writer) {
        StringBuilder text = new StringBuilder();
        String metric = result.metric().id();
        int runsPerPoint = 0;
        for (SweepResult.Tuning tuning : result.tunings()) {
            TextTable table = new TextTable("rank", tuning.optimizer(), "median " + metric, "quartiles", "runs", "diverged");
            for (int i = 0; i < Math.min(top, tuning.ranked().size()); i++) {
                SweepResult.Point p = tuning.ranked().get(i);
                runsPerPoint = Math.max(runsPerPoint, p.runs().size());
                table.row(Integer.toString(i + 1), point(p.values()), Double.isInfinite(p.score()) ? "-" : Numbers.brief(p.score()), spread(p.spread()),
                        Integer.toString(p.runs().size()), Integer.toString(p.broke()));
            }
            text.append(table);
            int broke = tuning.ranked().stream().mapToInt(SweepResult.Point::broke).sum();
            int runs = tuning.ranked().stream().mapToInt(p -> p.runs().size()).sum();
            text.append(String.format(Locale.ROOT, "%s: %d points (%s), %d runs, %d diverged or failed%s%n%n", tuning.optimizer(),
                    tuning.ranked().size(), axes(tuning.axes(), result.random()), runs, broke,
                    tuning.ranked().size() > top ? "; the best " + top + " shown" : ""));
        }
        if (perOptimizer && result.tunings().size() > 1) {
            TextTable best = new TextTable("optimizer", "best point", "median " + metric, "quartiles", "diverged");
            for (SweepResult.Tuning tuning : result.tunings()) {
                SweepResult.Point p = tuning.best();
                best.row(tuning.optimizer(), point(p.values()), Double.isInfinite(p.score()) ? "-" : Numbers.brief(p.score()), spread(p.spread()),
                        p.broke() + "/" + p.runs().size());
            }
            text.append(best);
            text.append(String.format(Locale.ROOT, "fair comparison: each optimizer was tuned with the same budget, %d points x %d runs (%s), "
                    + "and is shown at its own best point%n", result.budget().get(0), runsPerPoint,
                    result.random() ? "random search, seed " + searchSeed : "its whole grid"));
        }
        text.append(String.format(Locale.ROOT, "ranked by the median %s over each point's runs (%d starts x %d seeds); a run that diverged, "
                + "failed or never reached the target counts as the worst; quartiles over the runs where it is a number%n", metric,
                result.starts().size(), seeds));
        text.append(String.format(Locale.ROOT, "%d runs made, %d taken from the results file, %d at a time, %.2f s%n", result.ran(), result.skipped(),
                result.threads(), result.elapsed().toNanos() / 1e9));
        OutputTarget.write(writer, text.toString());
    }

    private static String axes(List<SweepAxis> axes, boolean random) {
        List<String> parts = new ArrayList<>();
        axes.forEach(a -> parts.add(a.toString()));
        return (random ? "drawn at random from " : "") + String.join(" x ", parts);
    }

    /** The ranking as JSON ({@code gradus-sweep} version 1). */
    public static void json(SweepResult result, String objective, String version, Writer writer) {
        try (JsonGenerator json = new JsonFactory().createGenerator(writer)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", "gradus-sweep");
            json.writeNumberField("format_version", 1);
            json.writeStringField("gradus_version", version);
            json.writeStringField("objective", objective);
            json.writeStringField("metric", result.metric().id());
            json.writeBooleanField("random", result.random());
            json.writeNumberField("ran", result.ran());
            json.writeNumberField("skipped", result.skipped());
            json.writeArrayFieldStart("optimizers");
            for (SweepResult.Tuning tuning : result.tunings()) {
                json.writeStartObject();
                json.writeStringField("optimizer", tuning.optimizer());
                json.writeArrayFieldStart("axes");
                for (SweepAxis axis : tuning.axes()) {
                    json.writeString(axis.toString());
                }
                json.writeEndArray();
                json.writeArrayFieldStart("ranked");
                for (SweepResult.Point p : tuning.ranked()) {
                    json.writeStartObject();
                    json.writeObjectFieldStart("point");
                    for (Map.Entry<String, String> e : p.values().entrySet()) {
                        json.writeStringField(e.getKey(), e.getValue());
                    }
                    json.writeEndObject();
                    json.writeNumberField("score", p.score());
                    json.writeNumberField("q1", p.spread().q1());
                    json.writeNumberField("q3", p.spread().q3());
                    json.writeNumberField("runs", p.runs().size());
                    json.writeNumberField("diverged", p.broke());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
    }
}
