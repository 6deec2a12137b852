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
 * Provides logistic regression under the id {@code logistic-regression}, on classification data
 * with {@code d} features and {@code k} classes. A {@link dev.gradus.api.objective.Classifier}.
 *
 * <ul>
 *   <li>{@code k = 2}: {@code p = P(class 1) = sigmoid(w·x + b)} and the loss is the mean binary
 *       cross-entropy (torch's {@code BCEWithLogitsLoss}), over the {@code d + 1} parameters
 *       {@code (w[0], ..., w[d-1], b)}.</li>
 *   <li>{@code k > 2}: {@code p = softmax(x W + b)} and the loss is the mean cross-entropy (torch's
 *       {@code CrossEntropyLoss}), over the {@code k (d + 1)} parameters {@code W[i][j]} (feature
 *       {@code i}, class {@code j}, row-major, named {@code w[i][j]}) then {@code b[j]}.</li>
 * </ul>
 * Both add {@code l2/2 * sum W^2} over the weights, not the biases. With {@code log_epsilon = e > 0}
 * the per-example loss is {@code -log(p_target + e)} instead (see {@link SoftmaxCrossEntropy} and
 * {@link SigmoidCrossEntropy}), and the gradient is that loss's exact derivative. With
 * {@code e = 0} the loss is convex; on separable data it has no minimum (the weights grow without
 * end while the loss falls towards 0), unless {@code l2 > 0}.
 *
 * <p>Metadata: start at zero (every class equally probable); plot window {@code [-3, 3]^n}; no
 * known minimum; smooth.
 */
public final class LogisticRegression implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("logistic-regression", "Logistic regression", BuildInfo.VERSION, GradusApi.VERSION,
            "A linear classifier: sigmoid and binary cross-entropy for two classes, softmax and cross-entropy for more. "
                    + "Convex; reports its accuracy and decision regions.");
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(2, 3);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(ModelParameters.L2, ModelParameters.LOG_EPSILON);

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

    /** {@code d + 1} for two classes, {@code k (d + 1)} for {@code k > 2}. */
    @Override
    public Dimensions dimensions(ParameterValues values, DataSet data) {
        if (data == null) {
            return DIMENSIONS;
        }
        check(data);
        return Dimensions.fixed(parameters(data));
    }

    @Override
    public Objective create(ObjectiveContext context) {
        DataSet data = context.data();
        check(data);
        int n = parameters(data);
        if (context.dimension() != n) {
            throw new IllegalArgumentException(INFO.id() + " on " + data + " has dimension " + n + ", not " + context.dimension());
        }
        double l2 = context.parameters().real(ModelParameters.L2.name());
        double epsilon = context.parameters().real(ModelParameters.LOG_EPSILON.name());
        int d = data.features();
        int k = data.classes();
        List<String> names = new ArrayList<>(n);
        Network network;
        String formula;
        if (k == 2) {
            network = new Network(n, List.of(new Dense(d, 1, 0, d)), null, new SigmoidCrossEntropy(epsilon), l2);
            for (int i = 0; i < d; i++) {
                names.add("w[" + i + "]");
            }
            names.add("b");
            formula = (epsilon == 0 ? "mean binary cross-entropy of p = sigmoid(w·x + b)"
                    : "mean of -log(p + " + Formulas.number(epsilon) + ") for class 1 and -log(1 - p + " + Formulas.number(epsilon)
                            + ") for class 0, p = sigmoid(w·x + b)") + Formulas.penalty(l2, "w");
        } else {
            network = new Network(n, List.of(new Dense(d, k, 0, d * k)), null, new SoftmaxCrossEntropy(k, epsilon), l2);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < k; j++) {
                    names.add("w[" + i + "][" + j + "]");
                }
            }
            for (int j = 0; j < k; j++) {
                names.add("b[" + j + "]");
            }
            formula = (epsilon == 0 ? "mean cross-entropy of softmax(W x + b)"
                    : "mean of -log(p_y + " + Formulas.number(epsilon) + "), p = softmax(W x + b)") + Formulas.penalty(l2, "W");
        }
        ObjectiveMetadata metadata = ObjectiveMetadata.builder(n)
                .formula(formula)
                .coordinateNames(names)
                .suggestedStart(new double[n])
                .plotWindow(Box.cube(n, -3, 3))
                .build();
        return new ClassifierObjective(network, data, metadata);
    }

    private static int parameters(DataSet data) {
        int d = data.features();
        return data.classes() == 2 ? d + 1 : data.classes() * (d + 1);
    }

    private static void check(DataSet data) {
        DataFit fit = new DataFit(INFO.id(), data);
        fit.requireClassification("fit numbers with linear-regression, polynomial-regression or mlp");
        fit.check();
    }
}
