package dev.gradus.learning.sampled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The recurrences give the Legendre polynomials and their derivatives in closed form. */
class LegendreSeriesTest {
    private static final double[] POINTS = {-1.7, -1, -0.55, 0, 0.3, 0.9, 1, 2.5};

    @Test
    void basisIsTheClosedFormLegendrePolynomials() {
        double[] row = new double[6];
        for (double t : POINTS) {
            LegendreSeries.basis(t, 5, row, 1);

            assertThat(row[0]).isZero();
            assertThat(row[1]).isEqualTo(1);
            assertThat(row[2]).isEqualTo(t);
            assertThat(row[3]).isCloseTo((3 * t * t - 1) / 2, within(1e-14 * scale(t, 2)));
            assertThat(row[4]).isCloseTo((5 * t * t * t - 3 * t) / 2, within(1e-14 * scale(t, 3)));
            assertThat(row[5]).isCloseTo((35 * Math.pow(t, 4) - 30 * t * t + 3) / 8, within(1e-14 * scale(t, 4)));
        }
    }

    @Test
    void everyPolynomialIsOneAtOneAndBoundedByOneInside() {
        double[] row = new double[13];
        LegendreSeries.basis(1, 13, row, 0);
        for (double p : row) {
            assertThat(p).isCloseTo(1, within(1e-14));
        }
        for (double t = -1; t <= 1; t += 1.0 / 64) {
            LegendreSeries.basis(t, 13, row, 0);
            for (double p : row) {
                assertThat(Math.abs(p)).isLessThanOrEqualTo(1 + 1e-14);
            }
        }
    }

    @Test
    void valueAndSlopeAreTheSeriesAndItsDerivativeInClosedForm() {
        double[] c = {0.5, -2, 3, 0.25, -1.5};
        for (double t : POINTS) {
            double t2 = t * t;
            double expected = 0.5 - 2 * t + 3 * (3 * t2 - 1) / 2 + 0.25 * (5 * t2 * t - 3 * t) / 2 - 1.5 * (35 * t2 * t2 - 30 * t2 + 3) / 8;
            double expectedSlope = -2 + 3 * 3 * t + 0.25 * (15 * t2 - 3) / 2 - 1.5 * (140 * t2 * t - 60 * t) / 8;

            assertThat(LegendreSeries.value(c, t)).as("value at %s", t).isCloseTo(expected, within(1e-13 * scale(t, 4)));
            assertThat(LegendreSeries.slope(c, t)).as("slope at %s", t).isCloseTo(expectedSlope, within(1e-13 * scale(t, 4)));
        }
    }

    @Test
    void shortSeriesAreConstantsAndLines() {
        assertThat(LegendreSeries.value(new double[] {4}, 0.7)).isEqualTo(4);
        assertThat(LegendreSeries.slope(new double[] {4}, 0.7)).isZero();
        assertThat(LegendreSeries.value(new double[] {4, -2}, 0.5)).isEqualTo(3);
        assertThat(LegendreSeries.slope(new double[] {4, -2}, 0.5)).isEqualTo(-2);
    }

    private static double scale(double t, int degree) {
        return Math.max(1, Math.pow(Math.abs(t), degree)) * 10;
    }
}
