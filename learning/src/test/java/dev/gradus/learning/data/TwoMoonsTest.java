package dev.gradus.learning.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import org.junit.jupiter.api.Test;

class TwoMoonsTest {
    private static final double EXACT = 1e-12;
    private final TwoMoons moons = new TwoMoons();

    @Test
    void hasTwoHundredPointsSplitEvenlyByDefault() {
        DataSet data = Generate.from(moons, 3);

        assertThat(data.size()).isEqualTo(200);
        assertThat(data.featureNames()).containsExactly("x1", "x2");
        assertThat(data.classNames()).containsExactly("0", "1");
        assertThat(Generate.classCounts(data)).containsExactly(100, 100);
    }

    @Test
    void givesTheOuterMoonHalfRoundedDownAsScikitLearnDoes() {
        DataSet data = Generate.from(moons, 3, "points", 7);

        assertThat(Generate.classCounts(data)).containsExactly(3, 4);
        assertThat(data.targetVector()).containsExactly(0, 0, 0, 1, 1, 1, 1);
    }

    @Test
    void noiselessPointsLieOnTheirArcsEvenlySpacedFromEndToEnd() {
        int points = 41;
        DataSet data = Generate.from(moons, 3, "points", points, "noise", 0.0);
        int outer = points / 2;
        int inner = points - outer;

        for (int i = 0; i < outer; i++) {
            double t = StrictMath.PI * i / (outer - 1);
            assertThat(data.feature(i, 0)).as("outer x1 %d", i).isCloseTo(StrictMath.cos(t), offset(EXACT));
            assertThat(data.feature(i, 1)).as("outer x2 %d", i).isCloseTo(StrictMath.sin(t), offset(EXACT));
        }
        for (int i = 0; i < inner; i++) {
            int row = outer + i;
            double t = StrictMath.PI * i / (inner - 1);
            assertThat(data.feature(row, 0)).as("inner x1 %d", i).isCloseTo(1 - StrictMath.cos(t), offset(EXACT));
            assertThat(data.feature(row, 1)).as("inner x2 %d", i).isCloseTo(0.5 - StrictMath.sin(t), offset(EXACT));
        }
        assertThat(new double[] {data.feature(0, 0), data.feature(0, 1)}).containsExactly(1, 0);
        assertThat(new double[] {data.feature(outer, 0), data.feature(outer, 1)}).containsExactly(0, 0.5);
        assertThat(data.feature(points - 1, 0)).isEqualTo(2);
    }

    @Test
    void noiseHasTheRequestedDeviation() {
        double noise = 0.1;
        DataSet clean = Generate.from(moons, 9, "points", 2000, "noise", 0.0);
        DataSet noisy = Generate.from(moons, 9, "points", 2000, "noise", noise);

        double sumOfSquares = 0;
        for (int row = 0; row < clean.size(); row++) {
            for (int column = 0; column < 2; column++) {
                double e = noisy.feature(row, column) - clean.feature(row, column);
                sumOfSquares += e * e;
            }
        }
        // 4000 draws: the sample deviation is within a few percent of the true one.
        assertThat(Math.sqrt(sumOfSquares / 4000)).isCloseTo(noise, offset(0.1 * noise));
    }

    @Test
    void rejectsTooFewPointsAndNegativeNoiseAtOnce() {
        assertThatThrownBy(() -> Generate.from(moons, 0, "points", 1, "noise", -0.1))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.violations())
                        .extracting(ParameterViolation::owner, ParameterViolation::parameter, ParameterViolation::kind)
                        .containsExactly(tuple("two-moons", "points", ParameterViolation.Kind.OUT_OF_RANGE),
                                tuple("two-moons", "noise", ParameterViolation.Kind.OUT_OF_RANGE)));
    }
}
