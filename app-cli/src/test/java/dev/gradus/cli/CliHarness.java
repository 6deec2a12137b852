package dev.gradus.cli;

import dev.gradus.app.port.out.Cancellation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process, as {@code main} would, capturing its streams and exit code. */
final class CliHarness {
    private CliHarness() {
    }

    /** What one invocation did. */
    record Outcome(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Outcome run(String... args) {
        return run(Map.of(), args);
    }

    static Outcome run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment, Terminal.NONE, Cancellation.NEVER);
        int code = GradusCli.execute(context, args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
