package dev.gradus.objectives;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this module's providers (the catalog and formulas), reported in their
 * {@link dev.gradus.api.spi.ProviderInfo}: the Maven project version, written into
 * {@code build.properties} when the module is built.
 */
public final class BuildInfo {
    /** The module's version, such as {@code 0.1.0-SNAPSHOT}. */
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
