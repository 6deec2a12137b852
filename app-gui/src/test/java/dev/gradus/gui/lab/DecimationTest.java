package dev.gradus.gui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimationTest {

    @Test
    void aLongSeriesKeepsItsEndsAndEveryBucketsExtremes() {
        int n = 1_000_000;
        long[] steps = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = i;
            values[i] = 1.0 / (i + 1);
        }
        values[500_000] = 99;

        Decimation.Series thin = Decimation.minMax(steps, values, n, 100);

        assertThat(thin.count()).isLessThanOrEqualTo(202);
        assertThat(thin.steps()[0]).isZero();
        assertThat(thin.steps()[thin.count() - 1]).isEqualTo(n - 1);
        assertThat(thin.values()).contains(99.0);
        for (int i = 1; i < thin.count(); i++) {
            assertThat(thin.steps()[i]).isGreaterThan(thin.steps()[i - 1]);
        }
    }

    @Test
    void aShortSeriesIsKeptWhole() {
        long[] steps = {0, 1, 2};
        double[] values = {3, 2, 1};
        assertThat(Decimation.minMax(steps, values, 3, 100).count()).isEqualTo(3);
    }

    @Test
    void pathRowsAreEvenlySpacedAndEndAtTheCursor() {
        assertThat(Decimation.pathRows(4, 10)).containsExactly(0, 1, 2, 3, 4);
        int[] rows = Decimation.pathRows(999_999, 1000);
        assertThat(rows).hasSize(1000);
        assertThat(rows[0]).isZero();
        assertThat(rows[999]).isEqualTo(999_999);
    }
}
