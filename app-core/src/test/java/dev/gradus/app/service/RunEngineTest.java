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
}
