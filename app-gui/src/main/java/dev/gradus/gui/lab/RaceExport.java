package dev.gradus.gui.lab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a race's trajectories: CSV in long form (one row per run and step) or JSON
 * ({@code gradus-race} version 1). Files appear whole or not at all: written beside the target,
 * then moved into place.
 */
final class RaceExport {
    private RaceExport() {
    }

    /**
     * {@code run,label,step,loss,grad_norm,<coordinates>}; the coordinates only when every run
     * kept its points.
     */
    static void csv(Path file, List<String> labels, Recorded[] rows, List<String> coordinates) throws IOException {
        boolean points = allHaveVectors(rows);
        atomically(file, w -> {
            StringBuilder line = new StringBuilder("run,label,step,loss,grad_norm");
            if (points) {
                coordinates.forEach(c -> line.append(',').append(c));
            }
            w.write(line.append('\n').toString());
            for (int run = 0; run < rows.length; run++) {
                Recorded r = rows[run];
                if (r == null) {
                    continue;
                }
                String label = '"' + labels.get(run).replace("\"", "\"\"") + '"';
                for (int i = 0; i < r.size(); i++) {
                    line.setLength(0);
                    line.append(run + 1).append(',').append(label).append(',').append(r.step(i)).append(',').append(r.loss(i)).append(',')
                            .append(r.gradientNorm(i));
                    if (points) {
                        for (int k = 0; k < r.dimension(); k++) {
                            line.append(',').append(r.coordinate(i, k));
                        }
                    }
                    w.write(line.append('\n').toString());
                }
            }
        });
    }

    /** {@code {"format": "gradus-race", "format_version": 1, "objective": ID, "coordinates": [...], "runs": [{"label", "steps", "loss", "grad_norm", "points"?}]}}. */
    static void json(Path file, String objective, List<String> labels, Recorded[] rows, List<String> coordinates) throws IOException {
        atomically(file, w -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(w)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeStringField("format", "gradus-race");
                json.writeNumberField("format_version", 1);
                json.writeStringField("objective", objective);
                json.writeArrayFieldStart("coordinates");
                for (String c : coordinates) {
                    json.writeString(c);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("runs");
                for (int run = 0; run < rows.length; run++) {
                    Recorded r = rows[run];
                    if (r == null) {
                        continue;
                    }
                    json.writeStartObject();
                    json.writeStringField("label", labels.get(run));
                    long[] steps = r.steps();
                    json.writeFieldName("steps");
                    json.writeArray(steps, 0, steps.length);
                    double[] losses = r.losses();
                    json.writeFieldName("loss");
                    json.writeArray(losses, 0, losses.length);
                    double[] norms = r.gradientNorms();
                    json.writeFieldName("grad_norm");
                    json.writeArray(norms, 0, norms.length);
                    if (r.hasVectors()) {
                        json.writeArrayFieldStart("points");
                        for (int i = 0; i < r.size(); i++) {
                            double[] p = r.point(i);
                            json.writeArray(p, 0, p.length);
                        }
                        json.writeEndArray();
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        });
    }

    private static boolean allHaveVectors(Recorded[] rows) {
        for (Recorded r : rows) {
            if (r != null && !r.hasVectors()) {
                return false;
            }
        }
        return true;
    }

    private static void atomically(Path file, dev.gradus.app.io.AtomicFile.Body body) throws IOException {
        dev.gradus.app.io.AtomicFile.write(file, body);
    }
}
