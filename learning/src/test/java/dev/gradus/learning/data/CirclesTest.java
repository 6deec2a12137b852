package dev.gradus.learning.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import org.junit.jupiter.api.Test;

class CirclesTest {
    private static final double EXACT = 1e-12;
    private final Circles circles = new Circles();

    @Test
    void hasTwoHundredPointsSplitEvenlyByDefault() {
        DataSet data = Generate.from(circles, 5);

        assertThat(data.size()).isEqualTo(200);
        assertThat(data.features()).isEqualTo(2);
        assertThat(data.featureNames()).containsExactly("x1", "x2");
        assertThat(Generate.classCounts(data)).containsExactly(100, 100);
    }

    @Test
    void givesTheOuterCircleHalfRoundedDown() {
        assertThat(Generate.classCounts(Generate.from(circles, 5, "points", 9))).containsExactly(4, 5);
    }

    @Test
    void noiselessPointsAreEvenlySpacedOnRadiusOneAndTheFactor() {
        double factor = 0.3;
        DataSet data = Generate.from(circles, 5, "points", 25, "noise", 0.0, "factor", factor);
        int outer = 12;
        int inner = 13;

        for (int row = 0; row < data.size(); row++) {
            boolean isOuter = row < outer;
            int j = isOuter ? row : row - outer;
            double angle = 2 * StrictMath.PI * j / (isOuter ? outer : inner);
            double radius = isOuter ? 1 : factor;
            assertThat(data.target(row)).isEqualTo(isOuter ? 0 : 1);
            assertThat(StrictMath.hypot(data.feature(row, 0), data.feature(row, 1))).as("radius of row %d", row).isCloseTo(radius, offset(EXACT));
            assertThat(data.feature(row, 0)).isCloseTo(radius * StrictMath.cos(angle), offset(EXACT));
            assertThat(data.feature(row, 1)).isCloseTo(radius * StrictMath.sin(angle), offset(EXACT));
        }
        assertThat(new double[] {data.feature(outer, 0), data.feature(outer, 1)}).containsExactly(factor, 0);
    }

    @Test
    void rejectsAFactorOfOne() {
        assertThatThrownBy(() -> Generate.from(circles, 0, "factor", 1.0))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.violations())
                        .extracting(ParameterViolation::parameter, ParameterViolation::value, ParameterViolation::allowed)
                        .containsExactly(tuple("factor", "1.0", "[0, 1)")));
    }
}
