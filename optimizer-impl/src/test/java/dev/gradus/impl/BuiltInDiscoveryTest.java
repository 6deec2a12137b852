package dev.gradus.impl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.Provider;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltInDiscoveryTest {

    @Test
    void serviceLoaderFindsEveryTorchOptimizerAndTheTwoTextbookVariants() {
        assertThat(ServiceLoader.load(OptimizerProvider.class).stream().map(p -> p.get().info().id())).containsExactly("sgd", "adam",
                "adagrad", "rmsprop", "adadelta", "adamw", "adamax", "nadam", "radam", "asgd", "rprop", "lbfgs", "textbook-nesterov", "textbook-adam");
    }

    @Test
    void serviceLoaderFindsExactlyTheExactAndTheNumericalEstimators() {
        assertThat(ServiceLoader.load(GradientEstimatorProvider.class).stream().map(p -> p.get().info().id()))
                .containsExactly("analytic", "autodiff", "forward", "central", "five-point");
    }

    @Test
    void everyBuiltInReportsThisModulesVersionAndTheApiItWasCompiledAgainst() {
        Stream<Provider> all = Stream.concat(ServiceLoader.load(OptimizerProvider.class).stream().map(p -> (Provider) p.get()),
                ServiceLoader.load(GradientEstimatorProvider.class).stream().map(p -> (Provider) p.get()));

        assertThat(all).hasSize(19).allSatisfy(p -> {
            assertThat(p.info().version()).isEqualTo(BuildInfo.VERSION).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
            assertThat(p.info().apiVersion()).isEqualTo(GradusApi.VERSION);
        });
    }
}
