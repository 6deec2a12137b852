package dev.gradus.api.spi;

import dev.gradus.api.param.ParameterSpace;

/**
 * What every provider has: an identity and the parameters it accepts.
 *
 * <p>Providers are found by {@link java.util.ServiceLoader}; they need a public no-argument
 * constructor that does no work (no I/O, no large allocation), since every provider on the class
 * path and in every plugin folder is constructed at start-up. Expensive work belongs in
 * {@code create}.
 */
public interface Provider {

    /** Identity of this provider; must return equal values on every call. */
    ProviderInfo info();

    /** The parameters {@code create} accepts; empty by default. Must return equal values on every call. */
    default ParameterSpace parameters() {
        return ParameterSpace.empty();
    }
}
