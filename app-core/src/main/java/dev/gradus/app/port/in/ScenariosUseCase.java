package dev.gradus.app.port.in;

import java.nio.file.Path;
import java.util.List;

/** Run specifications: the built-in scenarios, and the user's files. */
public interface ScenariosUseCase {

    /** The built-in scenarios: the book's optimizer comparison and each seed article's experiment. */
    List<RunSpec> builtIn();

    /**
     * Reads a specification file.
     *
     * @throws InvalidInputException (field {@code spec}) naming the file and the JSON path of the problem
     */
    RunSpec read(Path file);

    /**
     * Writes a specification file atomically: a failed write leaves no partial file and the old one intact.
     *
     * @throws InvalidInputException (field {@code spec}) when the file cannot be written, saying why
     */
    void write(RunSpec spec, Path file);
}
