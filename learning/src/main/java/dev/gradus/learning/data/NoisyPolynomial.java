package dev.gradus.learning.data;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.error.SyntaxException;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.param.TextParameter;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Provides points scattered about a polynomial under the id {@code polynomial}, for polynomial
 * regression: feature {@code x}, target {@code y}, with {@code points} values of {@code x} evenly
 * spaced over {@code [x_min, x_max]} (both ends included) and {@code y = p(x) + e},
 * {@code e ~ N(0, noise^2)} drawn independently per row.
 *
 * <p>{@code p} is given by {@code coefficients}: comma-separated numbers from the highest power
 * down to the constant, as the polynomial is written (numpy's {@code polyval} order). The default
 * {@code 0.5, -1, -2, 1} is the cubic {@code p(x) = 0.5 x^3 - x^2 - 2x + 1}, with a local maximum
 * and a local minimum inside the default {@code [-3, 3]}. At most 11 coefficients (degree 10),
 * each of size at most {@code 10^6}, and {@code |x| <= 1000}, so every {@code y} is finite. A text
 * that does not parse is refused with a {@link SyntaxException} naming the position.
 *
 * <p>Row order: by increasing {@code x}. With {@code noise = 0} the data is {@code p} evaluated by
 * Horner's rule, the same for every seed.
 */
public final class NoisyPolynomial implements DataSetProvider {
    private static final ProviderInfo INFO = new ProviderInfo("polynomial", "Noisy polynomial", Recipes.VERSION, GradusApi.VERSION,
            "Evenly spaced x with y a polynomial of x plus Gaussian noise, by default the cubic 0.5 x^3 - x^2 - 2x + 1 on [-3, 3]: "
                    + "a curved regression a straight line cannot fit.");
    private static final String COEFFICIENTS = "coefficients";
    private static final int MOST_COEFFICIENTS = 11;
    private static final double LARGEST_COEFFICIENT = 1e6;
    private static final Range X = Range.closed(-1000, 1000);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new TextParameter(COEFFICIENTS, "comma-separated coefficients from the highest power down to the constant: "
                    + "0.5, -1, -2, 1 is 0.5 x^3 - x^2 - 2x + 1", "0.5, -1, -2, 1", 300),
            new IntegerParameter("points", "number of points", 50, 2, 100_000),
            RealParameter.of("x_min", "smallest x, the first point's", -3, X),
            RealParameter.of("x_max", "largest x, the last point's", 3, X),
            RealParameter.of("noise", "standard deviation of the Gaussian noise added to each y", 0.5, Range.closed(0, 1e6)))
            .withRule("x_min must be less than x_max", v -> v.real("x_min") < v.real("x_max"), "x_min", "x_max");

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    /**
     * @throws SyntaxException when {@code coefficients} is not a list of 1 to 11 numbers, each of
     *     size at most {@code 10^6}
     */
    @Override
    public DataSet create(ParameterValues values, long seed) {
        double[] c = coefficients(values.text(COEFFICIENTS));
        return NoisyCurve.sample(INFO.id(), x -> horner(c, x), values.real("x_min"), values.real("x_max"),
                Math.toIntExact(values.integer("points")), values.real("noise"), seed);
    }

    private static double horner(double[] c, double x) {
        double y = c[0];
        for (int k = 1; k < c.length; k++) {
            y = y * x + c[k];
        }
        return y;
    }

    /** The numbers of {@code text}, highest power first. */
    static double[] coefficients(String text) {
        List<Double> found = new ArrayList<>();
        int start = 0;
        while (true) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String part = text.substring(start, end);
            int position = start + part.length() - part.stripLeading().length();
            String number = part.strip();
            if (number.isEmpty()) {
                throw new SyntaxException(COEFFICIENTS, text, position, "expected a number");
            }
            Double value = ParameterSpace.parseReal(number);
            if (value == null) {
                throw new SyntaxException(COEFFICIENTS, text, position, "'" + number + "' is not a number");
            }
            if (!(Math.abs(value) <= LARGEST_COEFFICIENT)) {
                throw new SyntaxException(COEFFICIENTS, text, position, number + " is too large; a coefficient must be in [-1e6, 1e6]");
            }
            if (found.size() == MOST_COEFFICIENTS) {
                throw new SyntaxException(COEFFICIENTS, text, position, "at most " + MOST_COEFFICIENTS + " coefficients (degree 10) are allowed");
            }
            found.add(value);
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        double[] c = new double[found.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = found.get(k);
        }
        return c;
    }
}
