package dev.gradus.cli;

import dev.gradus.api.objective.Sampling;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.Starts;
import dev.gradus.app.port.in.SweepAxis;
import dev.gradus.app.port.in.SweepCommand;
import dev.gradus.app.port.in.SweepMetric;
import dev.gradus.app.port.in.SweepResult;
import dev.gradus.cli.output.OutputTarget;
import dev.gradus.cli.output.SweepWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gradus sweep}: tune optimizers' hyperparameters on one objective over a grid or a random search. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tune hyperparameters: run every point of each optimizer's grid (or --budget random points) from every start with every "
                + "seed, on all cores, and rank the points by the median of a metric over their runs, with its quartiles and how many diverged.",
                "Each --optimizer takes the -p (fixed values), --grid (swept ones), --gradient, -e, --schedule, --clip-norm and --clip-value "
                        + "that follow it. --results FILE.csv streams every run as it finishes; --resume continues an interrupted sweep from it."},
        footer = {"", "Examples:",
                "  gradus sweep --objective elongated-bowl --start -7,2 --steps 100 --optimizer sgd --grid lr=0.1:1.5:15",
                "  gradus sweep --objective rosenbrock --steps 2000 --seeds 1..5 --starts random:4 --metric final-loss \\",
                "      --optimizer adam --grid lr=1e-4:1e-1:log:13 --grid beta1=0.8,0.9,0.95 --results adam.csv",
                "  gradus sweep --objective rosenbrock --steps 1000 --budget 30 --per-optimizer \\",
                "      --optimizer adam --grid lr=1e-4:1:log:2 --optimizer sgd --grid lr=1e-5:1e-2:log:2 --grid momentum=0:0.95:2",
                "", "Exit codes: 0 finished, 2 usage error, 1 other failure, 130 interrupted (the results file keeps the finished runs)."})
final class SweepSubcommand implements Callable<Integer> {
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

    /** One optimizer to tune and what follows it. */
    static final class Tuned {
        @Option(names = "--optimizer", required = true, paramLabel = "ID", description = "An optimizer to tune (repeat for each).")
        String optimizer;

        // collections left null: picocli would hand one initial list to every optimizer
        @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A fixed hyperparameter of the --optimizer before it.")
        List<String> parameters;

        @Option(names = "--grid", paramLabel = "NAME=V1,V2,...|NAME=LOW:HIGH:N|NAME=LOW:HIGH:log:N",
                description = "A swept hyperparameter of the --optimizer before it: a list, a linear range or a log range of N values.")
        List<String> grid;

        @Option(names = "--gradient", paramLabel = "ID", description = "Its gradient estimator.")
        String gradient;

        @Option(names = {"-e", "--gradient-param"}, paramLabel = "NAME=VALUE", description = "A parameter of its gradient estimator.")
        List<String> gradientParameters;

        @Option(names = "--schedule", paramLabel = "NAME[:K=V,...]", description = "Its learning-rate schedule.")
        String schedule;

        @Option(names = "--clip-norm", paramLabel = "MAX", converter = Converters.Real.class, description = "Its gradient-norm bound.")
        Double clipNorm;

        @Option(names = "--clip-value", paramLabel = "V", converter = Converters.Real.class, description = "Its gradient-component bound.")
        Double clipValue;

