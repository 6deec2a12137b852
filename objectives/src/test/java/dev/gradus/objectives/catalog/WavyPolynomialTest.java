package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.KnownMinimum;
import dev.gradus.api.objective.ObjectiveMetadata;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wavy polynomial is the exact least-squares fit of seed article 000, to the last bit, and its
 * listed minima are all its minima, each to the last bit. Everything that claims exactness is checked
 * in exact rational arithmetic.
 */
class WavyPolynomialTest {
    private static final int[] X = {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5};
    private static final String[] Y = {"5", "1.5", "2", "1.5", "0", "-3", "-1", "2", "3", "2.5", "5"};
    private static final int DEGREE = 6;

    @Test
    void theNormalEquationsSolvedInFractionsGiveTheDocumentedCoefficients() {
        assertThat(exactFit()).containsExactly(Fraction.of(-5333, 2431), Fraction.of(-1057, 8580), Fraction.of(1089341, 795600),
                Fraction.of(43, 1056), Fraction.of(-2863, 24480), Fraction.of(-3, 2080), Fraction.of(361, 122400));
    }

    @Test
    void eachCoefficientIsTheNearestDoubleToTheExactOne() {
        List<Fraction> exact = exactFit();
        double[] coefficients = WavyPolynomial.coefficients();

        assertThat(coefficients).hasSize(DEGREE + 1);
        for (int k = 0; k <= DEGREE; k++) {
            assertThat(isNearestDouble(coefficients[k], exact.get(k))).as("c_%d = %s against %s", k, coefficients[k], exact.get(k)).isTrue();
        }
    }

    @Test
    void coefficientsHandsOutACopy() {
        double[] first = WavyPolynomial.coefficients();
        first[0] = 1000;

        assertThat(WavyPolynomial.coefficients()[0]).isEqualTo(-5333.0 / 2431);
        assertThat(WavyPolynomial.coefficients()).isNotSameAs(WavyPolynomial.coefficients());
    }

