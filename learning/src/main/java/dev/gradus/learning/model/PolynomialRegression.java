package dev.gradus.learning.model;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.learning.BuildInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Provides least-squares polynomial regression under the id {@code polynomial-regression}: on
 * regression data with one feature {@code x}, the parameters are the coefficients
 * {@code (c0, c1, ..., cK)} of degree {@code K} ({@code degree}, 3 by default, at most 20) and the
 * objective is {@code mean_rows (c0 + c1 x + ... + cK x^K - y)^2 + l2/2 * (c1^2 + ... + cK^2)}: the
 * mean squared error as torch's {@code MSELoss()} (no factor 1/2), plus the optional penalty on the
 * coefficients of the powers, not on the intercept {@code c0}. Dimension {@code K + 1}. It is
 * {@link LinearRegression} on the features {@code x, x^2, ..., x^K}, so the gradient is
 * {@code d/dc_k = (2/m) sum_rows (p(x) - y) x^k} (plus {@code l2 c_k} for {@code k >= 1}).
 *
 * <p>Conditioning: x is used as given. The Hessian {@code (2/m) V^T V}, with {@code V} the
 * Vandermonde matrix of columns {@code 1, x, ..., x^K}, has entries {@code 2 mean x^(j+k)}, from 2
 * up to {@code 2 mean x^(2K)}; for x spread evenly over {@code [-10, 10]} and degree 6 these span
 * eleven orders of magnitude ({@code mean x^12} is near {@code 10^12 / 13}), so plain gradient descent converges only for learning rates below about
 * {@code 1 / mean x^12} and then barely moves the low coefficients. That is a lesson the model can
 * show; to fit rather than watch, scale x into {@code [-1, 1]} in the data first, where the
 * condition number grows far more slowly with the degree.
 *
 * <p>Metadata: start at zero; plot window {@code [-3, 3]^(K+1)}; no known minimum is listed; smooth.
 */
public final class PolynomialRegression implements ObjectiveProvider {
    static final int MAX_DEGREE = 20;

    private static final ProviderInfo INFO = new ProviderInfo("polynomial-regression", "Polynomial regression", BuildInfo.VERSION,
            GradusApi.VERSION, "Fits a polynomial c0 + c1 x + ... + cK x^K to one-feature regression data by mean squared error: a convex bowl, "
                    + "badly conditioned for high degrees unless x is scaled into [-1, 1].");
    private static final IntegerParameter DEGREE = new IntegerParameter("degree", "the polynomial's degree K: K + 1 coefficients c0 .. cK", 3, 1,
            MAX_DEGREE);
    private static final Dimensions DIMENSIONS = new Dimensions(2, MAX_DEGREE + 1, 4);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(DEGREE, ModelParameters.L2);

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public DataUse dataUse() {
        return DataUse.REQUIRED;
    }

    /** Mini-batches of the data, each with an exact gradient. */
    @Override
    public Set<ObjectiveCapability> capabilities() {
        return Set.of(ObjectiveCapability.EXACT_GRADIENT, ObjectiveCapability.STOCHASTIC);
    }

    @Override
    public Dimensions dimensions() {
        return DIMENSIONS;
    }

    /** Exactly {@code degree + 1}. */
    @Override
    public Dimensions dimensions(ParameterValues values) {
        return Dimensions.fixed(degree(values) + 1);
    }

    /** Exactly {@code degree + 1}, once the data is known to have one feature and numeric targets. */
    @Override
    public Dimensions dimensions(ParameterValues values, DataSet data) {
        if (data != null) {
            check(data);
        }
        return dimensions(values);
    }

    @Override
    public Objective create(ObjectiveContext context) {
        DataSet data = context.data();
        check(data);
        int degree = degree(context.parameters());
        if (context.dimension() != degree + 1) {
            throw new IllegalArgumentException(INFO.id() + " of degree " + degree + " has dimension " + (degree + 1) + ", not " + context.dimension());
        }
        double l2 = context.parameters().real(ModelParameters.L2.name());
        Network network = new Network(degree + 1, List.of(new Dense(degree, 1, 1, 0)), null, SquaredError.INSTANCE, l2);
        List<String> names = new ArrayList<>();
        for (int k = 0; k <= degree; k++) {
            names.add("c" + k);
        }
        ObjectiveMetadata metadata = ObjectiveMetadata.builder(degree + 1)
                .formula(formula(data, degree, l2))
                .coordinateNames(names)
                .suggestedStart(new double[degree + 1])
                .plotWindow(Box.cube(degree + 1, -3, 3))
                .build();
        return new ModelObjective(network, powers(data, degree), data, metadata);
    }

    /** Row {@code r} holds {@code x_r, x_r^2, ..., x_r^K}, each power the previous times x. */
    static double[] powers(DataSet data, int degree) {
        double[] powers = new double[data.size() * degree];
        for (int r = 0; r < data.size(); r++) {
            double x = data.feature(r, 0);
            double power = 1;
            for (int k = 0; k < degree; k++) {
                power *= x;
                powers[r * degree + k] = power;
            }
        }
        return powers;
    }

    private static int degree(ParameterValues values) {
        return (int) values.integer(DEGREE.name());
    }

    private static void check(DataSet data) {
        DataFit fit = new DataFit(INFO.id(), data);
        fit.requireRegression("fit classes with logistic-regression or mlp");
        if (data.features() != 1) {
            fit.refuse(DataFit.DATA, data.name(), "data with exactly one feature, but " + fit.features() + "; fit several with linear-regression");
        }
        fit.check();
    }

    /** {@code mean((c0 + c1*x + c2*x^2 - y)^2)} with the data's names. */
    private static String formula(DataSet data, int degree, double l2) {
        String x = data.featureNames().get(0);
        StringBuilder p = new StringBuilder("c0");
        for (int k = 1; k <= degree; k++) {
            p.append(" + c").append(k).append('*').append(x).append(k == 1 ? "" : "^" + k);
        }
        return "mean((" + p + " - " + data.targetName() + ")^2)" + (l2 == 0 ? "" : " + " + Formulas.number(l2) + "/2*sum_{k>=1}(c_k^2)");
    }
}
