package dev.gradus.app.plugin;

import dev.gradus.app.port.in.InvalidInputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders to search for plugin jars: those named explicitly (the command line's
 * {@code --plugin-dir}, which must exist) followed by those of the {@code GRADUS_PLUGIN_PATH}
 * environment variable (a missing one is reported as a problem, not refused).
 *
 * @param explicit        folders named explicitly, checked to exist
 * @param fromEnvironment folders from the environment variable
 */
public record PluginFolders(List<Path> explicit, List<Path> fromEnvironment) {

    /** The environment variable that lists plugin folders, separated like a class path. */
    public static final String ENVIRONMENT_VARIABLE = "GRADUS_PLUGIN_PATH";

    /** No plugin folders. */
    public static final PluginFolders NONE = new PluginFolders(List.of(), List.of());

    public PluginFolders {
        explicit = List.copyOf(explicit);
        fromEnvironment = List.copyOf(fromEnvironment);
    }

    /**
     * The folders from explicit paths and the environment variable's value.
     *
     * @param explicit    folders named explicitly
     * @param environment the value of {@value #ENVIRONMENT_VARIABLE}, or null
     * @throws InvalidInputException naming every explicit folder that does not exist or is not a folder
     */
    public static PluginFolders resolve(List<Path> explicit, String environment) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (Path folder : explicit) {
            if (!Files.exists(folder)) {
                problems.add(new InvalidInputException.Problem("plugin-dir", folder.toString(), "folder " + folder + " does not exist"));
            } else if (!Files.isDirectory(folder)) {
                problems.add(new InvalidInputException.Problem("plugin-dir", folder.toString(),
                        folder + " is a file; give the folder that holds plugin jars"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Path> env = new ArrayList<>();
        if (environment != null) {
            for (String entry : environment.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    env.add(Path.of(entry.strip()));
                }
            }
        }
        return new PluginFolders(explicit, env);
    }

    /** Every folder once, explicit ones first, in order. */
    public List<Path> all() {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path p : explicit) {
            seen.add(p.toAbsolutePath().normalize());
        }
        for (Path p : fromEnvironment) {
            seen.add(p.toAbsolutePath().normalize());
        }
        return List.copyOf(seen);
    }
}
