package dev.gradus.impl;

import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;

/**
 * The identity shared by the built-in providers: this module's version and the API it was compiled
 * against. Public only because the providers live in sub-packages.
 */
public final class BuiltIns {

    private BuiltIns() {
    }

    /** A built-in provider's info, with {@link BuildInfo#VERSION} and {@link GradusApi#VERSION}. */
    public static ProviderInfo info(String id, String displayName, String description) {
        return new ProviderInfo(id, displayName, BuildInfo.VERSION, GradusApi.VERSION, description);
    }
}
