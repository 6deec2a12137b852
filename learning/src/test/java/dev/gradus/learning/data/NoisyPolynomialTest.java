package dev.gradus.learning.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.error.SyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoisyPolynomialTest {
    private final NoisyPolynomial polynomial = new NoisyPolynomial();

    @Test
    void isFiftyRegressionRowsOfXAndY() {
        DataSet data = Generate.from(polynomial, 0);

        assertThat(data.name()).isEqualTo("polynomial");
        assertThat(data.size()).isEqualTo(50);
        assertThat(data.featureNames()).containsExactly("x");
        assertThat(data.targetName()).isEqualTo("y");
        assertThat(data.classNames()).isEmpty();
    }

    @Test
    void withoutNoiseIsTheDocumentedCubicOnMinusThreeToThree() {
        DataSet data = Generate.from(polynomial, 0, "points", 61, "noise", 0.0);

        assertThat(data.feature(0, 0)).isEqualTo(-3);
        assertThat(data.feature(60, 0)).isEqualTo(3);
        for (int row = 0; row < data.size(); row++) {
            double x = data.feature(row, 0);
            assertThat(x).isCloseTo(-3 + 0.1 * row, offset(1e-12));
            assertThat(data.target(row)).as("y at %s", x).isCloseTo(0.5 * x * x * x - x * x - 2 * x + 1, offset(1e-12));
        }
        assertThat(data.target(0)).isEqualTo(-15.5);
        assertThat(data.target(60)).isEqualTo(-0.5);
    }

    @Test
    void readsCoefficientsFromTheHighestPowerDown() {
        DataSet line = Generate.from(polynomial, 0, "coefficients", " 1 ,0", "points", 5, "noise", 0.0, "x_min", 1.0, "x_max", 5.0);
        DataSet constant = Generate.from(polynomial, 0, "coefficients", "-2.5", "points", 3, "noise", 0.0);
        DataSet quadratic = Generate.from(polynomial, 0, "coefficients", "1e0, 0, -4", "points", 5, "noise", 0.0, "x_min", -2.0, "x_max", 2.0);

        assertThat(line.targetVector()).containsExactly(1, 2, 3, 4, 5);
        assertThat(constant.targetVector()).containsExactly(-2.5, -2.5, -2.5);
        assertThat(quadratic.targetVector()).containsExactly(0, -3, -4, -3, 0);
    }

    @Test
    void noiseScattersAboutThePolynomialWithTheRequestedDeviation() {
        DataSet clean = Generate.from(polynomial, 6, "points", 4000, "noise", 0.0);
        DataSet noisy = Generate.from(polynomial, 6, "points", 4000, "noise", 2.0);

        double sum = 0;
        double sumOfSquares = 0;
        for (int row = 0; row < clean.size(); row++) {
            assertThat(noisy.feature(row, 0)).isEqualTo(clean.feature(row, 0));
            double e = noisy.target(row) - clean.target(row);
            sum += e;
            sumOfSquares += e * e;
        }
        assertThat(sum / 4000).isCloseTo(0, offset(5 * 2.0 / Math.sqrt(4000)));
        assertThat(Math.sqrt(sumOfSquares / 4000)).isCloseTo(2.0, offset(0.1));
    }

    @ParameterizedTest(name = "''{0}'' fails at column {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"\"             | 1",
        "\"   \"          | 4",
        "1, , 2           | 4",
        "1, 2,            | 6",
        "1, x             | 4",
        "1; 2             | 1",
        "0.5,  nan        | 7",
        "1, inf           | 4",
        "2e6              | 1",
        "0,1,2,3,4,5,6,7,8,9,10,11 | 24",
    })
    void refusesMalformedCoefficientsNamingTheColumn(String text, int column) {
        assertThatThrownBy(() -> Generate.from(polynomial, 0, "coefficients", text))
                .isInstanceOfSatisfying(SyntaxException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("coefficients");
                    assertThat(e.text()).isEqualTo(text);
                    assertThat(e.column()).isEqualTo(column);
                });
    }

    @Test
    void acceptsElevenCoefficientsAtTheLargestSize() {
        DataSet data = Generate.from(polynomial, 0, "coefficients", "1e6,0,0,0,0,0,0,0,0,0,-1e6", "x_min", -1000.0, "x_max", 1000.0,
                "noise", 0.0, "points", 3);

        assertThat(data.target(0)).isCloseTo(1e36, withinPercentage(1e-12));
        assertThat(data.target(1)).isEqualTo(-1e6);
        assertThat(data.target(2)).isCloseTo(1e36, withinPercentage(1e-12));
    }
}
