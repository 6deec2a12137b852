package dev.gradus.cli;

/** The process exit codes of {@code gradus}. */
public final class ExitCode {
    /** The run finished: budget or tolerance reached; or the command did its job. */
    public static final int OK = 0;
    /** Something failed that is not the user's input: a provider threw, a file could not be written. */
    public static final int FAILURE = 1;
    /** The command line or its values were refused. */
    public static final int USAGE = 2;
    /** The run diverged (NaN or infinity); its output was still written, up to that step. */
    public static final int DIVERGED = 3;
    /** Interrupted (Ctrl-C): no output file was left behind. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
