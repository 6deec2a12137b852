package dev.gradus.learning.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterDescriptor;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradusApi;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The data sets are found the way a host finds any plugin: through {@code META-INF/services}. */
class DataSetDiscoveryTest {

    private static List<DataSetProvider> discovered() {
        return ServiceLoader.load(DataSetProvider.class).stream()
                .filter(p -> p.type().getPackageName().equals(DataSetDiscoveryTest.class.getPackageName()))
                .map(ServiceLoader.Provider::get).toList();
    }

    @Test
    void serviceLoaderFindsEveryDataSet() {
        assertThat(discovered()).extracting(p -> p.info().id())
                .containsExactlyInAnyOrder("xor", "two-moons", "circles", "spirals", "gaussian-blobs", "line", "polynomial");
    }

    @Test
    void everyProviderIsBuiltForThisApiAndReportsTheRecipeVersion() {
        for (DataSetProvider provider : discovered()) {
            assertThat(provider.info().apiVersion()).as(provider.info().id()).isEqualTo(GradusApi.VERSION);
            assertThat(provider.info().version()).as(provider.info().id()).isEqualTo(Recipes.VERSION);
        }
    }

    /** Bounded ranges are what keep every generated number finite, which a DataSet requires. */
    @Test
    void everyNumericParameterIsBoundedOnBothSides() {
        for (DataSetProvider provider : discovered()) {
            for (ParameterDescriptor parameter : provider.parameters().descriptors()) {
                String name = provider.info().id() + " " + parameter.name();
                if (parameter instanceof RealParameter real) {
                    assertThat(real.range().min()).as(name).isFinite();
                    assertThat(real.range().max()).as(name).isFinite();
                } else if (parameter instanceof IntegerParameter integer) {
                    assertThat(integer.min()).as(name).isPositive();
                    assertThat(integer.max()).as(name).isLessThanOrEqualTo(100_000);
                }
            }
        }
    }

    @Test
    void everyProviderMakesItsDataAtItsDefaults() {
        for (DataSetProvider provider : discovered()) {
            DataSet data = provider.create(provider.parameters().defaults(), 0);

            assertThat(data.name()).isEqualTo(provider.info().id());
            assertThat(data.size()).as(provider.info().id()).isPositive();
            assertThat(data.featureNames()).as(provider.info().id()).isIn(List.of("x1", "x2"), List.of("x"));
        }
    }
}
