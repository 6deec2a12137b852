package dev.gradus.cli;

import dev.gradus.api.objective.Sampling;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.checkpoint.CheckpointJson;
import dev.gradus.app.port.in.Checkpoint;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.PointText;
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
import dev.gradus.cli.output.WarningPrinter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                "  gradus run --expression \"x^2/20 + y^2\" --optimizer adagrad -p lr=1.5 \\",
                "      --start -7,2 --steps 30",
                "  gradus run --objective rosenbrock --optimizer sgd -p lr=0.002 -p momentum=0.9 \\",
                "      --schedule cosine:eta_min=1e-5 --clip-norm 10 --steps 500 --save-state s.json",
                "  gradus run --objective rosenbrock --optimizer sgd -p lr=0.002 -p momentum=0.9 \\",
                "      --schedule cosine:eta_min=1e-5 --clip-norm 10 --steps 500 --resume s.json",
                "  gradus run --objective mlp -o layers=2-8-2 --data xor --optimizer adam -p lr=0.01 \\",
                "      --steps 2000",
                "  gradus run --objective sampled-polynomial --optimizer sgd -p lr=0.3 --start 3.5 \\",
                "      --steps 100 --seed 7",
                "  gradus run --objective linear-regression --data points.csv --target y \\",
                "      --optimizer sgd -p lr=0.01 --batch-size 32",
                "", "Exit codes: 0 finished, 2 usage error, 3 diverged (output written up to",
                "that step), 1 other failure, 130 interrupted."})
final class RunSubcommand implements Callable<Integer> {
    @ParentCommand
    GradusCli parent;

    @Mixin
    ObjectiveOptions objectiveOptions = new ObjectiveOptions();

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Mixin
    PlotOptions plotOptions = new PlotOptions();

    @Option(names = "--batch-size", paramLabel = "B", converter = Converters.Count.class,
            description = "Examples per step's mini-batch, for an objective over data (default: all of them, "
                    + "which is plain gradient descent; sampled-polynomial: its batch parameter).")
    Integer batchSize;

    @Option(names = "--sampling", paramLabel = "MODE",
            description = "How mini-batches are drawn: epochs (shuffle, then take the batches in turn; the default), random "
                    + "(a fresh batch of distinct examples every step; sampled-polynomial's default) or replacement "
                    + "(a fresh batch drawn with replacement).")
    String sampling;

    @Option(names = "--eval-every", paramLabel = "K", converter = Converters.WholeNumber.class,
            description = "Compute the full-data loss every K steps and at the last (other rows leave it empty); default 1.")
    long evalEvery = 1;

