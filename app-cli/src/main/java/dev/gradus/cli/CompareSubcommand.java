package dev.gradus.cli;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.CompareCommand;
import dev.gradus.app.port.in.CompareResult;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.cli.output.CompareWriter;
import dev.gradus.cli.output.OutputTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gradus compare}: several optimizer configurations raced on one objective, from the same starts with the same seeds. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Race several optimizer configurations on one objective, every one from every start with every seed, on all cores, "
                + "and report each configuration's spread: median [first, third quartile] of the final and best loss, the steps and "
                + "evaluations to a target, the distance to the nearest known minimum and the wall time, and how many runs diverged.",
                "Each --optimizer takes the -p, --gradient, -e, --schedule, --clip-norm, --clip-value and --label that follow it."},
        footer = {"", "Examples:",
                "  gradus compare --objective elongated-bowl --start -7,2 --steps 30 \\",
                "      --optimizer sgd -p lr=0.95 --optimizer sgd -p lr=0.1 -p momentum=0.9 \\",
                "      --optimizer adagrad -p lr=1.5 --optimizer adam -p lr=0.3",
                "  gradus compare --objective rosenbrock --starts random:50 --steps 2000 --target-loss 1e-6 \\",
                "      --optimizer adam -p lr=0.01 --optimizer lbfgs --format csv --output paths.csv",
                "  gradus compare --objective sampled-polynomial --start 3.5 --steps 100 --seeds 1..200 \\",
                "      --optimizer sgd -p lr=0.3 --optimizer sgd -p lr=0.3 -p momentum=0.5",
                "", "Exit codes: 0 finished (runs that diverged are counted, not errors), 2 usage error, 1 other failure, 130 interrupted."})
final class CompareSubcommand implements Callable<Integer> {
    @ParentCommand
    GradusCli parent;

    @Mixin
    ObjectiveOptions objectiveOptions = new ObjectiveOptions();

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Mixin
    StudyOptions study = new StudyOptions();

    @Mixin
    PlotOptions plotOptions = new PlotOptions();

    /** One configuration: an optimizer and what follows it. */
    static final class Configuration {
        @Option(names = "--optimizer", required = true, paramLabel = "ID", description = "An optimizer configuration (repeat for each).")
        String optimizer;

        @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A hyperparameter of the --optimizer before it.")
        // left null: picocli would hand one initial list to every configuration
        List<String> parameters;

        @Option(names = "--gradient", paramLabel = "ID", description = "Its gradient estimator (default: the objective's exact gradient, else central).")
        String gradient;

        @Option(names = {"-e", "--gradient-param"}, paramLabel = "NAME=VALUE", description = "A parameter of its gradient estimator.")
        List<String> gradientParameters;

        @Option(names = "--schedule", paramLabel = "NAME[:K=V,...]", description = "Its learning-rate schedule.")
        String schedule;

        @Option(names = "--clip-norm", paramLabel = "MAX", converter = Converters.Real.class, description = "Its gradient-norm bound.")
        Double clipNorm;

        @Option(names = "--clip-value", paramLabel = "V", converter = Converters.Real.class, description = "Its gradient-component bound.")
        Double clipValue;

        @Option(names = "--label", paramLabel = "TEXT", description = "How the table names it (default: the optimizer and its -p values).")
        String label;

        RunSpec.Run run() {
            List<String> parameters = this.parameters == null ? List.of() : this.parameters;
            List<String> gradientParameters = this.gradientParameters == null ? List.of() : this.gradientParameters;
            String name = label != null ? label : parameters.isEmpty() ? optimizer : optimizer + " " + String.join(" ", parameters);
            return new RunSpec.Run(name, ComponentChoice.fromAssignments(optimizer, parameters),
                    gradient == null ? null : ComponentChoice.fromAssignments(gradient, gradientParameters),
                    schedule == null ? null : RunSubcommand.schedule(schedule), clipNorm, clipValue);
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*", heading = "Configurations:%n")
    List<Configuration> configurations = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (each configuration's spreads), csv (every trajectory, long format) or json (both); "
                    + "default: from the --output extension, else table.")
    OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE|-", description = "Write to FILE, atomically (default: standard output).")
    String output;

    @Override
    public Integer call() {
        CliContext context = parent.context;
        CompareCommand command = command();
        List<Plots.Target> plots = plotOptions.targets();
        return execute(context, context.application(parent.pluginDirs, true), command, format, output, plots);
    }

    /** Runs a study and writes it in {@code format} (null: from the extension of {@code output}, else a table) to {@code output}. */
    static int execute(CliContext context, GradusApplication app, CompareCommand command, OutputFormat format, String output,
                       List<Plots.Target> plots) {
        Path file = output == null || output.equals("-") ? null : Path.of(output);
        String name = file == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        OutputFormat chosen = format != null ? format : name.endsWith(".json") ? OutputFormat.JSON : name.endsWith(".csv") ? OutputFormat.CSV
                : OutputFormat.TABLE;
        try (OutputTarget target = file == null ? OutputTarget.stdout(context.out()) : OutputTarget.file(file)) {
            CompareResult result = app.compare().compare(command, context.cancellation());
            if (result.cancelled()) {
                target.abandon();
                context.err().println("gradus: interrupted" + (file == null ? "" : "; " + file + " was not written"));
                return ExitCode.INTERRUPTED;
            }
            switch (chosen) {
                case CSV -> CompareWriter.csv(result, coordinates(result), target.writer());
                case JSON -> CompareWriter.json(result, command.objective().id(), BuildInfo.VERSION, target.writer());
                default -> CompareWriter.table(result, command.hasTarget(), target.writer());
            }
            target.commit();
            if (file != null && context.terminal().stderr()) {
                context.err().println("gradus: wrote " + file);
            }
            for (Plots.Target plot : plots) {
                List<String> groups = new ArrayList<>();
                List<Plots.Run> runs = new ArrayList<>();
                for (int c = 0; c < result.configurations().size(); c++) {
                    groups.add(result.configurations().get(c).label());
                    for (CompareResult.Outcome o : result.configurations().get(c).outcomes()) {
                        runs.add(new Plots.Run(c, o.result().trajectory()));
                    }
                }
                Plots.write(app, new Plots.Source(command.objective(), command.data(), command.dimension(), command.seeds().get(0)), groups, runs, plot);
                if (context.terminal().stderr()) {
                    context.err().println("gradus: drew " + plot.file());
                }
            }
            return ExitCode.OK;
        }
    }

    private static List<String> coordinates(CompareResult result) {
        return result.configurations().stream().flatMap(c -> c.outcomes().stream()).findFirst()
                .map(o -> o.result().setup().metadata().coordinateNames()).orElse(List.of());
    }

    private CompareCommand command() {
        List<RunSpec.Run> runs = new ArrayList<>();
        configurations.forEach(c -> runs.add(c.run()));
        return new CompareCommand(objectiveOptions.choice(), dataOptions.choice(), objectiveOptions.dimension, runs, study.starts(), study.seeds(),
                study.steps, study.tolerance, study.batchSize, study.sampling(), study.targetLoss, study.targetGradientNorm, study.threads(),
                study.timeLimit);
    }
}
