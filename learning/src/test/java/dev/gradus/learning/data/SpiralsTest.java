package dev.gradus.learning.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import org.junit.jupiter.api.Test;

class SpiralsTest {
    private static final double EXACT = 1e-12;
    private final Spirals spirals = new Spirals();

    @Test
    void hasTwoArmsOfAHundredPointsByDefault() {
        DataSet data = Generate.from(spirals, 1);

        assertThat(data.size()).isEqualTo(200);
        assertThat(data.featureNames()).containsExactly("x1", "x2");
        assertThat(data.classNames()).containsExactly("0", "1");
        assertThat(Generate.classCounts(data)).containsExactly(100, 100);
    }

    @Test
    void hasOneClassPerArmInArmOrder() {
        DataSet data = Generate.from(spirals, 1, "classes", 5, "points", 30);

        assertThat(data.classNames()).containsExactly("0", "1", "2", "3", "4");
        assertThat(Generate.classCounts(data)).containsExactly(30, 30, 30, 30, 30);
        for (int row = 0; row < data.size(); row++) {
            assertThat(data.target(row)).isEqualTo(row / 30);
        }
    }

    @Test
    void noiselessArmsGrowLinearlyToRadiusOneAndAreTurnedCopiesOfArmZero() {
        int classes = 3;
        int points = 40;
        DataSet data = Generate.from(spirals, 1, "classes", classes, "points", points, "noise", 0.0);

        for (int c = 0; c < classes; c++) {
            double turn = 2 * StrictMath.PI * c / classes;
            for (int i = 0; i < points; i++) {
                int row = c * points + i;
                double x = data.feature(i, 0);
                double y = data.feature(i, 1);
                assertThat(StrictMath.hypot(data.feature(row, 0), data.feature(row, 1))).as("radius of row %d", row)
                        .isCloseTo((i + 1.0) / points, offset(EXACT));
                assertThat(data.feature(row, 0)).isCloseTo(x * StrictMath.cos(turn) - y * StrictMath.sin(turn), offset(EXACT));
                assertThat(data.feature(row, 1)).isCloseTo(x * StrictMath.sin(turn) + y * StrictMath.cos(turn), offset(EXACT));
            }
        }
        // arm 0 ends after 1.5 turns, at angle 3 pi: the point (-1, 0)
        assertThat(data.feature(points - 1, 0)).isCloseTo(-1, offset(EXACT));
        assertThat(data.feature(points - 1, 1)).isCloseTo(0, offset(EXACT));
        // a quarter of the way out, arm 0 has made 0.375 turns
        double angle = 2 * StrictMath.PI * 1.5 * 0.25;
        assertThat(data.feature(9, 0)).isCloseTo(0.25 * StrictMath.cos(angle), offset(EXACT));
        assertThat(data.feature(9, 1)).isCloseTo(0.25 * StrictMath.sin(angle), offset(EXACT));
    }

    @Test
    void rejectsNineArmsAndZeroTurns() {
        assertThatThrownBy(() -> Generate.from(spirals, 0, "classes", 9, "turns", 0.0))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.violations())
                        .extracting(ParameterViolation::parameter, ParameterViolation::kind)
                        .containsExactly(tuple("classes", ParameterViolation.Kind.OUT_OF_RANGE), tuple("turns", ParameterViolation.Kind.OUT_OF_RANGE)));
    }
}