    @Option(names = "--optimizer", paramLabel = "ID", description = "The optimizer (see 'gradus list optimizers'); required unless --spec.")
    String optimizer;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "An optimizer hyperparameter, e.g. -p lr=0.01 (repeatable).")
    List<String> optimizerParameters = new ArrayList<>();

    @Option(names = "--gradient", paramLabel = "ID",
            description = "The gradient estimator (default: the objective's exact gradient, analytic or autodiff, else central).")
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

    @Option(names = "--schedule", paramLabel = "NAME[:K=V,...]",
            description = "A learning-rate schedule, e.g. --schedule cosine:t_max=500,eta_min=1e-5 (see 'gradus list schedules').")
    String schedule;

    @Option(names = "--clip-norm", paramLabel = "MAX", converter = Converters.Real.class,
            description = "Rescale the gradient the optimizer sees to norm at most MAX (torch's clip_grad_norm_).")
    Double clipNorm;

    @Option(names = "--clip-value", paramLabel = "V", converter = Converters.Real.class,
            description = "Clamp each gradient component the optimizer sees to [-V, V] (torch's clip_grad_value_).")
    Double clipValue;

    @Option(names = "--maximize", description = "Maximize the objective instead of minimizing it.")
    boolean maximize;

    @Option(names = "--save-state", paramLabel = "FILE",
            description = "Write the optimizer's and schedule's state at the end of the run to FILE, to --resume from.")
    String saveState;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Continue a run from a state FILE written by --save-state; --steps counts the steps beyond it.")
    String resume;

    @Option(names = "--record-state", description = "With --format json, write the optimizer's state vectors in every row.")
    boolean recordState;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = Converters.TimeLimit.class,
            description = "Stop a run after this wall time (30s, 500ms, 2m), even one stuck in a plugin's call; the run ends with stop reason time-limit.")
    java.time.Duration timeLimit;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, json or table (default: from the --output extension; table on a terminal, else csv).")
    OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE|-", description = "Write to FILE, atomically (default: standard output).")
    String output;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "Run the specification in FILE (gradus-spec, see the README): one run streams as here; several are compared "
                    + "as 'gradus compare' does. Only --format, --output and --plugin-dir go with it.")
    String spec;

    @Option(names = "--emit-spec", description = "Print the specification of the run as given (to --output, if given) instead of running it.")
    boolean emitSpec;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    /** The options that go with --spec: what to write and where, not what to run. */
    private static final java.util.Set<String> WITH_SPEC = java.util.Set.of("--spec", "--format", "--output", "--plugin-dir", "--plot", "--plot-size");
    /** The options a specification cannot carry, refused with --emit-spec rather than silently dropped. */
    private static final java.util.Set<String> NOT_IN_SPEC = java.util.Set.of("--maximize", "--eval-every", "--save-state", "--resume",
            "--record-state", "--record", "--plot", "--plot-size");

    @Override
    public Integer call() {
        CliContext context = parent.context;
        if (spec != null) {
            return runSpec(context);
        }
        if (optimizer == null) {
            throw InvalidInputException.of("optimizer", "", "give an optimizer (--optimizer ID, see 'gradus list optimizers') or a --spec FILE");
        }
        if (emitSpec) {
            return emitSpec(context);
        }
        Path file = output == null || output.equals("-") ? null : Path.of(output);
        Path stateFile = saveState == null ? null : Path.of(saveState);
        OutputFormat chosen = format != null ? format : OutputFormat.infer(file, context.terminal().stdout());
        if (recordState && chosen != OutputFormat.JSON) {
            throw InvalidInputException.of("record-state", "", "state vectors are written in JSON rows only; add --format json");
        }
        if (stateFile != null && file != null && stateFile.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw InvalidInputException.of("save-state", saveState, "is the same file as --output; give each its own");
        }
        RunCommand command = command();
        List<Plots.Target> plots = plotOptions.targets();
        GradusApplication app = context.application(parent.pluginDirs, true);
        try (OutputTarget target = file == null ? OutputTarget.stdout(context.out()) : OutputTarget.file(file);
             OutputTarget state = stateFile == null ? null : OutputTarget.file(stateFile)) {
            List<RunObserver> observers = new ArrayList<>();
            observers.add(new WarningPrinter(context.err(), command.recording() == Recording.AUTO));
            observers.add(writer(chosen, target, recordState));
            if (context.terminal().stderr()) {
                observers.add(new ProgressDisplay(context.err()));
            }
            RunResult result = app.runOptimization().run(command, new Observers(observers), context.cancellation());
            if (state != null) {
                saveState(context, result, state);
            }
            if (result.stopReason() == StopReason.CANCELLED && file != null) {
                target.abandon();
                context.err().println("gradus: interrupted after " + result.steps() + " steps; " + file + " was not written");
                return ExitCode.INTERRUPTED;
            }
            target.commit();
            plot(context, app, command, result, plots);
            return outcome(context, result, file);
        }
    }

    /** Draws {@code --plot} of a run that was not cancelled. */
    static void plot(CliContext context, GradusApplication app, RunCommand command, RunResult result, List<Plots.Target> plots) {
        if (result.stopReason() == StopReason.CANCELLED) {
            return;
        }
        for (Plots.Target plot : plots) {
            Plots.write(app, new Plots.Source(command.objective(), command.data(), command.dimension(), command.seed()),
                    List.of(result.setup().optimizer().id()), List.of(new Plots.Run(0, result.trajectory())), plot);
            if (context.terminal().stderr()) {
                context.err().println("gradus: drew " + plot.file());
            }
        }
    }

    /** The names of the options given on the command line. */
    private java.util.List<String> given() {
        java.util.List<String> names = new ArrayList<>();
        for (picocli.CommandLine.Model.OptionSpec option : commandSpec.commandLine().getParseResult().matchedOptions()) {
            names.add(option.longestName());
        }
        return names;
    }

    /** {@code --spec FILE}: the run or runs of a specification. */
    private int runSpec(CliContext context) {
        for (String name : given()) {
            if (!WITH_SPEC.contains(name)) {
                throw InvalidInputException.of("spec", spec, "the file holds the run; " + name + " cannot go with --spec (edit the file, or "
                        + "drop --spec and give the run as options)");
            }
        }
        Path path = Path.of(spec);
        GradusApplication app = context.application(parent.pluginDirs, true);
        dev.gradus.app.port.in.RunSpec read = app.scenarios().read(path);
        return SpecRuns.run(context, app, read, format, output, plotOptions.targets());
    }

    /** {@code --emit-spec}: the specification of the run as given. */
    private int emitSpec(CliContext context) {
        for (String name : given()) {
            if (NOT_IN_SPEC.contains(name)) {
                throw InvalidInputException.of("emit-spec", "", "a specification does not carry " + name + "; drop it to write the specification");
            }
        }
        dev.gradus.app.port.in.RunSpec written = new dev.gradus.app.port.in.RunSpec("run", "gradus run " + optimizer + " on "
                + objectiveOptions.choice().id(), "Written by gradus run --emit-spec.", objectiveOptions.choice(), dataOptions.choice(),
                objectiveOptions.dimension, start == null ? null : PointText.parse("start", start), steps, seed, tolerance, batchSize, sampling(),
                List.of(new dev.gradus.app.port.in.RunSpec.Run(optimizerParameters.isEmpty() ? optimizer : optimizer + " " + String.join(" ",
                        optimizerParameters), ComponentChoice.fromAssignments(optimizer, optimizerParameters),
                        gradient == null ? null : ComponentChoice.fromAssignments(gradient, gradientParameters),
                        schedule == null ? null : schedule(schedule), clipNorm, clipValue)), dev.gradus.app.port.in.RunSpec.Study.NONE, timeLimit);
        Path file = output == null || output.equals("-") ? null : Path.of(output);
        try (OutputTarget target = file == null ? OutputTarget.stdout(context.out()) : OutputTarget.file(file)) {
            dev.gradus.app.spec.SpecJson.write(written, target.writer());
            OutputTarget.write(target.writer(), System.lineSeparator());
            target.commit();
        }
        return ExitCode.OK;
    }

    /** Runs one command, streaming its rows in {@code format} to {@code output} (standard output when null or "-"). */
    static int runOne(CliContext context, GradusApplication app, RunCommand command, OutputFormat format, String output, List<Plots.Target> plots) {
        Path file = output == null || output.equals("-") ? null : Path.of(output);
        OutputFormat chosen = format != null ? format : OutputFormat.infer(file, context.terminal().stdout());
        try (OutputTarget target = file == null ? OutputTarget.stdout(context.out()) : OutputTarget.file(file)) {
            List<RunObserver> observers = new ArrayList<>();
            observers.add(new WarningPrinter(context.err(), command.recording() == Recording.AUTO));
            observers.add(writer(chosen, target, false));
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
            plot(context, app, command, result, plots);
            return outcome(context, result, file);
        }
    }

    /** Writes the run's checkpoint, or says why there is none (a provider failed and its state may be half-updated). */
    private static void saveState(CliContext context, RunResult result, OutputTarget state) {
        if (result.checkpoint() == null) {
            state.abandon();
            context.err().println("gradus: the state was not saved: the run failed, so its state may be half-updated");
            return;
        }
        CheckpointJson.write(result.checkpoint(), BuildInfo.VERSION, state.writer());
        state.commit();
        if (result.stopReason() == StopReason.CANCELLED) {
            context.err().println("gradus: saved the state after step " + result.steps() + " to " + state.path() + "; continue with --resume");
        }
    }

    private Checkpoint resumed() {
        Path path = Path.of(resume);
        if (!Files.isRegularFile(path)) {
            throw InvalidInputException.of("resume", resume, Files.exists(path) ? resume + " is not a file" : "file " + resume + " does not exist");
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return CheckpointJson.read(reader, resume);
        } catch (IOException e) {
            throw InvalidInputException.of("resume", resume, "cannot read " + resume + ": " + e.getMessage());
        }
    }

    /** {@code cosine:t_max=500,eta_min=1e-5} as a schedule id and its values. */
    static ComponentChoice schedule(String text) {
        int colon = text.indexOf(':');
        String id = (colon < 0 ? text : text.substring(0, colon)).strip();
        if (id.isEmpty()) {
            throw InvalidInputException.of("schedule", text, "give a schedule name, as in cosine:t_max=500,eta_min=1e-5");
        }
        List<String> assignments = new ArrayList<>();
        if (colon >= 0) {
            for (String part : text.substring(colon + 1).split(",", -1)) {
                if (!part.isBlank()) {
                    assignments.add(part.strip());
                }
            }
        }
        return ComponentChoice.fromAssignments(id, assignments);
    }

    private RunCommand command() {
        return RunCommand.builder()
                .objective(objectiveOptions.choice())
                .dimension(objectiveOptions.dimension)
                .optimizer(ComponentChoice.fromAssignments(optimizer, optimizerParameters))
                .gradient(gradient == null ? null : ComponentChoice.fromAssignments(gradient, gradientParameters))
                .start(start == null ? null : PointText.parse("start", start))
                .steps(steps)
                .tolerance(tolerance)
                .seed(seed)
                .recording(recording)
                .schedule(schedule == null ? null : schedule(schedule))
                .clipNorm(clipNorm == null ? Double.POSITIVE_INFINITY : clipNorm)
                .clipValue(clipValue == null ? Double.POSITIVE_INFINITY : clipValue)
                .maximize(maximize)
                .resume(resume == null ? null : resumed())
                .checkpoint(saveState != null)
                .data(dataOptions.choice())
                .batchSize(batchSize)
                .sampling(sampling())
                .evalEvery(evalEvery)
                .timeLimit(timeLimit)
                .build();
    }

    private Sampling sampling() {
        if (sampling == null) {
            return null;
        }
        try {
            return Sampling.of(sampling);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("sampling", sampling, "must be one of " + Sampling.ids());
        }
    }

    private static RunObserver writer(OutputFormat format, OutputTarget target, boolean recordState) {
        switch (format) {
            case CSV:
                return new CsvRunWriter(target.writer());
            case JSON:
                return new JsonRunWriter(target.writer(), BuildInfo.VERSION, recordState);
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
            case TIME_LIMIT:
                context.err().println("gradus: the run stopped at its time limit: " + result.stopDetail()
                        + (file == null ? "" : "; " + file + " holds the rows up to there"));
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
