package dev.gradus.figures;

import java.util.Locale;

/** The file formats figures are exported to, each known by its file name extension. */
public enum FigureFormat {
    /** A still image: a chart rendered once. */
    PNG(".png"),
    /** An animation looping forever, or a still image with at most 256 colours. */
    GIF(".gif");

    private final String extension;

    FigureFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, lower case with its dot: {@code ".png"}. */
    public String extension() {
        return extension;
    }

    /** Whether {@code fileName} ends in this format's extension, in any case. */
    boolean names(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(extension);
    }
}
