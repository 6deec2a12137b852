package dev.gradus.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.app.port.in.DataSummary;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.in.StochasticSetup;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Streams a run as one JSON document: the full configuration first (every parameter's effective
 * value), then the trajectory row by row as the run goes, then the result. The schema is
 * {@code gradus-run} version {@value #FORMAT_VERSION}, documented in the README. Non-finite numbers
 * are written as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 */
public final class JsonRunWriter implements RunObserver {
    /** The schema version written in {@code format_version}. */
    public static final int FORMAT_VERSION = 1;

    private final JsonGenerator json;
    private final String gradusVersion;
    private final boolean recordState;
    private boolean points;
    private boolean stochastic;
    private boolean classifier;

    /**
     * @param writer        where the document goes
     * @param gradusVersion written into the document
     * @param recordState   whether each row carries the optimizer's state vectors
     */
    public JsonRunWriter(Writer writer, String gradusVersion, boolean recordState) {
        try {
            this.json = new JsonFactory().createGenerator(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.gradusVersion = gradusVersion;
        this.recordState = recordState;
    }

    @Override
    public void started(RunSetup setup) {
        points = setup.recordsPoints();
        stochastic = setup.stochastic() != null;
        classifier = stochastic && setup.stochastic().classifier();
        io(() -> {
            json.writeStartObject();
            json.writeStringField("format", "gradus-run");
            json.writeNumberField("format_version", FORMAT_VERSION);
            json.writeStringField("gradus_version", gradusVersion);
            json.writeObjectFieldStart("config");
            provider("objective", setup.objective(), setup.objectiveParameters());
            json.writeNumberField("dimension", setup.dimension());
            json.writeArrayFieldStart("coordinates");
            for (String name : setup.metadata().coordinateNames()) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeStringField("formula", setup.metadata().formula());
            json.writeEndObject();
            provider("optimizer", setup.optimizer(), setup.optimizerParameters());
            json.writeArrayFieldStart("capabilities");
            for (var capability : setup.capabilities()) {
                json.writeString(capability.name().toLowerCase(java.util.Locale.ROOT));
            }
            json.writeEndArray();
            json.writeEndObject();
            provider("gradient", setup.gradient(), setup.gradientParameters());
            json.writeEndObject();
            if (setup.schedule() == null) {
                json.writeNullField("schedule");
            } else {
                provider("schedule", setup.schedule(), setup.scheduleParameters());
                json.writeEndObject();
            }
            optionalBound("clip_norm", setup.clipNorm());
            optionalBound("clip_value", setup.clipValue());
            json.writeBooleanField("maximize", setup.maximize());
            json.writeNumberField("first_step", setup.firstStep());
            json.writeFieldName("start");
            numbers(setup.start());
            json.writeNumberField("steps", setup.steps());
            json.writeNumberField("tolerance", setup.tolerance());
            json.writeNumberField("seed", setup.seed());
            json.writeStringField("recording", setup.recording().name().toLowerCase(java.util.Locale.ROOT));
            data(setup.data());
            stochastic(setup.stochastic());
            json.writeArrayFieldStart("warnings");
            for (String warning : setup.warnings()) {
                json.writeString(warning);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("trajectory");
        });
    }

    private void data(DataSummary data) throws IOException {
        if (data == null) {
            json.writeNullField("data");
            return;
        }
        if (data.isFile()) {
            json.writeObjectFieldStart("data");
            json.writeStringField("file", data.name());
        } else {
            provider("data", data.provider(), data.parameters());
        }
        json.writeNumberField("rows", data.rows());
        json.writeArrayFieldStart("features");
        for (String feature : data.features()) {
            json.writeString(feature);
        }
        json.writeEndArray();
        json.writeStringField("target", data.target());
        json.writeArrayFieldStart("classes");
        for (String name : data.classNames()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void stochastic(StochasticSetup setup) throws IOException {
        if (setup == null) {
            json.writeNullField("stochastic");
            return;
        }
        json.writeObjectFieldStart("stochastic");
        json.writeNumberField("examples", setup.examples());
        json.writeNumberField("batch_size", setup.batchSize());
        json.writeStringField("sampling", setup.sampling().id());
        json.writeNumberField("eval_every", setup.evalEvery());
        json.writeStringField("loss", setup.evalEvery() == 1
                ? "loss is the objective on all the data; batch_loss is on the step's mini-batch, whose gradient the step follows"
                : "loss is the objective on all the data, computed every " + setup.evalEvery()
                        + " steps and at the last row; other rows have loss null; batch_loss is on the step's mini-batch");
        json.writeEndObject();
    }

    private void optionalBound(String field, double bound) throws IOException {
        if (bound == Double.POSITIVE_INFINITY) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, bound);
        }
    }

    /** Writes {@code "name": {"id", "name", "version", "parameters": {...}} and leaves the object open. */
    private void provider(String field, ProviderInfo info, ParameterValues values) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("id", info.id());
        json.writeStringField("name", info.displayName());
        json.writeStringField("version", info.version());
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, Object> entry : values.asMap().entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Double d) {
                json.writeNumberField(entry.getKey(), d);
            } else if (value instanceof Long l) {
                json.writeNumberField(entry.getKey(), l);
            } else if (value instanceof Boolean b) {
                json.writeBooleanField(entry.getKey(), b);
            } else if (value instanceof java.util.List<?> list) {
                json.writeArrayFieldStart(entry.getKey());
                for (Object element : list) {
                    json.writeNumber((Long) element);
                }
                json.writeEndArray();
            } else {
                json.writeStringField(entry.getKey(), String.valueOf(value));
            }
        }
        json.writeEndObject();
    }

    @Override
    public void step(StepView step) {
        io(() -> {
            json.writeStartObject();
            json.writeNumberField("step", step.step());
            if (step.lossEvaluated()) {
                json.writeNumberField("loss", step.loss());
            } else {
                json.writeNullField("loss");
            }
            json.writeNumberField("grad_norm", step.gradientNorm());
            if (stochastic) {
                json.writeNumberField("batch_loss", step.batchLoss());
            }
            if (classifier) {
                if (step.lossEvaluated()) {
                    json.writeNumberField("accuracy", step.accuracy());
                } else {
                    json.writeNullField("accuracy");
                }
            }
            if (points) {
                json.writeFieldName("point");
                numbers(step.point());
            }
            if (recordState) {
                json.writeObjectFieldStart("state");
                for (Map.Entry<String, double[]> vector : step.stateVectors().entrySet()) {
                    json.writeFieldName(vector.getKey());
                    numbers(vector.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        });
    }

    @Override
    public void finished(RunResult result) {
        io(() -> {
            json.writeEndArray();
            json.writeObjectFieldStart("result");
            json.writeStringField("stop_reason", result.stopReason().id());
            json.writeStringField("stop_detail", result.stopDetail());
            json.writeNumberField("steps", result.steps());
            json.writeNumberField("final_loss", result.finalValue());
            json.writeNumberField("final_grad_norm", result.finalGradientNorm());
            if (classifier) {
                json.writeNumberField("final_accuracy", result.finalAccuracy());
            }
            json.writeFieldName("final_point");
            numbers(result.finalPoint());
            json.writeNumberField("best_loss", result.bestValue());
            json.writeNumberField("best_step", result.bestStep());
            json.writeFieldName("best_point");
            if (result.bestPoint() == null) {
                json.writeNull();
            } else {
                numbers(result.bestPoint());
            }
            json.writeNumberField("function_evaluations", result.functionEvaluations());
            json.writeNumberField("gradient_evaluations", result.gradientEvaluations());
            json.writeNumberField("elapsed_seconds", result.elapsed().toNanos() / 1e9);
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        });
    }

    private void numbers(double[] values) throws IOException {
        json.writeStartArray();
        for (double v : values) {
            json.writeNumber(v);
        }
        json.writeEndArray();
    }

    private interface JsonWork {
        void run() throws IOException;
    }

    private static void io(JsonWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
    }
}
