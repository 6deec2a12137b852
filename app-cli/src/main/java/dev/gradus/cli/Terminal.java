package dev.gradus.cli;

/**
 * Whether standard output and standard error are terminals. The {@code ./gradus} launcher knows
 * (the shell's {@code [ -t 1 ]}) and passes it as the system properties {@code gradus.stdout.tty}
 * and {@code gradus.stderr.tty}; without them, standard output counts as a terminal when the JVM
 * has a console, standard error never does.
 *
 * @param stdout whether standard output is a terminal
 * @param stderr whether standard error is a terminal
 */
public record Terminal(boolean stdout, boolean stderr) {

    /** Neither is a terminal: what tests and pipes see. */
    public static final Terminal NONE = new Terminal(false, false);

    /** What this process is attached to. */
    public static Terminal detect() {
        String out = System.getProperty("gradus.stdout.tty");
        String err = System.getProperty("gradus.stderr.tty");
        boolean console = System.console() != null;
        return new Terminal(out == null ? console : Boolean.parseBoolean(out), Boolean.parseBoolean(err));
    }
}
