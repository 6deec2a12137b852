package dev.gradus.objectives.catalog;

import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Gradus version this catalog was built as, shared by its providers' infos. */
final class BuildInfo {
    static final String VERSION = load();

    private BuildInfo() {
    }

    static ProviderInfo info(String id, String displayName, String description) {
        return new ProviderInfo(id, displayName, VERSION, GradusApi.VERSION, description);
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
