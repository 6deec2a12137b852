package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every function and constant: its value, its derivative, and the conventions where there is no derivative. */
class FunctionsTest {

    /** Each function at one point: the value as Math computes it, and the derivative from the textbook rule. */
    static Stream<Arguments> functions() {
        double x = 0.3;
        double s = 1 / (1 + Math.exp(-x));
        return Stream.of(
                Arguments.of("sin(x)", x, Math.sin(x), Math.cos(x)),
                Arguments.of("cos(x)", x, Math.cos(x), -Math.sin(x)),
                Arguments.of("tan(x)", x, Math.tan(x), 1 / (Math.cos(x) * Math.cos(x))),
                Arguments.of("asin(x)", x, Math.asin(x), 1 / Math.sqrt(1 - x * x)),
                Arguments.of("acos(x)", x, Math.acos(x), -1 / Math.sqrt(1 - x * x)),
                Arguments.of("atan(x)", x, Math.atan(x), 1 / (1 + x * x)),
                Arguments.of("sinh(x)", x, Math.sinh(x), Math.cosh(x)),
                Arguments.of("cosh(x)", x, Math.cosh(x), Math.sinh(x)),
                Arguments.of("tanh(x)", x, Math.tanh(x), 1 / (Math.cosh(x) * Math.cosh(x))),
                Arguments.of("exp(x)", x, Math.exp(x), Math.exp(x)),
                Arguments.of("log(x)", x, Math.log(x), 1 / x),
                Arguments.of("log10(x)", x, Math.log10(x), 1 / (x * Math.log(10))),
                Arguments.of("sqrt(x)", x, Math.sqrt(x), 0.5 / Math.sqrt(x)),
                Arguments.of("cbrt(x)", x, Math.cbrt(x), 1 / (3 * Math.cbrt(x * x))),
                Arguments.of("abs(x)", -x, x, -1),
                Arguments.of("sigmoid(x)", x, s, s * (1 - s)),
                Arguments.of("softplus(x)", x, Math.log(1 + Math.exp(x)), s),
                // the two-argument functions with a constant second argument
                Arguments.of("atan2(x, 2)", x, Math.atan2(x, 2), 2 / (x * x + 4)),
                Arguments.of("atan2(2, x)", x, Math.atan2(2, x), -2 / (x * x + 4)),
                Arguments.of("hypot(x, 0.4)", x, 0.5, x / 0.5),
                Arguments.of("pow(x, 2.5)", x, Math.pow(x, 2.5), 2.5 * Math.pow(x, 1.5)),
                Arguments.of("pow(2.5, x)", x, Math.pow(2.5, x), Math.pow(2.5, x) * Math.log(2.5)),
                Arguments.of("min(x, 1)", x, x, 1),
                Arguments.of("min(1, x)", x, x, 1),
                Arguments.of("max(x, 1)", x, 1, 0),
                Arguments.of("max(x, -1, 0.1)", x, x, 1),
                // the constants
                Arguments.of("pi*x", x, Math.PI * x, Math.PI),
                Arguments.of("e*x", x, Math.E * x, Math.E));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("functions")
    void hasTheTextbookValueAndDerivative(String formula, double x, double value, double derivative) {
        Check.valueAndGradient(formula, new double[] {x}, value, derivative);
    }

    @Test
    void absHasDerivativeZeroAtZeroAndTheSignElsewhere() {
        assertThat(Check.derivative("abs(x)", 0)).isZero();
        assertThat(Check.derivative("abs(x)", -0.0)).isZero();
        assertThat(Check.derivative("abs(x)", 2)).isEqualTo(1);
        assertThat(Check.derivative("abs(x)", -2)).isEqualTo(-1);
    }

    @Test
    void minAndMaxSendTheDerivativeToTheFirstArgumentOnATie() {
        Check.valueAndGradient("min(x, y)", new double[] {1, 1}, 1, 1, 0);
        Check.valueAndGradient("max(x, y)", new double[] {1, 1}, 1, 1, 0);
        Check.valueAndGradient("min(y, x)", new double[] {1, 1}, 1, 0, 1);
        // +0 and -0 are a tie too
        Check.valueAndGradient("max(x, y)", new double[] {0.0, -0.0}, 0, 1, 0);
        // with three arguments, min(min(x, y), z): a tie of all three goes to x
        Check.valueAndGradient("min(x, y, z)", new double[] {2, 2, 2}, 2, 1, 0, 0);
        Check.valueAndGradient("max(x, y, z)", new double[] {1, 3, 2}, 3, 0, 1, 0);
    }

    @Test
    void hypotAndAtan2HaveAZeroGradientAtTheOrigin() {
        Check.valueAndGradient("hypot(x, y)", new double[] {0, 0}, 0, 0, 0);
        Check.valueAndGradient("atan2(y, x)", new double[] {0, 0}, 0, 0, 0);
    }

    @Test
    void rootsHaveAnInfiniteSlopeAtZero() {
        assertThat(Check.derivative("sqrt(x)", 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Check.derivative("cbrt(x)", 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Check.derivative("x^0.25", 0)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aDomainErrorIsNaNAndNeverAnException() {
        assertThat(Check.value("log(x)", -1)).isNaN();
        assertThat(Check.value("sqrt(x)", -1)).isNaN();
        assertThat(Check.value("asin(x)", 2)).isNaN();
        assertThat(Check.value("x^0.5", -4)).isNaN();
        assertThat(Check.value("x/x", 0)).isNaN();
        assertThat(Check.value("log(x)", 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Check.value("1/x", 0)).isEqualTo(Double.POSITIVE_INFINITY);
        // a domain error in constants alone is folded to NaN, not refused
        assertThat(Check.value("sqrt(-1) + x", 1)).isNaN();
    }

    @Test
    void aSubexpressionMultipliedByAnExactZeroContributesNothingEvenWhereItsSlopeIsInfinite() {
        // sqrt'(0) is infinite; 0 * infinity would be NaN
        assertThat(Check.derivative("0*sqrt(x) + x", 0)).isEqualTo(1);
        // max chooses its first argument, the constant 0, on the tie at x = 0: sqrt's infinite slope is not used
        assertThat(Check.derivative("max(0, sqrt(x))", 0)).isZero();
    }

    @Test
    void theExponentsPartialIsZeroWhereThePowerIsZeroAndNaNForANegativeBase() {
        // x^y at (0, 2): d/dx = y x^(y-1) = 0; d/dy = x^y ln x, whose limit as x -> 0+ is 0
        Check.valueAndGradient("x^y", new double[] {0, 2}, 0, 0, 0);
        // (-2)^x at x = 2 is 4, but (-2)^x has no real derivative in x
        double[] g = new double[1];
        assertThat(Formula.parse("(-2)^x").valueAndGradient(new double[] {2}, g)).isEqualTo(4);
        assertThat(g[0]).isNaN();
    }

    @Test
    void sigmoidIsAccurateInBothTailsAndNeverOverflows() {
        // sigmoid(-40) = e^-40 / (1 + e^-40) and its derivative sigmoid(40) sigmoid(-40): both about e^-40
        double tail = Math.exp(-40) / (1 + Math.exp(-40));
        assertThat(Check.value("sigmoid(x)", -40)).isCloseTo(tail, within(1e-15 * tail));
        // 1 - sigmoid(40) rounds to 0; the derivative must not
        assertThat(Check.derivative("sigmoid(x)", 40)).isCloseTo(tail / (1 + Math.exp(-40)), within(1e-15 * tail));
        assertThat(Check.value("sigmoid(x)", 800)).isEqualTo(1);
        assertThat(Check.value("sigmoid(x)", -800)).isZero();
        assertThat(Check.derivative("sigmoid(x)", 800)).isZero();
        assertThat(Check.value("sigmoid(x)", 0)).isEqualTo(0.5);
    }

    @Test
    void softplusIsAccurateInBothTailsAndNeverOverflows() {
        // log(1 + e^-50) = e^-50 to the last bit; log(1 + e^800) = 800 although e^800 overflows
        assertThat(Check.value("softplus(x)", -50)).isCloseTo(Math.exp(-50), within(1e-15 * Math.exp(-50)));
        assertThat(Check.value("softplus(x)", 800)).isEqualTo(800);
        assertThat(Check.derivative("softplus(x)", 800)).isEqualTo(1);
        assertThat(Check.derivative("softplus(x)", -50)).isCloseTo(Math.exp(-50), within(1e-15 * Math.exp(-50)));
        assertThat(Check.value("softplus(x)", 0)).isEqualTo(Math.log(2));
    }

    @Test
    void powersWithAConstantExponentFollowTheirRules() {
        // x^0 is 1 everywhere, with slope 0 even at 0 (where the rule 0 * x^-1 would give NaN)
        Check.valueAndGradient("x^0", new double[] {0}, 1, 0);
        Check.valueAndGradient("x^1", new double[] {-3}, -3, 1);
        Check.valueAndGradient("x^-1", new double[] {4}, 0.25, -1.0 / 16);
        Check.valueAndGradient("x^-2", new double[] {2}, 0.25, -0.25);
        Check.valueAndGradient("x^3", new double[] {-2}, -8, 12);
        Check.valueAndGradient("x^5", new double[] {-2}, -32, 80);
        Check.valueAndGradient("x^32", new double[] {-1}, 1, -32);
        Check.valueAndGradient("x^0.5", new double[] {9}, 3, 1.0 / 6);
        Check.valueAndGradient("x^1.5", new double[] {4}, 8, 3);
        // x^n at 0: 0 with slope 0
        Check.valueAndGradient("x^4", new double[] {0}, 0, 0);
        Check.valueAndGradient("x^2.5", new double[] {0}, 0, 0);
    }

    @Test
    void eToAPowerIsExp() {
        double[] x = {0.7};
        assertThat(Formula.parse("e^x").value(x)).isEqualTo(Math.exp(0.7));
        assertThat(Formula.parse("pow(e, x)").value(x)).isEqualTo(Math.exp(0.7));
    }

    @Test
    void divisionByAConstantGivesWhatJavaGivesBitForBit() {
        // x/20 is not rewritten as x*0.05 (which rounds differently); x/4 is x*0.25, which rounds the same
        Formula twentieth = Formula.parse("x/20");
        Formula quarter = Formula.parse("x/4");
        Formula negative = Formula.parse("x/-0.5");
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            assertThat(twentieth.value(new double[] {x})).isEqualTo(x / 20);
            assertThat(quarter.value(new double[] {x})).isEqualTo(x / 4);
            assertThat(negative.value(new double[] {x})).isEqualTo(x / -0.5);
        }
    }
}
