package dev.gradus.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.KnownMinimum;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterDescriptor;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.app.port.in.ProviderDescription;
import dev.gradus.cli.output.Numbers;
import dev.gradus.cli.output.ParameterRows;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gradus describe ID}: parameters with defaults and ranges, or an objective's metadata. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Describe an optimizer, objective or gradient estimator: its parameters with defaults and allowed values, "
                + "and for an objective its dimensions, formula, start, plot window and known minima.")
final class DescribeCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @ParentCommand
    GradusCli parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The id, as 'gradus list' shows it.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    Format format = Format.TEXT;

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--seed", paramLabel = "S", converter = Converters.WholeNumber.class,
            description = "Seed generated --data is made with (default: 0).")
    long seed;

    @Override
    public Integer call() {
        List<ProviderDescription> found = parent.context.application(parent.pluginDirs, true).describeProvider().describe(id, dataOptions.choice(), seed);
        parent.context.out().print(format == Format.JSON ? json(found) : text(found));
        return ExitCode.OK;
    }

    private static String text(List<ProviderDescription> found) {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        for (ProviderDescription d : found) {
            if (sb.length() > 0) {
                sb.append(nl);
            }
            ProviderInfo info = d.summary().info();
            sb.append(info.id()).append(" - ").append(info.displayName()).append(" (").append(d.summary().kind().word()).append(')').append(nl);
            sb.append(info.description()).append(nl);
            sb.append("version ").append(info.version()).append(", plugin API ").append(info.apiVersion()).append(", from ")
                    .append(d.summary().origin()).append(nl);
            if (!d.capabilities().isEmpty()) {
                sb.append("capabilities: ").append(d.capabilities().stream().map(DescribeCommand::word).sorted().collect(Collectors.joining(", ")))
                        .append(nl);
            }
            if (d.learnsFromData() && d.data() == null) {
                sb.append("learns from data: give --data NAME (see 'gradus list data') or --data FILE.csv --target COLUMN;").append(nl)
                        .append("  describe it with --data to see its shape and parameter count").append(nl);
            } else if (d.learnsFromData()) {
                sb.append("data: ").append(d.data().name()).append(" - ").append(d.data().description()).append(nl);
                sb.append("parameters to fit: ").append(d.dimensionsAtDefaults().preferred()).append(" (the dimension, with this data and the default -o values)")
                        .append(nl);
            }
            d.objectiveDimensions().filter(dims -> !d.learnsFromData()).ifPresent(dims -> sb.append("dimension: ").append(d.dimensionsSetByParameters()
                    .map(atDefaults -> dims + ", set by its parameters (" + atDefaults + " at the defaults)")
                    .orElse(dims.isFixed() ? dims.toString() : dims + " (default " + dims.preferred() + "; set with --dim or the length of --start)"))
                    .append(nl));
            d.objectiveMetadata().ifPresent(m -> metadataText(sb, m, nl));
            sb.append(nl);
            if (d.parameters().isEmpty()) {
                sb.append("Parameters: none").append(nl);
            } else {
                sb.append("Parameters (").append(flag(d)).append("):").append(nl).append(indent(ParameterRows.table(d.parameters()).toString()));
                d.parameters().rules().forEach(rule -> sb.append("  rule: ").append(rule.description()).append(nl));
            }
        }
        return sb.toString();
    }

    private static void metadataText(StringBuilder sb, ObjectiveMetadata m, String nl) {
        if (!m.formula().isEmpty()) {
            sb.append("formula: ").append(m.formula()).append(nl);
        }
        List<String> names = m.coordinateNames();
        sb.append("coordinates: ").append(names.size() <= MAX_LISTED ? String.join(", ", names)
                : String.join(", ", names.subList(0, MAX_LISTED)) + ", ... (" + names.size() + " in all)").append(nl);
        if (names.size() <= MAX_LISTED) {
            sb.append("suggested start: ").append(Numbers.point(m.suggestedStart())).append(nl);
        }
        sb.append("plot window: ").append(box(m.plotWindow())).append(nl);
        if (!m.domain().equals(m.plotWindow())) {
            sb.append("domain: ").append(box(m.domain())).append(nl);
        }
        if (!m.boundedBelow()) {
            sb.append("global minima: none (unbounded below)").append(nl);
        } else if (m.globalMinima().isEmpty()) {
            sb.append("global minima: not known").append(nl);
        } else {
            sb.append(m.globalMinima().size() == 1 ? "global minimum: " : "global minima: ").append(minima(m.globalMinima())).append(nl);
        }
        if (!m.localMinima().isEmpty()) {
            sb.append(m.localMinima().size() == 1 ? "local minimum: " : "local minima: ").append(minima(m.localMinima())).append(nl);
        }
        sb.append("smooth: ").append(m.smooth() ? "yes" : "no").append(", contours: ").append(m.logScaledContours() ? "log-spaced" : "linear").append(nl);
    }

    /** The most coordinates listed by name. */
    private static final int MAX_LISTED = 12;

    private static String minima(List<KnownMinimum> minima) {
        return minima.stream().map(k -> "f" + Numbers.point(k.point()) + " = " + Numbers.brief(k.value())).collect(Collectors.joining(", "));
    }

    private static String box(Box box) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(box.dimension(), 3);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : " x ").append('[').append(Numbers.brief(box.lower(i))).append(", ").append(Numbers.brief(box.upper(i))).append(']');
        }
        if (box.dimension() > shown) {
            sb.append(" x ... (").append(box.dimension()).append(" coordinates)");
        }
        return sb.toString();
    }

    private static String flag(ProviderDescription d) {
        switch (d.summary().kind()) {
            case OPTIMIZER:
                return "set with -p NAME=VALUE";
            case OBJECTIVE:
                return d.summary().info().id().equals(ObjectiveOptions.FORMULA) ? "set with --expression and --vars" : "set with -o NAME=VALUE";
            case SCHEDULE:
                return "set with --schedule " + d.summary().info().id() + ":NAME=VALUE,...";
            case DATA_SET:
                return "set with -d NAME=VALUE";
            default:
                return "set with -e NAME=VALUE";
        }
    }

    private static String word(Enum<?> capability) {
        return capability.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line).collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }

    private static String json(List<ProviderDescription> found) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartArray();
            for (ProviderDescription d : found) {
                ProviderInfo info = d.summary().info();
                json.writeStartObject();
                json.writeStringField("kind", d.summary().kind().name().toLowerCase(Locale.ROOT));
                json.writeStringField("id", info.id());
                json.writeStringField("name", info.displayName());
                json.writeStringField("version", info.version());
                json.writeStringField("api_version", info.apiVersion());
                json.writeStringField("description", info.description());
                json.writeStringField("origin", d.summary().origin());
                json.writeArrayFieldStart("parameters");
                for (ParameterDescriptor p : d.parameters().descriptors()) {
                    json.writeStartObject();
                    json.writeStringField("name", p.name());
                    json.writeStringField("type", ParameterRows.type(p));
                    json.writeStringField("default", ParameterRows.defaultText(p));
                    json.writeStringField("allowed", p.allowedValues());
                    json.writeStringField("description", p.description());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("capabilities");
                for (Enum<?> c : d.capabilities()) {
                    json.writeString(c.name().toLowerCase(Locale.ROOT));
                }
                json.writeEndArray();
                if (d.objectiveDimensions().isPresent()) {
                    var dims = d.objectiveDimensions().get();
                    json.writeObjectFieldStart("dimensions");
                    json.writeNumberField("min", dims.min());
                    if (dims.max() != Integer.MAX_VALUE) {
                        json.writeNumberField("max", dims.max());
                    }
                    json.writeNumberField("default", dims.preferred());
                    if (d.dimensionsSetByParameters().isPresent()) {
                        json.writeBooleanField("set_by_parameters", true);
                    }
                    json.writeEndObject();
                }
                if (d.objectiveMetadata().isPresent()) {
                    metadataJson(json, d.objectiveMetadata().get());
                }
                if (d.summary().kind() == dev.gradus.app.port.in.ProviderKind.OBJECTIVE) {
                    json.writeBooleanField("learns_from_data", d.learnsFromData());
                }
                if (d.data() != null) {
                    json.writeObjectFieldStart("data");
                    json.writeStringField("name", d.data().name());
                    json.writeNumberField("rows", d.data().rows());
                    json.writeArrayFieldStart("features");
                    for (String f : d.data().features()) {
                        json.writeString(f);
                    }
                    json.writeEndArray();
                    json.writeStringField("target", d.data().target());
                    json.writeArrayFieldStart("classes");
                    for (String c : d.data().classNames()) {
                        json.writeString(c);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                    json.writeNumberField("parameter_count", d.dimensionsAtDefaults().preferred());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + System.lineSeparator();
    }

    private static void metadataJson(JsonGenerator json, ObjectiveMetadata m) throws IOException {
        json.writeObjectFieldStart("metadata");
        json.writeStringField("formula", m.formula());
        json.writeArrayFieldStart("coordinates");
        for (String c : m.coordinateNames()) {
            json.writeString(c);
        }
        json.writeEndArray();
        json.writeFieldName("suggested_start");
        json.writeArray(m.suggestedStart(), 0, m.dimension());
        boxJson(json, "plot_window", m.plotWindow());
        boxJson(json, "domain", m.domain());
        minimaJson(json, "global_minima", m.globalMinima());
        minimaJson(json, "local_minima", m.localMinima());
        json.writeBooleanField("bounded_below", m.boundedBelow());
        json.writeBooleanField("smooth", m.smooth());
        json.writeBooleanField("log_contours", m.logScaledContours());
        json.writeEndObject();
    }

    private static void minimaJson(JsonGenerator json, String field, List<KnownMinimum> minima) throws IOException {
        json.writeArrayFieldStart(field);
        for (KnownMinimum k : minima) {
            json.writeStartObject();
            json.writeFieldName("point");
            json.writeArray(k.point(), 0, k.dimension());
            json.writeNumberField("value", k.value());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void boxJson(JsonGenerator json, String field, Box box) throws IOException {
        json.writeObjectFieldStart(field);
        double[] lower = new double[box.dimension()];
        double[] upper = new double[box.dimension()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = box.lower(i);
            upper[i] = box.upper(i);
        }
        json.writeFieldName("lower");
        json.writeArray(lower, 0, lower.length);
        json.writeFieldName("upper");
        json.writeArray(upper, 0, upper.length);
        json.writeEndObject();
    }
}
