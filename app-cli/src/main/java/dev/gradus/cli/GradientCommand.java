package dev.gradus.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.GradientCheckCommand;
import dev.gradus.app.port.in.GradientReport.Estimate;
import dev.gradus.app.port.in.GradientReport;
import dev.gradus.app.port.in.PointText;
import dev.gradus.cli.output.Numbers;
import dev.gradus.cli.output.TextTable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gradus gradient}: the value and every estimator's gradient at one point, each against the exact one. */
@Command(name = "gradient", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare gradient estimators at one point: f there, the gradient from each estimator that applies (or each one "
                + "named), the evaluations each spent, and each one's error against the objective's exact gradient (analytic or autodiff).",
        footer = {"", "Examples:",
                "  gradus gradient --objective rosenbrock --at -1.5,2",
                "  gradus gradient --expression \"sin(x)*exp(y)\" --at 0.5,1 --gradient central --gradient five-point",
                "  gradus gradient --objective beale --at 1,1 --gradient central -e h=0.1 --gradient forward -e h=1e-4",
                "", "Each -e applies to the --gradient before it. The relative error is ||g - g_exact|| / ||g_exact||."})
final class GradientCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @ParentCommand
    GradusCli parent;

    @Mixin
    ObjectiveOptions objectiveOptions = new ObjectiveOptions();

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--at", paramLabel = "V1,V2,...", description = "The point (default: the objective's suggested start).")
    String at;

    /** One {@code --gradient ID} with the {@code -e} values that follow it. */
    static final class EstimatorChoice {
        @Option(names = "--gradient", required = true, paramLabel = "ID",
                description = "An estimator to compare (repeatable; default: every one that applies, see 'gradus list estimators').")
        String id;

        @Option(names = {"-e", "--gradient-param"}, paramLabel = "NAME=VALUE",
                description = "A parameter of the --gradient before it, e.g. -e h=0.1 (repeatable).")
        List<String> parameters = new ArrayList<>();
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<EstimatorChoice> estimators = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", converter = Converters.WholeNumber.class,
            description = "Seed for objectives that draw random data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        List<ComponentChoice> chosen = new ArrayList<>();
        for (EstimatorChoice e : estimators) {
            chosen.add(ComponentChoice.fromAssignments(e.id, e.parameters));
        }
        GradientCheckCommand command = new GradientCheckCommand(objectiveOptions.choice(), objectiveOptions.dimension,
                at == null ? null : PointText.parse("at", at), chosen, seed, dataOptions.choice());
        GradientReport report = parent.context.application(parent.pluginDirs, true).checkGradient().check(command);
        parent.context.out().print(format == Format.JSON ? json(report) : text(report));
        return ExitCode.OK;
    }

    /** The most coordinates shown as columns; beyond, the table shows the norm and JSON has every component. */
    private static final int COLUMNS = 6;

    static String text(GradientReport report) {
        String nl = System.lineSeparator();
        List<String> names = report.metadata().coordinateNames();
        StringBuilder sb = new StringBuilder();
        sb.append("objective: ").append(report.objective().id());
        if (!report.metadata().formula().isEmpty()) {
            sb.append("  (").append(report.metadata().formula()).append(')');
        }
        sb.append(nl);
        sb.append("at: ").append(pointText(names, report.point())).append(nl);
        sb.append("f = ").append(Numbers.precise(report.value())).append(nl);
        sb.append("exact gradient: ").append(report.exactGradient().map(e -> e.estimator().id()).orElse("none (errors cannot be shown)")).append(nl);
        sb.append(nl);
        boolean columns = names.size() <= COLUMNS;
        List<String> header = new ArrayList<>(List.of("ESTIMATOR", "EVALUATIONS"));
        if (columns) {
            for (String name : names) {
                header.add("df/d" + name);
            }
        } else {
            header.add("NORM");
        }
        header.add("ABS. ERROR");
        header.add("REL. ERROR");
        TextTable table = new TextTable(header.toArray(new String[0]));
        for (Estimate e : report.estimates()) {
            List<String> row = new ArrayList<>();
            row.add(e.estimator().id() + changed(e.parameters()));
            row.add(e.functionEvaluations() + (e.gradientEvaluations() > 0 ? " + " + e.gradientEvaluations() + " gradient" : ""));
            double[] g = e.gradient();
            if (columns) {
                for (double component : g) {
                    row.add(Numbers.precise(component));
                }
            } else {
                row.add(Numbers.precise(norm(g)));
            }
            boolean isExact = report.exactGradient().map(x -> x.estimator().id().equals(e.estimator().id())).orElse(false);
            row.add(isExact ? "(exact)" : Double.isNaN(e.absoluteError()) ? "-" : Numbers.brief(e.absoluteError()));
            row.add(isExact ? "(exact)" : Double.isNaN(e.relativeError()) ? "-" : Numbers.brief(e.relativeError()));
            table.row(row.toArray(new String[0]));
        }
        sb.append(table);
        if (!columns) {
            sb.append(nl).append(names.size()).append(" coordinates: the table shows each gradient's norm; --format json gives every component")
                    .append(nl);
        }
        if (report.exactGradient().isPresent() && report.exactGradient().get().relativeError() != 0 && norm(report.exactGradient().get().gradient()) == 0) {
            sb.append("the exact gradient is zero here, so only absolute errors are shown").append(nl);
        }
        return sb.toString();
    }

    /** {@code " (h=0.1)"}: the values that differ from the defaults, so that a default run reads plainly. */
    private static String changed(ParameterValues values) {
        ParameterValues defaults = values.space().defaults();
        List<String> changed = new ArrayList<>();
        for (String name : values.space().names()) {
            if (!java.util.Objects.equals(values.get(name), defaults.get(name))) {
                changed.add(name + "=" + values.format(name));
            }
        }
        return changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")";
    }

    private static String pointText(List<String> names, double[] point) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < point.length; i++) {
            if (i == COLUMNS * 2 && point.length > COLUMNS * 2 + 1) {
                sb.append(", ... ").append(point.length - i).append(" more");
                break;
            }
            sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ").append(Numbers.precise(point[i]));
        }
        return sb.toString();
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double e : v) {
            sum += e * e;
        }
        return Math.sqrt(sum);
    }

    static String json(GradientReport report) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("format", "gradus-gradient");
            json.writeNumberField("format_version", 1);
            json.writeObjectFieldStart("objective");
            json.writeStringField("id", report.objective().id());
            parameters(json, report.objectiveParameters().asMap());
            json.writeStringField("formula", report.metadata().formula());
            json.writeArrayFieldStart("coordinates");
            for (String name : report.metadata().coordinateNames()) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeFieldName("point");
            numbers(json, report.point());
            json.writeFieldName("value");
            number(json, report.value());
            if (report.exactGradient().isPresent()) {
                json.writeStringField("exact", report.exactGradient().get().estimator().id());
            } else {
                json.writeNullField("exact");
            }
            json.writeArrayFieldStart("estimates");
            for (Estimate e : report.estimates()) {
                json.writeStartObject();
                json.writeStringField("estimator", e.estimator().id());
                parameters(json, e.parameters().asMap());
                json.writeFieldName("value");
                number(json, e.value());
                json.writeFieldName("gradient");
                numbers(json, e.gradient());
                json.writeNumberField("function_evaluations", e.functionEvaluations());
                json.writeNumberField("gradient_evaluations", e.gradientEvaluations());
                json.writeFieldName("absolute_error");
                nullable(json, e.absoluteError());
                json.writeFieldName("relative_error");
                nullable(json, e.relativeError());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + System.lineSeparator();
    }

    private static void parameters(JsonGenerator json, Map<String, Object> values) throws IOException {
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            json.writeFieldName(entry.getKey());
            Object value = entry.getValue();
            if (value instanceof Double d) {
                number(json, d);
            } else if (value instanceof Long l) {
                json.writeNumber(l);
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else if (value instanceof List<?> list) {
                json.writeStartArray();
                for (Object element : list) {
                    json.writeNumber((Long) element);
                }
                json.writeEndArray();
            } else {
                json.writeString(String.valueOf(value));
            }
        }
        json.writeEndObject();
    }

    /** A number, or {@code null} for NaN (an error that cannot be computed). */
    private static void nullable(JsonGenerator json, double value) throws IOException {
        if (Double.isNaN(value)) {
            json.writeNull();
        } else {
            number(json, value);
        }
    }

    /** A number; non-finite ones as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}, as run files write them. */
    private static void number(JsonGenerator json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeString(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static void numbers(JsonGenerator json, double[] values) throws IOException {
        json.writeStartArray();
        for (double v : values) {
            number(json, v);
        }
        json.writeEndArray();
    }
}
