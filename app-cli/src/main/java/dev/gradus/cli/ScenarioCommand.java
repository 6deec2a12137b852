package dev.gradus.cli;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.spec.SpecJson;
import dev.gradus.cli.output.OutputTarget;
import dev.gradus.cli.output.TextTable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gradus scenario list|show|run}: the built-in scenarios, each seed article's experiment and the book's comparison. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "The built-in scenarios: each seed article's experiment and the book's optimizer comparison, as run specifications.",
        subcommands = {ScenarioCommand.ListScenarios.class, ScenarioCommand.Show.class, ScenarioCommand.Run.class},
        footer = {"", "Examples:", "  gradus scenario list", "  gradus scenario show book-comparison > mine.json",
                "  gradus scenario run seed-004-adagrad", "  gradus run --spec mine.json"})
final class ScenarioCommand implements Runnable {
    @ParentCommand
    GradusCli parent;

    @Override
    public void run() {
        throw InvalidInputException.of("scenario", "", "say what to do: gradus scenario list, show NAME or run NAME");
    }

    private static RunSpec find(GradusApplication app, String name) {
        List<RunSpec> all = app.scenarios().builtIn();
        return all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> InvalidInputException.of("scenario", name,
                "no scenario '" + name + "'; the scenarios are " + all.stream().map(RunSpec::name).collect(Collectors.joining(", "))));
    }

    /** {@code gradus scenario list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in scenarios.")
    static final class ListScenarios implements Callable<Integer> {
        @ParentCommand
        ScenarioCommand scenario;

        @Override
        public Integer call() {
            CliContext context = scenario.parent.context;
            TextTable table = new TextTable("name", "runs", "title");
            for (RunSpec spec : context.application(scenario.parent.pluginDirs, false).scenarios().builtIn()) {
                table.row(spec.name(), Integer.toString(spec.runs().size()), spec.title());
            }
            context.out().print(table);
            return ExitCode.OK;
        }
    }

    /** {@code gradus scenario show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a scenario's run specification (a file 'gradus run --spec' runs).")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ScenarioCommand scenario;

        @Parameters(paramLabel = "NAME", description = "The scenario (see 'gradus scenario list').")
        String name;

        @Option(names = "--output", paramLabel = "FILE|-", description = "Write to FILE, atomically (default: standard output).")
        String output;

        @Override
        public Integer call() {
            CliContext context = scenario.parent.context;
            RunSpec spec = find(context.application(scenario.parent.pluginDirs, false), name);
            try (OutputTarget target = output == null || output.equals("-") ? OutputTarget.stdout(context.out())
                    : OutputTarget.file(java.nio.file.Path.of(output))) {
                SpecJson.write(spec, target.writer());
                OutputTarget.write(target.writer(), System.lineSeparator());
                target.commit();
            }
            return ExitCode.OK;
        }
    }

    /** {@code gradus scenario run NAME}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run a scenario: one run streams as 'gradus run' does, several are compared as 'gradus compare' does.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        ScenarioCommand scenario;

        @Parameters(paramLabel = "NAME", description = "The scenario (see 'gradus scenario list').")
        String name;

        @Option(names = "--format", paramLabel = "FORMAT", description = "csv, json or table (default: from the --output extension, else table).")
        OutputFormat format;

        @Option(names = "--output", paramLabel = "FILE|-", description = "Write to FILE, atomically (default: standard output).")
        String output;

        @picocli.CommandLine.Mixin
        PlotOptions plotOptions = new PlotOptions();

        @Override
        public Integer call() {
            CliContext context = scenario.parent.context;
            GradusApplication app = context.application(scenario.parent.pluginDirs, true);
            RunSpec spec = find(app, name);
            OutputFormat chosen = format != null ? format : output == null || output.equals("-") ? OutputFormat.TABLE : null;
            return SpecRuns.run(context, app, spec, chosen, output, plotOptions.targets());
        }
    }
}
