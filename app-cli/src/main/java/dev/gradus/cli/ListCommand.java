package dev.gradus.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gradus.app.port.in.PluginProblem;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.ProviderListing;
import dev.gradus.app.port.in.ProviderSummary;
import dev.gradus.cli.output.TextTable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gradus list}: what optimizers, objectives and estimators there are, and where each came from. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the optimizers, objectives and gradient estimators found, built-in and plugins, and any plugin problems.")
final class ListCommand implements Callable<Integer> {
    enum Format { TABLE, JSON }

    @ParentCommand
    GradusCli parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", converter = Converters.Kind.class,
            completionCandidates = Converters.KindNames.class, description = "optimizers, objectives or estimators (default: all).")
    ProviderKind kind;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: table).")
    Format format = Format.TABLE;

    @Override
    public Integer call() {
        ProviderListing listing = parent.context.application(parent.pluginDirs, false).listProviders().list();
        List<ProviderKind> kinds = kind == null ? List.of(ProviderKind.values()) : List.of(kind);
        parent.context.out().print(format == Format.JSON ? json(listing, kinds) : table(listing, kinds));
        return ExitCode.OK;
    }

    private static String table(ProviderListing listing, List<ProviderKind> kinds) {
        StringBuilder sb = new StringBuilder();
        for (ProviderKind k : kinds) {
            if (kinds.size() > 1) {
                sb.append(sb.length() == 0 ? "" : System.lineSeparator()).append(capitalized(k.plural())).append(':').append(System.lineSeparator());
            }
            TextTable table = new TextTable("ID", "NAME", "VERSION", "FROM", "DESCRIPTION");
            for (ProviderSummary s : listing.of(k)) {
                table.row(s.id(), s.info().displayName(), s.info().version(), s.origin(), firstSentence(s.info().description()));
            }
            sb.append(table.size() == 0 ? "(none)" + System.lineSeparator() : table.toString());
        }
        if (!listing.problems().isEmpty()) {
            sb.append(System.lineSeparator()).append("Problems (these were skipped):").append(System.lineSeparator());
            for (PluginProblem problem : listing.problems()) {
                sb.append("  ").append(problem.message()).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private static String json(ProviderListing listing, List<ProviderKind> kinds) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            for (ProviderKind k : kinds) {
                json.writeArrayFieldStart(k.plural());
                for (ProviderSummary s : listing.of(k)) {
                    json.writeStartObject();
                    json.writeStringField("id", s.id());
                    json.writeStringField("name", s.info().displayName());
                    json.writeStringField("version", s.info().version());
                    json.writeStringField("api_version", s.info().apiVersion());
                    json.writeStringField("description", s.info().description());
                    json.writeStringField("origin", s.origin());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("problems");
            for (PluginProblem problem : listing.problems()) {
                json.writeStartObject();
                json.writeStringField("location", problem.location());
                json.writeStringField("reason", problem.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + System.lineSeparator();
    }

    private static String firstSentence(String description) {
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