    @Test
    void theObjectiveEvaluatesThePolynomialOfTheCoefficients() {
        DifferentiableObjective f = CatalogCase.make(new WavyPolynomial(), 1);
        double[] c = WavyPolynomial.coefficients();
        for (double x : new double[] {-7, -3.25, 0, 0.5, 2, 6.75}) {
            double expected = 0;
            for (int k = 0; k <= DEGREE; k++) {
                expected += c[k] * Math.pow(x, k);
            }
            assertThat(f.value(new double[] {x})).as("f(%s)", x).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void theResidualsAreOrthogonalToEveryPowerUpToTheSixthAsTheNormalEquationsSay() {
        DifferentiableObjective f = CatalogCase.make(new WavyPolynomial(), 1);
        for (int j = 0; j <= DEGREE; j++) {
            double dot = 0;
            double scale = 0;
            for (int k = 0; k < X.length; k++) {
                double residual = f.value(new double[] {X[k]}) - Double.parseDouble(Y[k]);
                dot += Math.pow(X[k], j) * residual;
                scale += Math.pow(Math.abs(X[k]), j);
            }
            assertThat(dot).as("sum x^%d r", j).isCloseTo(0, within(1e-13 * scale));
        }
    }

    @Test
    void theDerivativeChangesSignExactlyFiveTimesSoTheThreeListedMinimaAreAllTheMinima() {
        // p' is a quintic: five sign changes are all of its real roots; minus to plus is a minimum
        List<Integer> signs = new ArrayList<>();
        for (Fraction x : List.of(Fraction.of(-5, 1), Fraction.of(-4, 1), Fraction.of(-2, 1), Fraction.of(1, 1), Fraction.of(7, 2),
                Fraction.of(5, 1))) {
            signs.add(derivative(x).signum());
        }

        assertThat(signs).containsExactly(-1, 1, -1, 1, -1, 1);
        ObjectiveMetadata m = CatalogCase.make(new WavyPolynomial(), 1).metadata();
        assertThat(m.globalMinima()).singleElement().satisfies(min -> assertThat(min.coordinate(0)).isBetween(-2.0, 1.0));
        assertThat(m.localMinima()).extracting(min -> min.coordinate(0)).satisfiesExactlyInAnyOrder(
                x -> assertThat(x).isBetween(-5.0, -4.0), x -> assertThat(x).isBetween(3.5, 5.0));
    }

    @Test
    void eachListedMinimizerIsTheNearestDoubleToARootOfTheDerivative() {
        ObjectiveMetadata m = CatalogCase.make(new WavyPolynomial(), 1).metadata();
        List<KnownMinimum> all = new ArrayList<>(m.globalMinima());
        all.addAll(m.localMinima());

        assertThat(all).hasSize(3);
        for (KnownMinimum minimum : all) {
            double x = minimum.coordinate(0);
            // the root lies within the interval that rounds to x iff p' changes sign across it (p' rises through a minimum)
            assertThat(derivative(lowerRoundingBoundary(x)).signum()).as("p' below %s", x).isEqualTo(-1);
            assertThat(derivative(upperRoundingBoundary(x)).signum()).as("p' above %s", x).isEqualTo(1);
            assertThat(secondDerivative(Fraction.of(x)).signum()).as("p'' at %s", x).isEqualTo(1);
        }
    }

    @Test
    void eachListedValueIsTheNearestDoubleToTheExactValueAtItsMinimizer() {
        ObjectiveMetadata m = CatalogCase.make(new WavyPolynomial(), 1).metadata();
        List<KnownMinimum> all = new ArrayList<>(m.globalMinima());
        all.addAll(m.localMinima());
        for (KnownMinimum minimum : all) {
            Fraction exact = value(Fraction.of(minimum.coordinate(0)));

            assertThat(isNearestDouble(minimum.value(), exact)).as("%s against %s", minimum, exact.toDouble()).isTrue();
        }
    }

    @Test
    void theGlobalMinimumNearZeroLiesBelowBothLocalOnesAsTheArticleSays() {
        ObjectiveMetadata m = CatalogCase.make(new WavyPolynomial(), 1).metadata();
        double global = m.globalMinima().get(0).value();

        assertThat(global).isEqualTo(-2.196515271099277);
        assertThat(m.localMinima()).extracting(KnownMinimum::value).containsExactlyInAnyOrder(1.139012193473704, 2.364112081412175)
                .allSatisfy(local -> assertThat(local).isGreaterThan(global));
        // the rest of the domain is higher still: the ends of [-10, 10] are far above
        assertThat(value(Fraction.of(-10, 1)).toDouble()).isCloseTo(2019.2902097902097, within(1e-9));
        assertThat(value(Fraction.of(10, 1)).toDouble()).isCloseTo(1809.8041958041958, within(1e-9));
    }

    @Test
    void theArticlesStartAndWindowAndTheDataRangeAsDomain() {
        ObjectiveMetadata m = CatalogCase.make(new WavyPolynomial(), 1).metadata();

        assertThat(m.suggestedStart()).containsExactly(3.5);
        assertThat(m.plotWindow().lower(0)).isEqualTo(-7);
        assertThat(m.plotWindow().upper(0)).isEqualTo(7);
        assertThat(m.domain().lower(0)).isEqualTo(-10);
        assertThat(m.domain().upper(0)).isEqualTo(10);
    }

    /** Solves {@code A^T A c = A^T y} for the 11 x 7 Vandermonde matrix A by Gauss-Jordan elimination in fractions. */
    private static List<Fraction> exactFit() {
        int m = DEGREE + 1;
        Fraction[][] system = new Fraction[m][m + 1];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= m; j++) {
                system[i][j] = Fraction.ZERO;
            }
            for (int k = 0; k < X.length; k++) {
                Fraction xi = Fraction.of(X[k], 1).pow(i);
                for (int j = 0; j < m; j++) {
                    system[i][j] = system[i][j].add(xi.multiply(Fraction.of(X[k], 1).pow(j)));
                }
                system[i][m] = system[i][m].add(xi.multiply(Fraction.of(new BigDecimal(Y[k]))));
            }
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            while (system[pivot][col].signum() == 0) {
                pivot++;
            }
            Fraction[] swap = system[col];
            system[col] = system[pivot];
            system[pivot] = swap;
            for (int row = 0; row < m; row++) {
                if (row != col && system[row][col].signum() != 0) {
                    Fraction factor = system[row][col].divide(system[col][col]);
                    for (int j = col; j <= m; j++) {
                        system[row][j] = system[row][j].subtract(factor.multiply(system[col][j]));
                    }
                }
            }
        }
        List<Fraction> solution = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            solution.add(system[i][m].divide(system[i][i]));
        }
        return solution;
    }

    private static Fraction value(Fraction x) {
        List<Fraction> c = exactFit();
        Fraction sum = Fraction.ZERO;
        for (int k = DEGREE; k >= 0; k--) {
            sum = sum.multiply(x).add(c.get(k));
        }
        return sum;
    }

    private static Fraction derivative(Fraction x) {
        List<Fraction> c = exactFit();
        Fraction sum = Fraction.ZERO;
        for (int k = DEGREE; k >= 1; k--) {
            sum = sum.multiply(x).add(c.get(k).multiply(Fraction.of(k, 1)));
        }
        return sum;
    }

    private static Fraction secondDerivative(Fraction x) {
        List<Fraction> c = exactFit();
        Fraction sum = Fraction.ZERO;
        for (int k = DEGREE; k >= 2; k--) {
            sum = sum.multiply(x).add(c.get(k).multiply(Fraction.of((long) k * (k - 1), 1)));
        }
        return sum;
    }

    /** Whether {@code d} is the double nearest to {@code exact}: {@code exact} lies between the midpoints to d's neighbours. */
    private static boolean isNearestDouble(double d, Fraction exact) {
        return lowerRoundingBoundary(d).compareTo(exact) <= 0 && exact.compareTo(upperRoundingBoundary(d)) <= 0;
    }

    /** The midpoint between {@code d} and the next double below, exactly. */
    private static Fraction lowerRoundingBoundary(double d) {
        return Fraction.of(d).add(Fraction.of(Math.nextDown(d))).divide(Fraction.of(2, 1));
    }

    /** The midpoint between {@code d} and the next double above, exactly. */
    private static Fraction upperRoundingBoundary(double d) {
        return Fraction.of(d).add(Fraction.of(Math.nextUp(d))).divide(Fraction.of(2, 1));
    }

    /** An exact rational number in lowest terms, with a positive denominator. */
    private record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
        static final Fraction ZERO = of(0, 1);

        Fraction {
            if (denominator.signum() == 0) {
                throw new ArithmeticException("zero denominator");
            }
            BigInteger gcd = numerator.gcd(denominator);
            if (denominator.signum() < 0) {
                gcd = gcd.negate();
            }
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }

        static Fraction of(long numerator, long denominator) {
            return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }

        static Fraction of(BigDecimal value) {
            return value.scale() >= 0 ? new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                    : new Fraction(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
        }

        /** The exact value of a double. */
        static Fraction of(double value) {
            return of(new BigDecimal(value));
        }

        Fraction add(Fraction o) {
            return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
        }

        Fraction subtract(Fraction o) {
            return add(new Fraction(o.numerator.negate(), o.denominator));
        }

        Fraction multiply(Fraction o) {
            return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
        }

        Fraction divide(Fraction o) {
            return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
        }

        Fraction pow(int k) {
            return new Fraction(numerator.pow(k), denominator.pow(k));
        }

        int signum() {
            return numerator.signum();
        }

        double toDouble() {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
        }

        @Override
        public int compareTo(Fraction o) {
            return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
        }

        @Override
        public String toString() {
            return numerator + "/" + denominator;
        }
    }
}
