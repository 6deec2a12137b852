package dev.gradus.learning.sampled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.objectives.catalog.WavyPolynomial;
import org.junit.jupiter.api.Test;

/** The samples sit exactly at numpy's linspace and are a pure function of the seed. */
class NoisySamplesTest {

    @Test
    void sampleAbscissaeAreNumpysLinspaceToTheBit() {
        // printed by numpy 2.4: repr(float(np.linspace(-10, 10, n)[i]))
        double[] hundred = NoisySamples.draw(100, 0.2, 1).xs();
        assertThat(hundred).hasSize(100);
        assertThat(hundred[0]).isEqualTo(-10.0);
        assertThat(hundred[1]).isEqualTo(-9.797979797979798);
        assertThat(hundred[33]).isEqualTo(-3.333333333333333);
        assertThat(hundred[49]).isEqualTo(-0.10101010101010033);
        assertThat(hundred[50]).isEqualTo(0.10101010101010033);
        assertThat(hundred[66]).isEqualTo(3.333333333333334);
        assertThat(hundred[98]).isEqualTo(9.7979797979798);
        assertThat(hundred[99]).isEqualTo(10.0);

        assertThat(NoisySamples.draw(7, 0.2, 1).xs())
                .containsExactly(-10.0, -6.666666666666666, -3.333333333333333, 0.0, 3.333333333333334, 6.666666666666668, 10.0);

        double[] thousand = NoisySamples.draw(1000, 0.2, 1).xs();
        assertThat(thousand[1]).isEqualTo(-9.97997997997998);
        assertThat(thousand[500]).isEqualTo(0.010010010010010006);
        assertThat(thousand[777]).isEqualTo(5.555555555555555);
        assertThat(thousand[998]).isEqualTo(9.97997997997998);
    }

    @Test
    void theSameSeedGivesTheSameSamplesBitForBit() {
        NoisySamples first = NoisySamples.draw(100, 0.2, 42);
        NoisySamples second = NoisySamples.draw(100, 0.2, 42);

        assertThat(first.ys()).isNotSameAs(second.ys());
        for (int i = 0; i < 100; i++) {
            assertThat(Double.doubleToRawLongBits(second.ys()[i])).as("y_%d", i).isEqualTo(Double.doubleToRawLongBits(first.ys()[i]));
            assertThat(Double.doubleToRawLongBits(second.xs()[i])).as("x_%d", i).isEqualTo(Double.doubleToRawLongBits(first.xs()[i]));
        }
    }

    @Test
    void differentSeedsGiveDifferentNoiseAtTheSameAbscissae() {
        NoisySamples first = NoisySamples.draw(100, 0.2, 42);
        NoisySamples second = NoisySamples.draw(100, 0.2, 43);

        assertThat(second.xs()).containsExactly(first.xs());
        int differing = 0;
        for (int i = 0; i < 100; i++) {
            differing += first.ys()[i] != second.ys()[i] ? 1 : 0;
        }
        assertThat(differing).isEqualTo(100);
    }

    @Test
    void withoutNoiseEverySampleIsOnTheWavyPolynomial() {
        NoisySamples exact = NoisySamples.draw(100, 0, 5);
        double[] c = WavyPolynomial.coefficients();
        for (int i = 0; i < 100; i++) {
            double x = exact.xs()[i];
            double p = 0;
            for (int k = 6; k >= 0; k--) {
                p = p * x + c[k];
            }
            assertThat(exact.ys()[i]).isEqualTo(p);
        }
    }

    @Test
    void theNoiseHasTheRequestedDeviation() {
        NoisySamples exact = NoisySamples.draw(100_000, 0, 9);
        NoisySamples noisy = NoisySamples.draw(100_000, 0.2, 9);
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < 100_000; i++) {
            double e = noisy.ys()[i] - exact.ys()[i];
            sum += e;
            sumOfSquares += e * e;
        }
        double mean = sum / 100_000;
        // five standard errors: 0.2 / sqrt(n) for the mean, about 0.2 / sqrt(2 n) for the deviation
        assertThat(mean).isCloseTo(0, within(5 * 0.2 / Math.sqrt(100_000)));
        assertThat(Math.sqrt(sumOfSquares / 100_000 - mean * mean)).isCloseTo(0.2, within(5 * 0.2 / Math.sqrt(200_000)));
    }

    @Test
    void refusesTooFewPointsAndNegativeOrInfiniteNoise() {
        assertThatThrownBy(() -> NoisySamples.draw(1, 0.2, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points >= 2");
        assertThatThrownBy(() -> NoisySamples.draw(10, -0.1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noise >= 0");
        assertThatThrownBy(() -> NoisySamples.draw(10, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoisySamples.draw(10, Double.POSITIVE_INFINITY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
