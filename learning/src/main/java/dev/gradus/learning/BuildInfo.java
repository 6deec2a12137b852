package dev.gradus.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this module's providers, reported in their {@link dev.gradus.api.spi.ProviderInfo}:
 * the Maven project version, written into {@code build.properties} when the module is built.
 */
public final class BuildInfo {
    /** The Maven project version this module was built as. */
    public static final String VERSION = load();

    private BuildInfo() {
    }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
