package dev.gradus.impl;

import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The identity shared by the built-in providers of this module: Gradus's version and API. */
public final class BuiltIns {
    /** The Gradus version this module was built as. */
    public static final String VERSION = load();

    private BuiltIns() {
    }

    /** A built-in provider's info. */
    public static ProviderInfo info(String id, String displayName, String description) {
        return new ProviderInfo(id, displayName, VERSION, GradusApi.VERSION, description);
    }

    private static String load() {
        try (InputStream in = BuiltIns.class.getResourceAsStream("build.properties")) {
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
