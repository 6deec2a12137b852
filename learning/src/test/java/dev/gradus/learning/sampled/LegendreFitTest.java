package dev.gradus.learning.sampled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.data.SeededRandom;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Legendre-basis fit is the least-squares polynomial: it agrees with the normal equations of the
 * plain monomial basis solved in 100-digit arithmetic, which shares neither its basis, its scaling
 * nor its solver, so the basis change and the chain rule are checked at once. Rank-deficient batches
 * give the finite minimum-norm fit.
 */
class LegendreFitTest {
    private static final NoisySamples SAMPLES = NoisySamples.draw(100, 0.2, 7);
    private static final double[] X = SAMPLES.xs();
    private static final double[] Y = SAMPLES.ys();

    @Test
    void aBatchFitAgreesWithTheExactMonomialNormalEquations() {
        int[] batch = distinctIndices(10, 100, SeededRandom.of(3, "test"));
        assertAgreesWithExactFit(batch, batch.length, 6);
    }

    @Test
    void theFitToAllSamplesAgreesWithTheExactMonomialNormalEquations() {
        int[] all = IntStream.range(0, 100).toArray();
        assertAgreesWithExactFit(all, all.length, 6);
    }

    @Test
    void aDegreeTwelveFitToAllSamplesAgreesWithTheExactMonomialNormalEquations() {
        int[] all = IntStream.range(0, 100).toArray();
        assertAgreesWithExactFit(all, all.length, 12);
    }

    @Test
    void repeatedSamplesWeighTheirRowsAsLeastSquaresSays() {
        int[] batch = {4, 4, 4, 17, 23, 23, 38, 51, 66, 72, 72, 90, 97};
        assertAgreesWithExactFit(batch, batch.length, 6);
    }

    @Test
    void onlyTheFirstCountIndicesAreUsed() {
        int[] batch = {5, 15, 25, 35, 45, 55, 65, 75, 85, 95, -1, 1000};
        assertAgreesWithExactFit(batch, 10, 6);
    }

    @Test
    void fewerDistinctSamplesThanCoefficientsGiveTheFiniteMinimumNormFitThroughThem() {
        LegendreFit fit = new LegendreFit(6, NoisySamples.HALF_WIDTH);
        double[] c = new double[7];
        int[] batch = {3, 3, 3, 50, 50, 50, 80, 80, 80, 80};

        int rank = fit.fit(X, Y, batch, batch.length, c);

        assertThat(rank).isEqualTo(3);
        assertThat(Arrays.stream(c).allMatch(Double::isFinite)).as("finite coefficients %s", Arrays.toString(c)).isTrue();
        for (int i : new int[] {3, 50, 80}) {
            assertThat(LegendreSeries.value(c, X[i] / 10)).as("through sample %d", i).isCloseTo(Y[i], within(1e-12 * Math.max(1, Math.abs(Y[i]))));
        }
        // minimum norm: c is orthogonal to every c' with A c' = 0, that is, it lies in the span of the rows of A
        assertThat(distanceToRowSpan(c, new int[] {3, 50, 80})).isLessThan(1e-12 * norm(c));
    }

    @Test
    void theRankIsTheNumberOfDistinctSamplesUpToTheNumberOfCoefficients() {
        LegendreFit fit = new LegendreFit(6, NoisySamples.HALF_WIDTH);
        double[] c = new double[7];

        assertThat(fit.fit(X, Y, new int[] {9, 9, 9, 9, 9, 9, 9, 9}, 8, c)).isEqualTo(1);
        assertThat(fit.fit(X, Y, new int[] {0, 20, 40, 60, 80, 0, 20, 40}, 8, c)).isEqualTo(5);
        assertThat(fit.fit(X, Y, new int[] {0, 1, 2, 3, 4, 5, 6}, 7, c)).as("seven neighbours at the edge").isEqualTo(7);
        assertThat(fit.fit(X, Y, new int[] {0, 14, 28, 42, 56, 70, 84, 98}, 8, c)).isEqualTo(7);
    }

    @Test
    void aReusedFitGivesBitForBitWhatAFreshOneGives() {
        LegendreFit reused = new LegendreFit(6, NoisySamples.HALF_WIDTH);
        double[] scratch = new double[7];
        reused.fit(X, Y, IntStream.range(0, 100).toArray(), 100, scratch);
        reused.fit(X, Y, new int[] {1, 1, 1, 2, 2, 2, 2}, 7, scratch);
        int[] batch = {8, 19, 27, 33, 41, 58, 64, 70, 86, 92};
        double[] again = new double[7];
        reused.fit(X, Y, batch, batch.length, again);

        double[] fresh = new double[7];
        new LegendreFit(6, NoisySamples.HALF_WIDTH).fit(X, Y, batch, batch.length, fresh);

        assertThat(again).containsExactly(fresh);
    }

    private static void assertAgreesWithExactFit(int[] indices, int count, int degree) {
        double[] c = new double[degree + 1];
        int rank = new LegendreFit(degree, NoisySamples.HALF_WIDTH).fit(X, Y, indices, count, c);
        ExactMonomialFit exact = ExactMonomialFit.of(X, Y, indices, count, degree);

        assertThat(rank).isEqualTo(degree + 1);
        for (double w = -10; w <= 10; w += 0.25) {
            double value = exact.value(w);
            double derivative = exact.derivative(w);
            assertThat(LegendreSeries.value(c, w / 10)).as("value at %s", w).isCloseTo(value, within(1e-9 * Math.max(1, Math.abs(value))));
            assertThat(LegendreSeries.slope(c, w / 10) / 10).as("derivative at %s", w)
                    .isCloseTo(derivative, within(1e-9 * Math.max(1, Math.abs(derivative))));
        }
    }

    /** The distance from c to the span of the design rows P(x_i / 10) of the given samples (Gram–Schmidt). */
    private static double distanceToRowSpan(double[] c, int[] samples) {
        double[][] basis = new double[samples.length][c.length];
        double[] residual = c.clone();
        for (int s = 0; s < samples.length; s++) {
            double[] row = new double[c.length];
            LegendreSeries.basis(X[samples[s]] / 10, c.length, row, 0);
            for (int prior = 0; prior < s; prior++) {
                subtractProjection(row, basis[prior]);
            }
            double length = norm(row);
            for (int k = 0; k < row.length; k++) {
                basis[s][k] = row[k] / length;
            }
            subtractProjection(residual, basis[s]);
        }
        return norm(residual);
    }

    private static void subtractProjection(double[] v, double[] unit) {
        double dot = 0;
        for (int k = 0; k < v.length; k++) {
            dot += v[k] * unit[k];
        }
        for (int k = 0; k < v.length; k++) {
            v[k] -= dot * unit[k];
        }
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double e : v) {
            sum += e * e;
        }
        return Math.sqrt(sum);
    }

    /** {@code count} distinct indices of {@code [0, n)}: the first of a shuffle. */
    static int[] distinctIndices(int count, int n, SeededRandom random) {
        int[] all = IntStream.range(0, n).toArray();
        random.shuffle(all, n);
        return Arrays.copyOf(all, count);
    }
}
