package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

/** Assertions on a formula's value and gradient at a point, to a tolerance relative to the expected numbers. */
final class Check {
    /** Hand-derived values are evaluated in double too; a few ulps apart at most, so this leaves room only for mistakes. */
    static final double RELATIVE = 1e-13;

    private Check() {
    }

    /** Asserts {@code formula} (natural order) has {@code value} and {@code gradient} at {@code x}. */
    static void valueAndGradient(String formula, double[] x, double value, double... gradient) {
        valueAndGradient(Formula.parse(formula), x, value, gradient);
    }

    static void valueAndGradient(Formula formula, double[] x, double value, double... gradient) {
        double[] g = new double[formula.dimension()];
        double returned = formula.valueAndGradient(x, g);
        String at = formula + " at " + Arrays.toString(x);
        assertThat(g).as("gradient length of %s", at).hasSize(gradient.length);
        assertClose(returned, value, "value of " + at);
        assertThat(Double.doubleToRawLongBits(formula.value(x))).as("value() agrees bit for bit with valueAndGradient() for %s", at)
                .isEqualTo(Double.doubleToRawLongBits(returned));
        for (int i = 0; i < gradient.length; i++) {
            assertClose(g[i], gradient[i], "d/d" + formula.variables().get(i) + " of " + at);
        }
    }

    /** The value of a formula in one variable at {@code x}. */
    static double value(String formula, double x) {
        return Formula.parse(formula).value(new double[] {x});
    }

    /** The derivative of a formula in one variable at {@code x}. */
    static double derivative(String formula, double x) {
        double[] g = new double[1];
        Formula.parse(formula).valueAndGradient(new double[] {x}, g);
        return g[0];
    }

    static void assertClose(double actual, double expected, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(RELATIVE * Math.max(1, Math.abs(expected))));
        }
    }
}
