package dev.gradus.learning.model;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
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
 * Provides least-squares linear regression under the id {@code linear-regression}: on regression
 * data with {@code d} features, the parameters are {@code (w[0], ..., w[d-1], b)} and the objective
 * is {@code mean_rows (w·x + b - y)^2 + l2/2 * |w|^2}, the mean of the squared errors as torch's
 * {@code MSELoss()} (no factor 1/2), plus the optional penalty on the weights (not on {@code b}).
 * Dimension {@code d + 1}.
 *
 * <p>Gradient: {@code d/dw = (2/m) sum_rows (w·x + b - y) x + l2 w} and
 * {@code d/db = (2/m) sum_rows (w·x + b - y)}. A convex quadratic bowl whose Hessian is
 * {@code (2/m) [X 1]^T [X 1]} (plus {@code l2} on the weights): the least-squares fit is its
 * minimum, and badly scaled features make it an elongated one.
 *
 * <p>Metadata: start at zero; plot window {@code [-3, 3]^(d+1)}; no known minimum is listed (it is
 * the data's least-squares solution); smooth.
 */
public final class LinearRegression implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("linear-regression", "Linear regression", BuildInfo.VERSION, GradusApi.VERSION,
            "Fits y = w·x + b to regression data by mean squared error: a convex bowl whose minimum is the least-squares fit. "
                    + "One weight per feature, then the bias.");
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(2, 2);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(ModelParameters.L2);

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

    /** {@code d + 1} for {@code d} features, at least 2. */
    /** Mini-batches of the data, each with an exact gradient. */
    @Override
    public Set<ObjectiveCapability> capabilities() {
        return Set.of(ObjectiveCapability.EXACT_GRADIENT, ObjectiveCapability.STOCHASTIC);
    }

    @Override
    public Dimensions dimensions() {
        return DIMENSIONS;
    }

    /** Exactly one more than the data's feature count. */
    @Override
    public Dimensions dimensions(ParameterValues values, DataSet data) {
        if (data == null) {
            return DIMENSIONS;
        }
        check(data);
        return Dimensions.fixed(data.features() + 1);
    }

    @Override
    public Objective create(ObjectiveContext context) {
        DataSet data = context.data();
        check(data);
        int d = data.features();
        if (context.dimension() != d + 1) {
            throw new IllegalArgumentException(INFO.id() + " on " + d + " features has dimension " + (d + 1) + ", not " + context.dimension());
        }
        double l2 = context.parameters().real(ModelParameters.L2.name());
        Network network = new Network(d + 1, List.of(new Dense(d, 1, 0, d)), null, SquaredError.INSTANCE, l2);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            names.add("w[" + i + "]");
        }
        names.add("b");
        ObjectiveMetadata metadata = ObjectiveMetadata.builder(d + 1)
                .formula(formula(data, l2))
                .coordinateNames(names)
                .suggestedStart(new double[d + 1])
                .plotWindow(Box.cube(d + 1, -3, 3))
                .build();
        return new ModelObjective(network, data, metadata);
    }

    private static void check(DataSet data) {
        DataFit fit = new DataFit(INFO.id(), data);
        fit.requireRegression("fit classes with logistic-regression or mlp");
        fit.check();
    }

    /** {@code mean((w[0]*x + b - y)^2)} with the data's names up to three features, {@code w·x} beyond. */
    private static String formula(DataSet data, double l2) {
        StringBuilder sum = new StringBuilder();
        if (data.features() <= 3) {
            for (int i = 0; i < data.features(); i++) {
                sum.append("w[").append(i).append("]*").append(data.featureNames().get(i)).append(" + ");
            }
        } else {
            sum.append("w·x + ");
        }
        return "mean((" + sum + "b - " + data.targetName() + ")^2)" + Formulas.penalty(l2, "w");
    }
}