        SweepCommand.Tuned tuned() {
            List<SweepAxis> axes = new ArrayList<>();
            for (String g : grid == null ? List.<String>of() : grid) {
                axes.add(SweepAxis.parse(g));
            }
            return new SweepCommand.Tuned(ComponentChoice.fromAssignments(optimizer, parameters == null ? List.of() : parameters),
                    gradient == null ? null : ComponentChoice.fromAssignments(gradient, gradientParameters == null ? List.of() : gradientParameters),
                    schedule == null ? null : RunSubcommand.schedule(schedule), clipNorm, clipValue, axes);
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*", heading = "Optimizers:%n")
    List<Tuned> optimizers = new ArrayList<>();

    @Option(names = "--budget", paramLabel = "N", converter = Converters.Count.class,
            description = "Search at random: N points per optimizer drawn from its axes (log ranges log-uniformly) instead of the whole grid.")
    Integer budget;

    @Option(names = "--search-seed", paramLabel = "S", converter = Converters.WholeNumber.class,
            description = "The seed of the random search's points (default: ${DEFAULT-VALUE}).")
    long searchSeed;

    @Option(names = "--per-optimizer", description = "The fair-comparison protocol: tune each optimizer with the same budget and compare each at "
            + "its best point (with grids of different sizes, give --budget).")
    boolean perOptimizer;

    @Option(names = "--metric", paramLabel = "METRIC",
            description = "What ranks the points, lower is better: final-loss, best-loss, steps-to-target, evaluations-to-target or "
                    + "distance-to-minimum (default: final-loss).")
    String metric = "final-loss";

    @Option(names = "--results", paramLabel = "FILE.csv", description = "Stream every run to FILE.csv as it finishes (one line each).")
    String results;

    @Option(names = "--resume", description = "Continue the sweep whose runs --results FILE.csv holds: skip them, run the rest, rank them all.")
    boolean resume;

    @Option(names = "--top", paramLabel = "K", converter = Converters.Count.class, description = "Points shown per optimizer (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: from the --output extension, else table).")
    OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE|-", description = "Write the ranking to FILE, atomically (default: standard output).")
    String output;

    @Override
    public Integer call() {
        CliContext context = parent.context;
        Path plot = plotOptions.file();
        if (plot != null && dev.gradus.figures.FigureFiles.format(plot) != dev.gradus.figures.FigureFormat.PNG) {
            throw InvalidInputException.of("plot", plotOptions.plot, "a sweep's plot is a still image: give a .png");
        }
        SweepCommandLine parsed = command();
        if (plot != null) {
            for (SweepCommand.Tuned t : parsed.command.optimizers()) {
                int axes = t.axes().size();
                if (axes > 2 || axes == 2 && parsed.command.budget() > 0) {
                    parsed.results.close();
                    throw InvalidInputException.of("plot", plotOptions.plot, "draws the score against one swept parameter, or a grid of two; "
                            + "optimizer '" + t.base().id() + "' sweeps " + axes + (parsed.command.budget() > 0 ? " at random" : ""));
                }
            }
        }
        Path file = output == null || output.equals("-") ? null : Path.of(output);
        OutputFormat chosen = format != null ? format
                : file != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? OutputFormat.JSON : OutputFormat.TABLE;
        if (chosen == OutputFormat.CSV) {
            throw InvalidInputException.of("format", "csv", "a sweep's ranking is a table or json; its runs stream to --results FILE.csv");
        }
        GradusApplication app = context.application(parent.pluginDirs, true);
        try (OutputTarget target = file == null ? OutputTarget.stdout(context.out()) : OutputTarget.file(file);
             ResultsFile stream = parsed.results) {
            SweepResult result = app.sweep().sweep(parsed.command, parsed.previous, stream::append, context.cancellation());
            if (result.cancelled()) {
                target.abandon();
                context.err().println("gradus: interrupted after " + result.ran() + " runs" + (results == null ? ""
                        : "; " + results + " holds every finished run: continue with --resume"));
                return ExitCode.INTERRUPTED;
            }
            if (chosen == OutputFormat.JSON) {
                SweepWriter.json(result, parsed.command.objective().id(), BuildInfo.VERSION, target.writer());
            } else {
                SweepWriter.table(result, top, perOptimizer, searchSeed, parsed.command.seeds().size(), target.writer());
            }
            target.commit();
            if (plot != null) {
                SweepPlot.write(result, plot, plotOptions.width(), plotOptions.height());
            }
            return ExitCode.OK;
        }
    }

    /** The command with the runs a resumed sweep had, and the results file to stream to. */
    private record SweepCommandLine(SweepCommand command, List<SweepResult.Run> previous, ResultsFile results) {
    }

    private SweepCommandLine command() {
        if (resume && results == null) {
            throw InvalidInputException.of("resume", "", "continues the sweep of a results file; give it with --results FILE.csv");
        }
        // every option is read before the results file is opened, so a mistake leaves no file behind
        Starts starts = study.starts();
        List<Long> seeds = study.seeds();
        Sampling mode = study.sampling();
        List<SweepCommand.Tuned> tuned = new ArrayList<>();
        optimizers.forEach(o -> tuned.add(o.tuned()));
        int searchBudget = budget == null ? 0 : budget;
        if (perOptimizer && searchBudget == 0) {
            long first = tuned.get(0).gridSize();
            for (SweepCommand.Tuned t : tuned) {
                if (t.gridSize() != first) {
                    throw InvalidInputException.of("per-optimizer", "", "gives each optimizer the same budget, but the grids have "
                            + tuned.stream().map(x -> Long.toString(x.gridSize())).toList() + " points; make them the same size or search at "
                            + "random with --budget N");
                }
            }
        }
        List<SweepResult.Run> previous = new ArrayList<>();
        ResultsFile stream = results == null ? ResultsFile.NONE : ResultsFile.open(Path.of(results), resume, previous);
        Set<String> done = new HashSet<>();
        previous.forEach(run -> done.add(run.key()));
        try {
            SweepCommand command = new SweepCommand(objectiveOptions.choice(), dataOptions.choice(), objectiveOptions.dimension, tuned, starts, seeds,
                    study.steps, study.tolerance, study.batchSize, mode, study.targetLoss, study.targetGradientNorm, SweepMetric.of(metric),
                    searchBudget, searchSeed, study.threads(), done, study.timeLimit);
            return new SweepCommandLine(command, previous, stream);
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /**
     * The results file: one line per finished run, appended and flushed as each finishes, so a
     * killed sweep keeps every run it finished. Resuming reads it back; a last line cut short by a
     * kill is dropped.
     */
    static class ResultsFile implements AutoCloseable {
        static final ResultsFile NONE = new ResultsFile(null);
        private final Writer writer;

        ResultsFile(Writer writer) {
            this.writer = writer;
        }

        static ResultsFile open(Path file, boolean resume, List<SweepResult.Run> previous) {
            try {
                if (!resume) {
                    if (Files.exists(file)) {
                        throw InvalidInputException.of("results", file.toString(), file + " exists: add --resume to continue that sweep, or give "
                                + "another file");
                    }
                    Path folder = file.toAbsolutePath().getParent();
                    if (folder == null || !Files.isDirectory(folder)) {
                        throw InvalidInputException.of("results", file.toString(), "folder " + folder + " does not exist");
                    }
                    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    w.write(SweepWriter.HEADER + "\n");
                    w.flush();
                    return new ResultsFile(w);
                }
                if (!Files.isRegularFile(file)) {
                    throw InvalidInputException.of("results", file.toString(), "--resume reads " + file + ", which does not exist");
                }
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (!text.startsWith(SweepWriter.HEADER + "\n")) {
                    throw InvalidInputException.of("results", file.toString(), file + " is not a sweep's results file (its first line is not "
                            + SweepWriter.HEADER + ")");
                }
                // keep the whole lines; a last line without its newline was cut short by a kill
                int end = text.lastIndexOf('\n') + 1;
                for (String line : text.substring(SweepWriter.HEADER.length() + 1, end).split("\n")) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    SweepResult.Run run = SweepWriter.parse(line);
                    if (run == null) {
                        throw InvalidInputException.of("results", file.toString(), file + ": cannot read the line '" + line + "'");
                    }
                    previous.add(run);
                }
                long keep = new String(text.substring(0, end)).getBytes(StandardCharsets.UTF_8).length;
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(keep);
                }
                return new ResultsFile(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)));
            } catch (IOException e) {
                throw InvalidInputException.of("results", file.toString(), "cannot use " + file + ": " + e.getMessage());
            }
        }

        /** Appends one run and flushes it; called from the threads that run. */
        synchronized void append(SweepResult.Run run) {
            if (writer == null) {
                return;
            }
            try {
                writer.write(SweepWriter.line(run));
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the results file: " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized void close() {
            if (writer != null) {
                try {
                    writer.close();
                } catch (IOException ignored) {
                    // every line was flushed when written
                }
            }
        }
    }
}
