package dev.gradus.api.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a provider is: the identity shown by {@code gradus list} and used on the command line.
 *
 * @param id          lowercase kebab-case id, unique among providers of one kind ({@code adam},
 *                    {@code elongated-bowl}); what users type
 * @param displayName a short human name ({@code Adam}, {@code Elongated bowl})
 * @param version     the provider's own version, free form ({@code 1.2.0})
 * @param apiVersion  the API version the provider was compiled against: pass {@link GradusApi#VERSION}
 * @param description one or two sentences saying what it is
 */
public record ProviderInfo(String id, String displayName, String version, String apiVersion, String description) {
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Validates every field; a provider whose info is malformed is refused at discovery. */
    public ProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(description, "description");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("id '" + id + "' is not lowercase kebab-case (like 'sign-descent')");
        }
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName of '" + id + "' is blank");
        }
        if (version.isBlank()) {
            throw new IllegalArgumentException("version of '" + id + "' is blank");
        }
        if (!GradusApi.isWellFormed(apiVersion)) {
            throw new IllegalArgumentException("apiVersion '" + apiVersion + "' of '" + id + "' is not MAJOR.MINOR");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("description of '" + id + "' is blank");
        }
    }

    /** Whether {@code id} is lowercase kebab-case: letters and digits in dash-separated words, starting with a letter. */
    public static boolean isValidId(String id) {
        return id != null && KEBAB_CASE.matcher(id).matches();
    }
}
