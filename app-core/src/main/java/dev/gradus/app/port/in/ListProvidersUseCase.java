package dev.gradus.app.port.in;

/** Lists what was discovered, with origins and problems. */
public interface ListProvidersUseCase {

    /** Every provider and every discovery problem. */
    ProviderListing list();
}
