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
    void serviceLoaderFindsEveryCatalogObjective() {
        assertThat(ServiceLoader.load(ObjectiveProvider.class).stream()
                .filter(p -> p.type().getPackageName().equals(CatalogDiscoveryTest.class.getPackageName())).map(p -> p.get().info().id()))
                .containsExactlyInAnyOrder("sphere", "elongated-bowl", "rosenbrock", "beale", "himmelblau", "booth", "shifted-bowl", "matyas",
                        "three-hump-camel", "six-hump-camel", "goldstein-price", "mccormick", "levi-13", "easom", "parabola", "wavy-polynomial",
                        "ackley", "saddle", "monkey-saddle", "rastrigin", "styblinski-tang", "ill-conditioned-quadratic", "bukin-6",
                        "cross-in-tray", "eggholder", "holder-table");
    }

    @Test
    void everyCatalogProviderMakesADifferentiableObjectiveAtItsDefaults() {
        for (ObjectiveProvider provider : CatalogCase.providers()) {
            int n = provider.dimensions().preferred();

            assertThat(provider.create(new ObjectiveContext(n, provider.parameters().defaults(), 0)))
                    .as(provider.info().id()).isInstanceOf(DifferentiableObjective.class)
                    .satisfies(objective -> assertThat(objective.dimension()).isEqualTo(n));
        }
    }
}
