package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.app.port.out.Cancellation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command tree is built for the first word only when that word is a subcommand: the smaller
 * tree must parse and describe that subcommand exactly as the full one does.
 */
class CommandTreeTest {
    private static final CliContext CONTEXT = new CliContext(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(), Terminal.NONE, Cancellation.NEVER);

    @Test
    void aSubcommandAsTheFirstWordBuildsThatSubcommandOnly() {
        assertThat(GradusCli.commandLine(CONTEXT, "run").getSubcommands()).containsOnlyKeys("run");
        assertThat(GradusCli.commandLine(CONTEXT, "scenario").getSubcommands().get("scenario").getSubcommands())
                .containsOnlyKeys("list", "show", "run");
    }

    @Test
    void anythingElseBuildsEverySubcommandInHelpOrder() {
        String[] all = {"list", "describe", "run", "compare", "sweep", "scenario", "gradient", "gui", "help"};

        assertThat(GradusCli.commandLine(CONTEXT, null).getSubcommands().keySet()).containsExactly(all);
        assertThat(GradusCli.commandLine(CONTEXT, "help").getSubcommands().keySet()).containsExactly(all);
        assertThat(GradusCli.commandLine(CONTEXT, "--plugin-dir").getSubcommands().keySet()).containsExactly(all);
        assertThat(GradusCli.commandLine(CONTEXT, "rn").getSubcommands().keySet()).containsExactly(all);
    }

    @Test
    void eachSubcommandAloneHasTheUsageAndInheritedOptionsItHasInTheFullTree() {
        CommandLine full = GradusCli.commandLine(CONTEXT, null);
        for (String name : GradusCli.SUBCOMMANDS.keySet()) {
            CommandLine alone = GradusCli.commandLine(CONTEXT, name.equals("help") ? "run" : name).getSubcommands().values().iterator().next();
            CommandLine within = full.getSubcommands().get(alone.getCommandName());

            assertThat(alone.getUsageMessage()).as(name).isEqualTo(within.getUsageMessage());
            assertThat(alone.getCommandSpec().findOption("--plugin-dir")).as(name).isNotNull();
        }
    }

    @Test
    void aRunThroughTheSmallTreeReadsTheInheritedPluginFolder() {
        CliHarness.Outcome outcome = CliHarness.run("run", "--plugin-dir", "/no/such/folder", "--objective", "sphere", "--optimizer", "sgd", "--steps", "1");

        assertThat(outcome.code()).isEqualTo(ExitCode.USAGE);
        assertThat(outcome.err()).contains("/no/such/folder");
    }
}
