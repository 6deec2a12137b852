package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.data.SeededRandom;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mlp's suggested start is its initialisation drawn from the run's seed. */
class InitializationTest {

    @Test
    void theSameSeedGivesTheSameStartAndAnotherSeedAnother() {
        double[] first = start(7, Map.of());

        assertThat(start(7, Map.of())).containsExactly(first);
        assertThat(start(8, Map.of())).isNotEqualTo(first);
        assertThat(Arrays.stream(first).distinct().count()).isEqualTo(42);
    }

    @Test
    void torchInitialisationIsUniformWithinOneOverTheRootOfFanIn() {
        double[] theta = start(1, Map.of("layers", "2-100-2"));

        // layer 1: 200 weights then 100 biases, fan_in 2; layer 2: 200 weights then 2 biases, fan_in 100
        assertThat(maxAbs(theta, 0, 300)).isLessThanOrEqualTo(1 / Math.sqrt(2)).isGreaterThan(0.95 / Math.sqrt(2));
        assertThat(maxAbs(theta, 300, 502)).isLessThanOrEqualTo(0.1).isGreaterThan(0.095);
    }

    @Test
    void normalInitialisationIsSeed003sRandnTimesScaleWithZeroBiases() {
        double[] theta = start(3, Map.of("init", "normal", "init_scale", 0.1));
        SeededRandom random = SeededRandom.of(3, "init");

        for (int k = 0; k < 16; k++) {
            assertThat(theta[k]).as("w1").isEqualTo(random.nextGaussian() * 0.1);
        }
        assertThat(Arrays.copyOfRange(theta, 16, 24)).as("b1").containsOnly(0);
        for (int k = 24; k < 40; k++) {
            assertThat(theta[k]).as("w2").isEqualTo(random.nextGaussian() * 0.1);
        }
        assertThat(Arrays.copyOfRange(theta, 40, 42)).as("b2").containsOnly(0);
    }

    @Test
    void xavierAndHeDrawWeightsOnlyAtTheirScales() {
        double[] xavier = start(2, Map.of("layers", "2-400-2", "init", "xavier"));
        double[] he = start(2, Map.of("layers", "2-400-2", "init", "he"));

        assertThat(maxAbs(xavier, 0, 800)).isLessThanOrEqualTo(Math.sqrt(6.0 / 402)).isGreaterThan(0.95 * Math.sqrt(6.0 / 402));
        assertThat(Arrays.copyOfRange(xavier, 800, 1200)).containsOnly(0);
        // the first layer's 800 weights are N(0, 2/2): their mean square is near 1
        assertThat(Arrays.stream(he, 0, 800).map(v -> v * v).average().orElseThrow()).isBetween(0.85, 1.15);
        assertThat(Arrays.copyOfRange(he, 800, 1200)).containsOnly(0);
    }

    private static double[] start(long seed, Map<String, ?> values) {
        return Fixtures.create(Fixtures.MLP, Fixtures.xor(), seed, values).metadata().suggestedStart();
    }

    private static double maxAbs(double[] values, int from, int to) {
        return Arrays.stream(values, from, to).map(Math::abs).max().orElseThrow();
    }
}
