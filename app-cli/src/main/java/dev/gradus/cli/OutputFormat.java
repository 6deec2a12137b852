package dev.gradus.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The formats a run can be written in. */
enum OutputFormat {
    CSV, JSON, TABLE;

    /**
     * The format to use when none is named: from the output file's extension ({@code .csv},
     * {@code .json}), else {@code table} on a terminal and {@code csv} otherwise.
     */
    static OutputFormat infer(Path output, boolean stdoutIsTerminal) {
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            return CSV;
        }
        return stdoutIsTerminal ? TABLE : CSV;
    }
}
