package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The catalog is found the way a host finds any plugin: through {@code META-INF/services}. */
class CatalogDiscoveryTest {

    @Test
    void serviceLoaderFindsExactlyTheSixCatalogObjectives() {
        assertThat(CatalogCase.providers().stream().map(p -> p.info().id()))
                .containsExactlyInAnyOrder("sphere", "elongated-bowl", "rosenbrock", "beale", "himmelblau", "booth", "shifted-bowl", "matyas",
                        "three-hump-camel", "six-hump-camel", "goldstein-price", "mccormick", "levi-13", "easom");
    }

    @Test
    void everyRegisteredProviderMakesADifferentiableObjectiveAtItsDefaults() {
        for (ServiceLoader.Provider<ObjectiveProvider> registered : ServiceLoader.load(ObjectiveProvider.class).stream().toList()) {
            ObjectiveProvider provider = registered.get();
            int n = provider.dimensions().preferred();

            assertThat(provider.create(new ObjectiveContext(n, provider.parameters().defaults(), 0)))
                    .as(provider.info().id()).isInstanceOf(DifferentiableObjective.class)
                    .satisfies(objective -> assertThat(objective.dimension()).isEqualTo(n));
        }
    }
}
