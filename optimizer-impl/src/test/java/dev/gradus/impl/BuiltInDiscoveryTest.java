package dev.gradus.impl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.Provider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BuiltInDiscoveryTest {

    @Test
    void serviceLoaderFindsTheBuiltInOptimizers() {
        assertThat(ServiceLoader.load(OptimizerProvider.class).stream().map(p -> p.get().info().id())).containsExactly("sgd", "adam");
    }

    @Test
    void serviceLoaderFindsTheBuiltInEstimators() {
        assertThat(ServiceLoader.load(GradientEstimatorProvider.class).stream().map(p -> p.get().info().id()))
                .containsExactly("analytic", "forward", "central");
    }

    @Test
    void builtInsCarryTheGradusVersion() {
        assertThat(BuiltIns.VERSION).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(ServiceLoader.load(OptimizerProvider.class).stream().map(p -> (Provider) p.get()))
                .allSatisfy(p -> assertThat(p.info().version()).isEqualTo(BuiltIns.VERSION));
    }
}
