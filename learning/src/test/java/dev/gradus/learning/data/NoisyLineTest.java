package dev.gradus.learning.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import org.junit.jupiter.api.Test;

class NoisyLineTest {
    private final NoisyLine line = new NoisyLine();

    @Test
    void isFiftyRegressionRowsOfXAndY() {
        DataSet data = Generate.from(line, 0);

        assertThat(data.name()).isEqualTo("line");
        assertThat(data.size()).isEqualTo(50);
        assertThat(data.featureNames()).containsExactly("x");
        assertThat(data.targetName()).isEqualTo("y");
        assertThat(data.isClassification()).isFalse();
    }

    @Test
    void withoutNoiseEveryPointIsExactlyOnTheLineAndXRunsEvenlyFromEndToEnd() {
        DataSet data = Generate.from(line, 0, "points", 11, "noise", 0.0);

        assertThat(data.featureMatrix()).containsExactly(new double[] {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5}, offset(1e-12));
        assertThat(data.feature(0, 0)).isEqualTo(-5);
        assertThat(data.feature(10, 0)).isEqualTo(5);
        for (int row = 0; row < data.size(); row++) {
            assertThat(data.target(row)).isEqualTo(2 * data.feature(row, 0) + 1);
        }
    }

    @Test
    void leastSquaresRecoversTheSlopeAndInterceptOfANoisyLine() {
        for (long seed = 0; seed < 10; seed++) {
            DataSet data = Generate.from(line, seed, "points", 200, "x_min", 0.0, "x_max", 10.0, "slope", -0.7, "intercept", 3.0, "noise", 1.0);
            int n = data.size();
            double meanX = 0;
            double meanY = 0;
            for (int row = 0; row < n; row++) {
                meanX += data.feature(row, 0) / n;
                meanY += data.target(row) / n;
            }
            double sxx = 0;
            double sxy = 0;
            for (int row = 0; row < n; row++) {
                double dx = data.feature(row, 0) - meanX;
                sxx += dx * dx;
                sxy += dx * (data.target(row) - meanY);
            }
            double slope = sxy / sxx;
            double intercept = meanY - slope * meanX;
            // five standard errors of the ordinary least-squares estimates for noise 1
            assertThat(slope).as("slope, seed %d", seed).isCloseTo(-0.7, offset(5 / Math.sqrt(sxx)));
            assertThat(intercept).as("intercept, seed %d", seed).isCloseTo(3, offset(5 * Math.sqrt(1.0 / n + meanX * meanX / sxx)));
            assertThat(slope).isNotEqualTo(-0.7);
        }
    }

    @Test
    void rejectsAnEmptyInterval() {
        assertThatThrownBy(() -> Generate.from(line, 0, "x_min", 2.0, "x_max", 2.0))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.violations())
                        .extracting(ParameterViolation::parameter, ParameterViolation::kind)
                        .containsExactly(tuple("x_min, x_max", ParameterViolation.Kind.RULE)));
    }

    @Test
    void rejectsASinglePoint() {
        assertThatThrownBy(() -> Generate.from(line, 0, "points", 1))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.violations())
                        .extracting(ParameterViolation::parameter, ParameterViolation::allowed)
                        .containsExactly(tuple("points", "a whole number in [2, 100000]")));
    }
}
