package dev.gradus.cli;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.Recording;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.cli.output.CsvRunWriter;
import dev.gradus.cli.output.JsonRunWriter;
import dev.gradus.cli.output.Observers;
import dev.gradus.cli.output.OutputTarget;
import dev.gradus.cli.output.ProgressDisplay;
import dev.gradus.cli.output.RunSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gradus run}: one optimizer on one objective, streamed as CSV or JSON, or summarised. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run an optimizer on an objective and write its trajectory.",
        footer = {"", "Examples:",
                "  gradus run --objective rosenbrock --optimizer adam -p lr=0.01 \\",
                "      --start -1.5,2 --steps 300 --format csv",
                "  gradus run --objective elongated-bowl --optimizer sgd -p lr=0.95 \\",
                "      --steps 30 --output path.json",
                "  gradus run --objective sphere --dim 10 --optimizer adam -p lr=0.1 \\",
                "      --gradient central",
                "", "Exit codes: 0 finished, 2 usage error, 3 diverged (output written up to",
                "that step), 1 other failure, 130 interrupted."})
final class RunSubcommand implements Callable<Integer> {
    @ParentCommand
    GradusCli parent;

    @Option(names = "--objective", required = true, paramLabel = "ID", description = "The objective to minimize (see 'gradus list objectives').")
    String objective;

    @Option(names = {"-o", "--objective-param"}, paramLabel = "NAME=VALUE", description = "An objective parameter (repeatable).")
    List<String> objectiveParameters = new ArrayList<>();

    @Option(names = "--dim", paramLabel = "N", converter = Converters.Count.class,
            description = "Dimension of an n-D objective (default: the length of --start, else the objective's own).")
    Integer dimension;

    @Option(names = "--optimizer", required = true, paramLabel = "ID", description = "The optimizer (see 'gradus list optimizers').")
    String optimizer;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "An optimizer hyperparameter, e.g. -p lr=0.01 (repeatable).")
    List<String> optimizerParameters = new ArrayList<>();

    @Option(names = "--gradient", paramLabel = "ID",
            description = "The gradient estimator (default: analytic where the objective has one, else central).")
    String gradient;

    @Option(names = {"-e", "--gradient-param"}, paramLabel = "NAME=VALUE", description = "A gradient estimator parameter, e.g. -e h=0.1 (repeatable).")
    List<String> gradientParameters = new ArrayList<>();

    @Option(names = "--start", paramLabel = "V1,V2,...", description = "Starting point (default: the objective's suggested start).")
    String start;

    @Option(names = "--steps", paramLabel = "N", converter = Converters.WholeNumber.class, description = "Step budget (default: ${DEFAULT-VALUE}).")
    long steps = RunCommand.DEFAULT_STEPS;

    @Option(names = "--tolerance", paramLabel = "T", converter = Converters.Real.class,
            description = "Stop when the gradient norm falls below T; 0 turns it off (default: 1e-8).")
    double tolerance = RunCommand.DEFAULT_TOLERANCE;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.WholeNumber.class,
            description = "Seed for everything random in the run (default: ${DEFAULT-VALUE}).")
    long seed = RunCommand.DEFAULT_SEED;

    @Option(names = "--record", paramLabel = "MODE",
            description = "auto, full (loss, gradient norm and point) or loss (no point); auto is full up to "
                    + Recording.AUTO_FULL_LIMIT + " dimensions (default: auto).")
    Recording recording = Recording.AUTO;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, json or table (default: from the --output extension; table on a terminal, else csv).")
    OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE|-", description = "Write to FILE, atomically (default: standard output).")
    String output;

    @Override
    public Integer call() {
        CliContext context = parent.context;
        RunCommand command = command();
        Path file = output == null || output.equals("-") ? null : Path.of(output);
        OutputFormat chosen = format != null ? format : OutputFormat.infer(file, context.terminal().stdout());
        GradusApplication app = context.application(parent.pluginDirs, true);
        try (OutputTarget target = file == null ? OutputTarget.stdout(context.out()) : OutputTarget.file(file)) {
            List<RunObserver> observers = new ArrayList<>();
            observers.add(writer(chosen, target));
            if (context.terminal().stderr()) {
                observers.add(new ProgressDisplay(context.err()));
            }
            RunResult result = app.runOptimization().run(command, new Observers(observers), context.cancellation());
            if (result.stopReason() == StopReason.CANCELLED && file != null) {
                target.abandon();
                context.err().println("gradus: interrupted after " + result.steps() + " steps; " + file + " was not written");
                return ExitCode.INTERRUPTED;
            }
            target.commit();
            return outcome(context, result, file);
        }
    }

    private RunCommand command() {
        return RunCommand.builder()
                .objective(ComponentChoice.fromAssignments(objective, objectiveParameters))
                .dimension(dimension)
                .optimizer(ComponentChoice.fromAssignments(optimizer, optimizerParameters))
                .gradient(gradient == null ? null : ComponentChoice.fromAssignments(gradient, gradientParameters))
                .start(start == null ? null : parseStart(start))
                .steps(steps)
                .tolerance(tolerance)
                .seed(seed)
                .recording(recording)
                .build();
    }

    /** {@code -1.5,2} as numbers; every part must be a number. */
    static double[] parseStart(String text) {
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Double value = dev.gradus.api.param.ParameterSpace.parseReal(parts[i]);
            if (value == null || value.isInfinite()) {
                throw InvalidInputException.of("start", text, (parts[i].isBlank() ? "coordinate " + (i + 1) + " is empty"
                        : "'" + parts[i].strip() + "' is not a finite number") + "; give comma-separated numbers such as -1.5,2");
            }
            values[i] = value;
        }
        return values;
    }

    private static RunObserver writer(OutputFormat format, OutputTarget target) {
        switch (format) {
            case CSV:
                return new CsvRunWriter(target.writer());
            case JSON:
                return new JsonRunWriter(target.writer(), BuildInfo.VERSION);
            case TABLE:
                return new RunSummary(target.writer());
            default:
                throw new AssertionError(format);
        }
    }

    private static int outcome(CliContext context, RunResult result, Path file) {
        switch (result.stopReason()) {
            case DIVERGED:
                context.err().println("gradus: the run diverged: " + result.stopDetail()
                        + (file == null ? "" : "; " + file + " holds the trajectory up to that step"));
                return ExitCode.DIVERGED;
            case FAILED:
                context.err().println("gradus: the run failed: " + result.stopDetail());
                return ExitCode.FAILURE;
            case CANCELLED:
                context.err().println("gradus: interrupted after " + result.steps() + " steps");
                return ExitCode.INTERRUPTED;
            default:
                if (file != null && context.terminal().stderr()) {
                    context.err().println("gradus: wrote " + file + " (" + (result.steps() + 1) + " rows; " + result.stopReason().words() + ")");
                }
                return ExitCode.OK;
        }
    }
}
