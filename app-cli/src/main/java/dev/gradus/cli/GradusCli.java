package dev.gradus.cli;

import dev.gradus.api.error.GradusException;
import dev.gradus.api.error.SyntaxException;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.UnknownProviderException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code gradus} command: builds the picocli command tree over a {@link CliContext} and turns
 * every error into one clear line and an exit code (see {@link ExitCode}).
 */
@Command(name = "gradus", mixinStandardHelpOptions = true, versionProvider = GradusCli.Version.class,
        description = "First-order optimization on the JVM: run, inspect and compare optimizers on objectives.",
        footer = {"", "Exit codes: 0 finished, 2 usage error, 3 diverged, 1 other failure, 130 interrupted."})
public final class GradusCli implements Runnable {
    /**
     * The subcommands, in the order help lists them. Added by {@link #commandLine} rather than
     * named in the annotation, so that a command line starting with one of them builds the model
     * of that one only: picocli reflects over every option of every command it is given, which
     * was a third of a run's start-up.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(ListCommand.class, DescribeCommand.class, RunSubcommand.class,
            CompareSubcommand.class, SweepSubcommand.class, ScenarioCommand.class, GradientCommand.class, GuiCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = "--plugin-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Also load plugins from the jars in DIR (repeatable; GRADUS_PLUGIN_PATH lists more).")
    List<Path> pluginDirs = new ArrayList<>();

    final CliContext context;

    GradusCli(CliContext context) {
        this.context = context;
    }

    /**
     * Runs {@code gradus} with {@code args} and returns the exit code.
     *
     * @param context streams, environment, terminal and cancellation
     * @param args    the command line
     */
    public static int execute(CliContext context, String... args) {
        CommandLine cli = commandLine(context, args.length > 0 ? args[0] : null);
        cli.setOut(new java.io.PrintWriter(context.out(), true));
        cli.setErr(new java.io.PrintWriter(context.err(), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, arguments) -> {
            context.err().println("gradus: " + e.getMessage());
            context.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(context, e));
        return cli.execute(args);
    }

    /**
     * The command tree for a command line whose first word is {@code first}: {@code gradus} with
     * only that subcommand when {@code first} names one (other than {@code help}, which needs them
     * all), else with every subcommand. Either tree parses a command line starting with that word
     * the same way, with the same messages.
     */
    static CommandLine commandLine(CliContext context, String first) {
        CommandLine cli = new CommandLine(new GradusCli(context));
        Class<?> only = first == null ? null : SUBCOMMANDS.get(first);
        if (only != null && only != CommandLine.HelpCommand.class) {
            cli.addSubcommand(first, only);
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        return cli;
    }

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    @Override
    public void run() {
        List<String> names = SUBCOMMANDS.keySet().stream().filter(name -> !name.equals("help")).toList();
        context.err().println("gradus: a command is required: " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1));
        commandLine(context, null).usage(context.err());
        throw new UsageMissing();
    }

    /** Thrown when no subcommand was given, so the exit code is a usage error. */
    static final class UsageMissing extends GradusException {
        private static final long serialVersionUID = 1L;

        UsageMissing() {
            super("");
        }
    }

    /** Prints an exception as one line per problem and returns the exit code it deserves. */
    static int report(CliContext context, Exception e) {
        if (e instanceof UsageMissing) {
            return ExitCode.USAGE;
        }
        if (e instanceof InvalidParametersException invalid) {
            for (ParameterViolation violation : invalid.violations()) {
                context.err().println("gradus: " + violation.message());
            }
            return ExitCode.USAGE;
        }
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                context.err().println("gradus: " + option(problem.field()) + ": " + problem.reason());
            }
            return ExitCode.USAGE;
        }
        if (e instanceof SyntaxException syntax) {
            context.err().println("gradus: " + option(syntax.parameter()) + ": " + syntax.problem() + " (column " + syntax.column() + ")");
            context.err().println(syntax.caret("  "));
            return ExitCode.USAGE;
        }
        if (e instanceof UnknownProviderException) {
            context.err().println("gradus: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof GradusException) {
            context.err().println("gradus: error: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (e instanceof UncheckedIOException io) {
            context.err().println("gradus: error: " + io.getCause().getMessage());
            return ExitCode.FAILURE;
        }
        context.err().println("gradus: internal error (please report it): " + e);
        e.printStackTrace(context.err());
        return ExitCode.FAILURE;
    }

    /**
     * The option a command field is given with: {@code --start} for start, {@code --dim} for
     * dimension, {@code --expression} for a formula's expression.
     */
    static String option(String field) {
        return field.equals("dimension") ? "--dim" : "--" + field;
    }

    /** {@code gradus --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gradus " + BuildInfo.VERSION + " (plugin API " + GradusApi.VERSION + ")",
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
