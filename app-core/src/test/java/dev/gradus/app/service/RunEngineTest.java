package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunEngineTest {

    @Test
    void normOfOrdinaryVectorsIsTheEuclideanNorm() {
        assertThat(RunEngine.norm(new double[] {3, 4})).isEqualTo(5.0);
        assertThat(RunEngine.norm(new double[] {0, 0})).isZero();
    }

    @Test
    void normDoesNotOverflowForLargeFiniteComponents() {
        assertThat(RunEngine.norm(new double[] {3e200, 4e200})).isCloseTo(5e200, org.assertj.core.api.Assertions.withinPercentage(1e-12));
    }

    @Test
    void normIsInfiniteOrNanOnlyWhenAComponentIs() {
        assertThat(RunEngine.norm(new double[] {1, Double.NEGATIVE_INFINITY})).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(RunEngine.norm(new double[] {1, Double.NaN})).isNaN();
    }

    @Test
    void aLongGradientsNormIsSummedInFourInterleavedSumsAndAgreesWithAnExactSum() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] v = new double[RunEngine.BLOCKED_NORM * 3 + 3];
        java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextDouble() * 2 - 1;
            exact = exact.add(new java.math.BigDecimal(v[i]).multiply(new java.math.BigDecimal(v[i])));
        }
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < v.length; i++) {
            double square = v[i] * v[i];
            switch (i < v.length - 3 ? i % 4 : 0) {
                case 0 -> s0 += square;
                case 1 -> s1 += square;
                case 2 -> s2 += square;
                default -> s3 += square;
            }
        }

        assertThat(RunEngine.blockedSumOfSquares(v)).isEqualTo((s0 + s1) + (s2 + s3));
        assertThat(RunEngine.norm(v)).isEqualTo(Math.sqrt((s0 + s1) + (s2 + s3)))
                .isCloseTo(Math.sqrt(exact.doubleValue()), org.assertj.core.api.Assertions.within(1e-12));
        double[] shorter = java.util.Arrays.copyOf(v, RunEngine.BLOCKED_NORM - 1);
        double inOrder = 0;
        for (double x : shorter) {
            inOrder += x * x;
        }
        assertThat(RunEngine.norm(shorter)).as("below the blocked length, the plain sum in order").isEqualTo(Math.sqrt(inOrder));
    }
}
