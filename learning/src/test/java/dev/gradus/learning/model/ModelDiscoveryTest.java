package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The models are found the way a host finds any plugin: through {@code META-INF/services}. */
class ModelDiscoveryTest {

    @Test
    void serviceLoaderFindsEveryModel() {
        assertThat(models()).extracting(p -> p.info().id())
                .containsExactlyInAnyOrder("linear-regression", "polynomial-regression", "logistic-regression", "mlp");
    }

    @Test
    void everyModelNeedsDataAndReportsItsVersions() {
        assertThat(models()).allSatisfy(p -> {
            assertThat(p.dataUse()).isEqualTo(ObjectiveProvider.DataUse.REQUIRED);
            assertThat(p.info().apiVersion()).isEqualTo(GradusApi.VERSION);
            assertThat(p.info().version()).isNotBlank().doesNotContain("${");
            assertThat(p.parameters().names()).contains("l2");
        });
    }

    private static List<ObjectiveProvider> models() {
        return ServiceLoader.load(ObjectiveProvider.class).stream()
                .filter(p -> p.type().getPackageName().equals(ModelDiscoveryTest.class.getPackageName())).map(ServiceLoader.Provider::get).toList();
    }
}
