package dev.gradus.api.spi;

/**
 * The version of this API. A provider reports the version it was compiled against by returning
 * {@link #VERSION} in its {@link ProviderInfo}: the constant is inlined by the compiler, so the
 * value recorded in a plugin's class file is the API version the plugin was built for.
 *
 * <p>Versions are {@code MAJOR.MINOR}. A host accepts a provider built for the same major version
 * and a minor version no newer than its own; a provider built for a newer API is refused with a
 * message, never loaded half-way.
 */
public final class GradusApi {
    /** The API version of this build, {@code MAJOR.MINOR}. */
    public static final String VERSION = "1.3";

    private GradusApi() {
    }

    /**
     * Whether a provider compiled against {@code apiVersion} can run on this API.
     *
     * @param apiVersion a {@code MAJOR.MINOR} version string
     * @return true when the major versions are equal and the provider's minor is not newer
     */
    public static boolean supports(String apiVersion) {
        int[] theirs = parse(apiVersion);
        int[] ours = parse(VERSION);
        return theirs != null && theirs[0] == ours[0] && theirs[1] <= ours[1];
    }

    /** Whether {@code text} has the {@code MAJOR.MINOR} form. */
    public static boolean isWellFormed(String text) {
        return parse(text) != null;
    }

    private static int[] parse(String text) {
        if (text == null || !text.matches("\\d{1,4}\\.\\d{1,4}")) {
            return null;
        }
        int dot = text.indexOf('.');
        return new int[] {Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1))};
    }
}
