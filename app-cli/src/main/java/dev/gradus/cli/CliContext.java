package dev.gradus.cli;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.PluginProblem;
import dev.gradus.app.port.out.Cancellation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every command works with: the streams, the environment, the terminal, the cancellation flag
 * raised by Ctrl-C, and the application, started once on first use with the plugin folders the
 * command line named.
 */
public final class CliContext {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final Terminal terminal;
    private final Cancellation cancellation;
    private GradusApplication application;

    /**
     * @param out          standard output
     * @param err          standard error
     * @param environment  environment variables ({@code GRADUS_PLUGIN_PATH})
     * @param terminal     which streams are terminals
     * @param cancellation raised when the user interrupts
     */
    public CliContext(PrintStream out, PrintStream err, Map<String, String> environment, Terminal terminal, Cancellation cancellation) {
        this.out = out;
        this.err = err;
        this.environment = Map.copyOf(environment);
        this.terminal = terminal;
        this.cancellation = cancellation;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Terminal terminal() {
        return terminal;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    /**
     * The application, started on first call: discovery over the class path, {@code pluginDirs}
     * and {@code GRADUS_PLUGIN_PATH}.
     *
     * @param pluginDirs     folders named with {@code --plugin-dir}
     * @param reportProblems whether to print discovery problems on standard error (commands that
     *                       show them in their own output say no)
     * @throws dev.gradus.app.port.in.InvalidInputException when a named folder does not exist
     */
    public GradusApplication application(List<Path> pluginDirs, boolean reportProblems) {
        if (application == null) {
            application = GradusApplication.start(PluginFolders.resolve(pluginDirs, environment.get(PluginFolders.ENVIRONMENT_VARIABLE)));
            if (reportProblems) {
                for (PluginProblem problem : application.pluginProblems()) {
                    err.println("gradus: plugin problem: " + problem.message());
                }
            }
        }
        return application;
    }
}
