package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the wavy polynomial of seed article 000 under the id {@code wavy-polynomial}: the
 * degree-6 least-squares fit ({@code numpy.polyfit(x, y, 6)}) through the eleven points
 * {@code x = -5, ..., 5}, {@code y = 5, 1.5, 2, 1.5, 0, -3, -1, 2, 3, 2.5, 5}. A 1-D landscape with
 * two local minima, near -4 and near 4, on either side of the global one near 0: plain gradient
 * descent from the article's start 3.5 stays in the local minimum near 4, which the article's
 * mini-batch noise lets it escape.
 *
 * <p>The fit solves the normal equations {@code A^T A c = A^T y} of the 11 x 7 Vandermonde matrix
 * {@code A}. In exact rational arithmetic its coefficients are, lowest degree first,
 * {@code -5333/2431, -1057/8580, 1089341/795600, 43/1056, -2863/24480, -3/2080, 361/122400}; each
 * is held here as the quotient of its two integers, which IEEE division rounds correctly, so the
 * doubles are the nearest doubles to the exact coefficients (WavyPolynomialTest solves the normal
 * equations in fractions and checks both claims). They agree with {@code numpy.polyfit} to its
 * rounding. {@link #coefficients()} hands them out.
 *
 * <p>Derivative: {@code sum_k k c_k x^(k-1)}. Minima, the roots of the quintic derivative, to 40
 * digits by Newton's method in 60-digit arithmetic and rounded to the nearest double (the test
 * checks exactly that the derivative changes sign within half an ulp of each):
 * <ul>
 *   <li>global: -2.196515271099277055837... at x = 0.044912667681841289493747...;</li>
 *   <li>local: 1.139012193473704041833... at x = -4.171623672768137364039796...;</li>
 *   <li>local: 2.364112081412175319443... at x = 4.251174996896658858666925....</li>
 * </ul>
 * The two local maxima between them are at -2.8182612643187 and 3.1013191135481838. The leading
 * coefficient is positive, so the polynomial rises beyond them on both sides: 2019.29 at -10,
 * 1809.80 at 10.
 *
 * <p>Start: 3.5, the article's. Plot window: {@code [-7, 7]}, the article's {@code xlim}. Domain:
 * {@code [-10, 10]}, the range of the article's samples {@code linspace(-10, 10, 100)}.
 */
public final class WavyPolynomial extends CurveFunctionProvider {
    /** Lowest degree first; each the correctly rounded quotient of the exact fraction's integers. */
    private static final double[] COEFFICIENTS = {
        -5333.0 / 2431, -1057.0 / 8580, 1089341.0 / 795600, 43.0 / 1056, -2863.0 / 24480, -3.0 / 2080, 361.0 / 122400};

    public WavyPolynomial() {
        super(new ProviderInfo("wavy-polynomial", "Wavy polynomial", BuildInfo.VERSION, GradusApi.VERSION,
                "The degree-6 least-squares polynomial through eleven points of the stochastic gradient descent article: "
                        + "local minima near -4 and 4, the global one -2.1965 near 0."), new Sextic());
    }

    /**
     * The coefficients {@code c_0, ..., c_6} of {@code f(x) = sum_k c_k x^k}, lowest degree first: a
     * fresh copy on every call.
     */
    public static double[] coefficients() {
        return COEFFICIENTS.clone();
    }

    private static final class Sextic extends CurveFunction {
        private static final double[] C = COEFFICIENTS;
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(1)
                .formula("361/122400*x^6 - 3/2080*x^5 - 2863/24480*x^4 + 43/1056*x^3 + 1089341/795600*x^2 - 1057/8580*x - 5333/2431")
                .suggestedStart(3.5)
                .plotWindow(Box.interval(-7, 7))
                .domain(Box.interval(-10, 10))
                .globalMinimum(new double[] {0.04491266768184129}, -2.196515271099277)
                .localMinimum(new double[] {-4.1716236727681375}, 1.139012193473704)
                .localMinimum(new double[] {4.251174996896659}, 2.364112081412175)
                .logScaledContours(false)
                .build();

        @Override
        double value(double x) {
            double sum = C[6];
            for (int k = 5; k >= 0; k--) {
                sum = sum * x + C[k];
            }
            return sum;
        }

        @Override
        double derivative(double x) {
            double sum = 6 * C[6];
            for (int k = 5; k >= 1; k--) {
                sum = sum * x + k * C[k];
            }
            return sum;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
