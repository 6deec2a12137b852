package dev.gradus.learning.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.spi.DataSetProvider;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The promise of {@link DataSetProvider#create}: the same seed and values give the same data bit for bit. */
class ReproducibilityTest {

    static Stream<DataSetProvider> providers() {
        return Stream.of(new Xor(), new TwoMoons(), new Circles(), new Spirals(), new GaussianBlobs(), new NoisyLine(), new NoisyPolynomial());
    }

    static Stream<DataSetProvider> randomProviders() {
        return providers().filter(p -> !(p instanceof Xor));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void theSameSeedGivesBitIdenticalData(DataSetProvider provider) {
        for (long seed : List.of(0L, 1L, -7L, Long.MAX_VALUE)) {
            DataSet first = Generate.from(provider, seed);
            DataSet again = Generate.from(provider, seed);

            assertThat(Arrays.equals(first.featureMatrix(), again.featureMatrix())).as("features, seed %d", seed).isTrue();
            assertThat(Arrays.equals(first.targetVector(), again.targetVector())).as("targets, seed %d", seed).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomProviders")
    void differentSeedsGiveDifferentData(DataSetProvider provider) {
        DataSet zero = Generate.from(provider, 0);
        DataSet one = Generate.from(provider, 1);

        assertThat(Arrays.equals(zero.featureMatrix(), one.featureMatrix()) && Arrays.equals(zero.targetVector(), one.targetVector())).isFalse();
        assertThat(one.size()).isEqualTo(zero.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomProviders")
    void aFreshProviderInstanceGivesTheSameData(DataSetProvider provider) throws ReflectiveOperationException {
        DataSetProvider other = provider.getClass().getConstructor().newInstance();

        assertThat(Arrays.equals(Generate.from(other, 42).featureMatrix(), Generate.from(provider, 42).featureMatrix())).isTrue();
    }

    /**
     * Fingerprints ({@link Arrays#hashCode(double[])}, which the JDK specifies bit by bit) of each
     * data set at its defaults for seed 42, recorded from this implementation. A failure means the
     * numbers for a seed changed: on purpose, raise {@link Recipes#VERSION} and record the new ones.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "xor            | -733712639  | -1039263871",
        "two-moons      | 1027180797  | 1633343233",
        "circles        | -1350913208 | 1633343233",
        "spirals        | -943652480  | 1633343233",
        "gaussian-blobs | -227093114  | 2031913281",
        "line           | 246054518   | -908117374",
        "polynomial     | -584110084  | -1772736374",
    })
    void theNumbersOfSeed42AreTheRecordedOnes(String id, int features, int targets) {
        DataSetProvider provider = providers().filter(p -> p.info().id().equals(id)).findFirst().orElseThrow();
        DataSet data = Generate.from(provider, 42);

        assertThat(Arrays.hashCode(data.featureMatrix())).isEqualTo(features);
        assertThat(Arrays.hashCode(data.targetVector())).isEqualTo(targets);
    }

    @Test
    void theFirstTwoMoonsPointOfSeed42IsTheRecordedOne() {
        DataSet data = Generate.from(new TwoMoons(), 42);

        assertThat(data.feature(0, 0)).isEqualTo(1.0420517486947614);
        assertThat(data.feature(0, 1)).isEqualTo(0.10118040919508849);
    }
}
