package dev.gradus.cli;

import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.figures.FigureFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --plot FILE.png|.gif} and {@code --plot-size WxH}, shared by the commands that run. */
final class PlotOptions {
    @Option(names = "--plot", paramLabel = "FILE.png|FILE.gif",
            description = "Also draw the runs: the landscape with the paths (2-D), the curve with the point and tangent (1-D) or the "
                    + "decision regions (a classifier), beside the loss curves; .gif animates it over the steps.")
    String plot;

    @Option(names = "--plot-size", paramLabel = "WxH", description = "The figure's size in pixels (default: ${DEFAULT-VALUE}).")
    String size = "1200x600";

    private int width;
    private int height;

    /**
     * The figure file, checked before any run (a name FigureFiles can tell the format of, in a
     * folder that exists) with its size; null without {@code --plot}.
     *
     * @throws InvalidInputException naming --plot or --plot-size
     */
    Path file() {
        if (plot == null) {
            return null;
        }
        Path file = Path.of(plot);
        try {
            FigureFiles.format(file);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("plot", plot, e.getMessage());
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw InvalidInputException.of("plot", plot, "folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw InvalidInputException.of("plot", plot, plot + " is a folder; give a file name");
        }
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            width = Integer.parseInt(parts[0].strip());
            height = Integer.parseInt(parts[1].strip());
        } catch (RuntimeException e) {
            width = -1;
        }
        if (parts.length != 2 || width < 200 || height < 150 || width > 8000 || height > 8000) {
            throw InvalidInputException.of("plot-size", size, "must be WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, e.g. 1200x600");
        }
        return file;
    }

    /** The figure asked for, checked, as a list of none or one. */
    java.util.List<Plots.Target> targets() {
        Path file = file();
        return file == null ? java.util.List.of() : java.util.List.of(new Plots.Target(file, width, height));
    }

    /**
     * Checks a figure named elsewhere (a specification's {@code figures}) as {@code --plot} is checked.
     *
     * @param field how the figure is named in messages
     */
    static Plots.Target check(String field, String file, int width, int height) {
        PlotOptions options = new PlotOptions();
        options.plot = file;
        options.size = width + "x" + height;
        try {
            return new Plots.Target(options.file(), options.width, options.height);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(field, file, e.problems().get(0).reason());
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
