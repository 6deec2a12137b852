package dev.gradus.objectives.formula;

import static java.lang.Math.E;
import static java.lang.Math.PI;
import static java.lang.Math.log;
import static java.lang.Math.sqrt;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Formulas whose value and gradient at a point were worked out by hand; the derivation is in each row's comment. */
class KnownFormulasTest {

    static Stream<Arguments> formulas() {
        return Stream.of(
                // x^2/20 + y^2 at (2, -3): 4/20 + 9; gradient (2x/20, 2y)
                row("x^2/20 + y^2", p(2, -3), 9.2, 0.2, -6),
                // Rosenbrock at (-1.2, 1): 100 (1 - 1.44)^2 + 2.2^2 = 19.36 + 4.84; (-400 x (y - x^2) - 2 (1 - x), 200 (y - x^2))
                row("100*(y - x^2)^2 + (1 - x)^2", p(-1.2, 1), 24.2, -215.6, -88),
                // Himmelblau at the origin: 11^2 + 7^2; (4x(x^2+y-11) + 2(x+y^2-7), 2(x^2+y-11) + 4y(x+y^2-7)) = (0 - 14, -22 + 0)
                row("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", p(0, 0), 170, -14, -22),
                // the product rule three ways: (yz, xz, xy)
                row("x*y*z", p(2, 3, 4), 24, 12, 8, 6),
                // sin(pi/6) cos(pi/3) = 1/2 * 1/2; (cos x cos y, -sin x sin y) = (sqrt3/2 * 1/2, -1/2 * sqrt3/2)
                row("sin(x)*cos(y)", p(PI / 6, PI / 3), 0.25, sqrt(3) / 4, -sqrt(3) / 4),
                // e^(xy) at (1, 2) is e^2; (y e^(xy), x e^(xy))
                row("exp(x*y)", p(1, 2), E * E, 2 * E * E, E * E),
                // log(x^2 + y^2) at (3, 4) is log 25; (2x, 2y) / 25
                row("log(x^2 + y^2)", p(3, 4), log(25), 0.24, 0.32),
                // the norm of (3, 4) and its unit vector
                row("sqrt(x^2 + y^2)", p(3, 4), 5, 0.6, 0.8),
                row("hypot(x, y)", p(-3, 4), 5, -0.6, 0.8),
                // x^y at (2, 3): (y x^(y-1), x^y ln x)
                row("x^y", p(2, 3), 8, 12, 8 * log(2)),
                // (x+1)/(y-1) at (3, 3): 4/2; (1/(y-1), -(x+1)/(y-1)^2)
                row("(x + 1)/(y - 1)", p(3, 3), 2, 0.5, -1),
                // atan2(y, x) at (1, 1) is pi/4; (d/dx, d/dy) = (-y, x)/(x^2 + y^2)
                row("atan2(y, x)", p(1, 1), PI / 4, -0.5, 0.5),
                // x is used three times: (2x + y + cos x, x) at (0, 5)
                row("x^2 + x*y + sin(x)", p(0, 5), 0, 6, 0),
                // sigmoid(0) softplus(0) = ln2 / 2; (sigmoid'(0) softplus(0), sigmoid(0) softplus'(0)) = (ln2 / 4, 1/4)
                row("sigmoid(x) * softplus(y)", p(0, 0), log(2) / 2, log(2) / 4, 0.25),
                // natural order x1 < x2 < x10: the coefficients in coordinate order
                row("3*x10 + 2*x2 + x1", p(1, 1, 1), 6, 1, 2, 3),
                // cosh - sinh = e^-x
                row("cosh(x) - sinh(x)", p(1), 1 / E, -1 / E),
                // -(x^2) + 2^(-y) at (3, 1): -9 + 1/2; (-2x, -ln2 2^-y)
                row("-x^2 + 2^-y", p(3, 1), -8.5, -6, -log(2) / 2),
                // 2^3 - cbrt(8); (3x^2, -1/(3 y^(2/3))) = (12, -1/12)
                row("pow(x, 3) - cbrt(y)", p(2, 8), 6, 12, -1.0 / 12),
                // whole powers by repeated squaring and by Math.pow: 10 x^9 and 40 x^39
                row("x^10", p(2), 1024, 5120),
                row("x^40", p(2), 0x1p40, 40 * 0x1p39),
                // min picks x, max picks y: 1 + 2^2; (1, 2y)
                row("min(x, y) + max(x, y)^2", p(1, 2), 5, 1, 4),
                // tanh(0) with tanh'(0) = 1: (2, -1)
                row("tanh(2*x - y)", p(1, 2), 0, 2, -1),
                // log10(100); (1/(x ln 10), 1/(y ln 10))
                row("log10(x*y)", p(10, 10), 2, 1 / (10 * log(10)), 1 / (10 * log(10))),
                // pi/6 + pi/3 + pi/4; (1/sqrt(1 - x^2), -1/sqrt(1 - y^2), 1/(1 + z^2))
                row("asin(x) + acos(y) + atan(z)", p(0.5, 0.5, 1), 0.75 * PI, 1 / sqrt(0.75), -1 / sqrt(0.75), 0.5),
                // tan(pi/4) = 1, tan' = 1 + tan^2
                row("tan(x)", p(PI / 4), 1, 2),
                // a constant expression folds into one number: (2 pi / 4) x
                row("2*pi/4*x + e", p(2), PI + E, PI / 2),
                // a quotient of sums, the quotient rule: f = (x+y)/(x-y) at (3, 1): 4/2; (-2y, 2x)/(x-y)^2 = (-0.5, 1.5)
                row("(x + y)/(x - y)", p(3, 1), 2, -0.5, 1.5));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("formulas")
    void matchesTheHandDerivedValueAndGradient(String formula, double[] point, double value, double[] gradient) {
        Check.valueAndGradient(formula, point, value, gradient);
    }

    private static Arguments row(String formula, double[] point, double value, double... gradient) {
        return Arguments.of(formula, point, value, gradient);
    }

    private static double[] p(double... point) {
        return point;
    }
}
