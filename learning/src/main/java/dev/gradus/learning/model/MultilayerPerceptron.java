package dev.gradus.learning.model;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ChoiceParameter;
import dev.gradus.api.param.IntegerListParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.learning.BuildInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Provides a fully connected network under the id {@code mlp}: seed 003's 2-8-2 XOR network, and
 * any other stack of dense layers.
 *
 * <p>The network: {@code layers = s0-s1-...-sL} (default {@code 2-8-2}) gives {@code L} dense
 * layers, layer {@code l} taking {@code s(l-1)} inputs to {@code s(l)} outputs by
 * {@code z_l = a_(l-1) W_l + b_l}, with {@code a_0 = x} and {@code a_l = f(z_l)} for the hidden
 * layers, {@code f} the {@code activation} ({@code relu}, the default, {@code sigmoid} or
 * {@code tanh}). {@code s0} must be the data's feature count. The {@code output}:
 * <ul>
 *   <li>{@code softmax}: the mean cross-entropy of {@code softmax(z_L)} against the class, as
 *       torch's {@code CrossEntropyLoss} (log-sum-exp, exact); {@code sL} must be the number of
 *       classes. With {@code log_epsilon = e > 0} the per-example loss is seed 003's
 *       {@code -log(p_target + e)} (1e-7 reproduces it exactly) and the gradient is the exact
 *       derivative of that (see {@link SoftmaxCrossEntropy}). Makes a
 *       {@link dev.gradus.api.objective.Classifier}.</li>
 *   <li>{@code linear}: the mean squared error of {@code z_L} against the numeric target, as
 *       torch's {@code MSELoss()}; {@code sL} must be 1. {@code log_epsilon} plays no part.</li>
 *   <li>{@code auto} (the default): {@code softmax} on classification data, {@code linear} on
 *       regression data.</li>
 * </ul>
 * Both add {@code l2/2 * sum W^2} over every layer's weights (not the biases), to the full and to
 * the batch loss. The gradient is exact, by back-propagation.
 *
 * <p>Parameter layout, flattened layer by layer as numpy's arrays of seed 003: {@code W1}
 * ({@code s0 x s1}, row-major: {@code W1[i][j]} with {@code i} the input index), then {@code b1},
 * then {@code W2}, {@code b2}, and so on. Coordinate names {@code w1[i][j]} and {@code b1[j]}, the
 * layer numbered from 1 and the indices from 0. Dimension {@code sum_l (s(l-1) + 1) s(l)}; 42 for
 * {@code 2-8-2}.
 *
 * <p>The suggested start is the {@code init}ialisation drawn from the run's seed
 * ({@code SeededRandom.of(seed, "init")}, layer by layer in the layout's order), so one seed gives
 * one start: {@code torch} (the default), nn.Linear's {@code U(-1/sqrt(fan_in), 1/sqrt(fan_in))}
 * for weights and biases; {@code normal}, weights {@code N(0, 1) * init_scale} (default 0.1) and
 * zero biases, seed 003's {@code randn * 0.1}; {@code xavier} (Glorot uniform) and {@code he}
 * (Kaiming normal), each with zero biases. See {@link Initialization}.
 *
 * <p>Metadata: formula {@code mean cross-entropy of softmax(W2 relu(W1 x + b1) + b2)}; plot
 * window {@code [-3, 3]^n}; no known minima; smooth unless the activation is {@code relu}, whose
 * kink at 0 the gradient takes as slope 0.
 */
public final class MultilayerPerceptron implements ObjectiveProvider {
    /** The largest network: 80 MB per parameter vector. */
    static final long MAX_PARAMETERS = 10_000_000;

    private static final ProviderInfo INFO = new ProviderInfo("mlp", "Multilayer perceptron", BuildInfo.VERSION, GradusApi.VERSION,
            "A fully connected network (default 2-8-2 with ReLU, seed 003's XOR network): softmax cross-entropy for classes, "
                    + "squared error for numbers, exact gradients by back-propagation.");
    private static final String LAYERS = "layers";
    private static final String ACTIVATION = "activation";
    private static final String OUTPUT = "output";
    private static final String INIT = "init";
    private static final String INIT_SCALE = "init_scale";
    private static final String AUTO = "auto";
    private static final String SOFTMAX = "softmax";
    private static final String LINEAR = "linear";
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(2, 42);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerListParameter(LAYERS, "the layer sizes from input to output: the data's feature count first, "
                    + "the number of classes (softmax) or 1 (linear) last", List.of(2L, 8L, 2L), 1, 100_000),
            new ChoiceParameter(ACTIVATION, "the activation of the hidden layers", Activation.RELU.id(), Activation.ids()),
            new ChoiceParameter(OUTPUT, "softmax with cross-entropy for classes, linear with squared error for numbers, "
                    + "or auto: whichever the data needs", AUTO, List.of(AUTO, SOFTMAX, LINEAR)),
            new ChoiceParameter(INIT, "how the suggested start is drawn from the seed: torch nn.Linear's default uniform, "
                    + "normal * init_scale with zero biases, xavier uniform or he normal", Initialization.TORCH.id(), Initialization.ids()),
            RealParameter.of(INIT_SCALE, "the standard deviation of the normal initialisation's weights", 0.1, Range.greaterThan(0)),
            ModelParameters.L2,
            ModelParameters.LOG_EPSILON)
            .withRule("layers lists at least two sizes, the input and the output", v -> v.integers(LAYERS).size() >= 2, LAYERS)
            .withRule("the network has at most " + MAX_PARAMETERS + " parameters",
                    v -> v.integers(LAYERS).size() < 2 || parameterCount(v.integers(LAYERS)) <= MAX_PARAMETERS, LAYERS);

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

    /** Exactly the parameter count of {@code layers}. */
    @Override
    public Dimensions dimensions(ParameterValues values) {
        return Dimensions.fixed((int) parameterCount(values.integers(LAYERS)));
    }

    /** Exactly the parameter count of {@code layers}, once they fit the data. */
    @Override
    public Dimensions dimensions(ParameterValues values, DataSet data) {
        if (data != null) {
            softmax(values, data);
        }
        return dimensions(values);
    }

    @Override
    public Objective create(ObjectiveContext context) {
        ParameterValues values = context.parameters();
        DataSet data = context.data();
        boolean softmax = softmax(values, data);
        List<Long> sizes = values.integers(LAYERS);
        int n = (int) parameterCount(sizes);
        if (context.dimension() != n) {
            throw new IllegalArgumentException(INFO.id() + " " + IntegerListParameter.format(sizes) + " has dimension " + n + ", not "
                    + context.dimension());
        }
        Activation activation = Activation.of(values.choice(ACTIVATION));
        double l2 = values.real(ModelParameters.L2.name());
        double epsilon = values.real(ModelParameters.LOG_EPSILON.name());
        List<Dense> layers = new ArrayList<>();
        List<String> names = new ArrayList<>(n);
        int offset = 0;
        for (int l = 1; l < sizes.size(); l++) {
            int in = sizes.get(l - 1).intValue();
            int out = sizes.get(l).intValue();
            layers.add(new Dense(in, out, offset, offset + in * out));
            offset += (in + 1) * out;
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    names.add("w" + l + "[" + i + "][" + j + "]");
                }
            }
            for (int j = 0; j < out; j++) {
                names.add("b" + l + "[" + j + "]");
            }
        }
        OutputLoss loss = softmax ? new SoftmaxCrossEntropy(data.classes(), epsilon) : SquaredError.INSTANCE;
        Network network = new Network(n, layers, activation, loss, l2);
        double[] start = Initialization.of(values.choice(INIT)).start(layers, n, context.seed(), values.real(INIT_SCALE));
        ObjectiveMetadata metadata = ObjectiveMetadata.builder(n)
                .formula(formula(layers.size(), activation, softmax, epsilon, l2, data))
                .coordinateNames(names)
                .suggestedStart(start)
                .plotWindow(Box.cube(n, -3, 3))
                .smooth(network.smooth())
                .build();
        return softmax ? new ClassifierObjective(network, data, metadata) : new ModelObjective(network, data, metadata);
    }

    /** {@code sum_l (s(l-1) + 1) s(l)}, exact for any sizes the descriptor allows. */
    static long parameterCount(List<Long> sizes) {
        long count = 0;
        for (int l = 1; l < sizes.size(); l++) {
            count += (sizes.get(l - 1) + 1) * sizes.get(l);
        }
        return count;
    }

    /**
     * Whether the output is softmax (else linear), once everything fits the data.
     *
     * @throws dev.gradus.api.param.InvalidParametersException naming every parameter that does not fit
     */
    private static boolean softmax(ParameterValues values, DataSet data) {
        DataFit fit = new DataFit(INFO.id(), data);
        List<Long> sizes = values.integers(LAYERS);
        String layers = IntegerListParameter.format(sizes);
        String output = values.choice(OUTPUT);
        boolean softmax = output.equals(AUTO) ? data.isClassification() : output.equals(SOFTMAX);
        if (softmax && !data.isClassification()) {
            fit.refuse(OUTPUT, output, "softmax needs classification data, but " + data.name() + " is regression data with numeric target "
                    + data.targetName() + "; use linear or auto");
        }
        if (!softmax && data.isClassification()) {
            fit.refuse(OUTPUT, output, "linear fits numbers, but " + data.name() + " is classification data with " + data.classes()
                    + " classes; use softmax or auto");
        }
        if (sizes.get(0) != data.features()) {
            fit.refuse(LAYERS, layers, "the first size must be the number of input features, " + data.features() + ", since " + fit.features());
        }
        long last = sizes.get(sizes.size() - 1);
        if (fit.fits() && softmax && last != data.classes()) {
            fit.refuse(LAYERS, layers, "the last size must be the number of classes, " + data.classes() + ", since " + data.name() + " has classes "
                    + String.join(", ", data.classNames()));
        }
        if (fit.fits() && !softmax && last != 1) {
            fit.refuse(LAYERS, layers, "the last size must be 1, one prediction of the numeric target " + data.targetName());
        }
        fit.check();
        return softmax;
    }

    /** {@code mean cross-entropy of softmax(W2 relu(W1 x + b1) + b2)}. */
    private static String formula(int depth, Activation activation, boolean softmax, double epsilon, double l2, DataSet data) {
        String z = "x";
        for (int l = 1; l <= depth; l++) {
            String affine = "W" + l + " " + z + " + b" + l;
            z = l < depth ? activation.id() + "(" + affine + ")" : affine;
        }
        String loss;
        if (!softmax) {
            loss = "mean((" + z + " - " + data.targetName() + ")^2)";
        } else if (epsilon == 0) {
            loss = "mean cross-entropy of softmax(" + z + ")";
        } else {
            loss = "mean of -log(p_y + " + Formulas.number(epsilon) + "), p = softmax(" + z + ")";
        }
        return loss + Formulas.penalty(l2, "W");
    }
}
