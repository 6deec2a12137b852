package dev.gradus.learning.model;

import dev.gradus.api.data.SeededRandom;
import java.util.Arrays;
import java.util.List;

/**
 * How a network's first point is drawn, layer by layer in parameter order: each layer's weights
 * {@code W[i][j]} row by row, then its biases, from one {@link SeededRandom} stream (purpose
 * {@code init}), so the same seed gives the same start. {@code fan_in} and {@code fan_out} are the
 * layer's input and output counts.
 */
enum Initialization {
    /**
     * torch {@code nn.Linear}'s default: weights and biases uniform in
     * {@code [-1/sqrt(fan_in), 1/sqrt(fan_in))} (its {@code kaiming_uniform_(a = sqrt 5)} comes to
     * this bound).
     */
    TORCH("torch") {
        @Override
        void draw(Dense layer, double[] theta, SeededRandom random, double scale) {
            double bound = 1 / Math.sqrt(layer.inputs());
            drawWeights(layer, theta, () -> uniform(random, bound));
            for (int j = 0; j < layer.outputs(); j++) {
                theta[layer.biasIndex(j)] = uniform(random, bound);
            }
        }
    },
    /** Weights {@code N(0, 1) * init_scale}, biases 0: seed 003's {@code np.random.randn(2, 8) * 0.1}. */
    NORMAL("normal") {
        @Override
        void draw(Dense layer, double[] theta, SeededRandom random, double scale) {
            drawWeights(layer, theta, () -> random.nextGaussian() * scale);
        }
    },
    /**
     * Glorot and Bengio's uniform, torch's {@code xavier_uniform_}: weights uniform in
     * {@code [-a, a)} with {@code a = sqrt(6 / (fan_in + fan_out))}, biases 0. Suits sigmoid and tanh.
     */
    XAVIER("xavier") {
        @Override
        void draw(Dense layer, double[] theta, SeededRandom random, double scale) {
            double bound = Math.sqrt(6.0 / (layer.inputs() + layer.outputs()));
            drawWeights(layer, theta, () -> uniform(random, bound));
        }
    },
    /**
     * He et al.'s normal, torch's {@code kaiming_normal_} for ReLU: weights
     * {@code N(0, 2 / fan_in)}, biases 0.
     */
    HE("he") {
        @Override
        void draw(Dense layer, double[] theta, SeededRandom random, double scale) {
            double deviation = Math.sqrt(2.0 / layer.inputs());
            drawWeights(layer, theta, () -> random.nextGaussian() * deviation);
        }
    };

    private final String id;

    Initialization(String id) {
        this.id = id;
    }

    /** The name of the {@code init} choice. */
    String id() {
        return id;
    }

    /** The choice words, in declaration order. */
    static List<String> ids() {
        return Arrays.stream(values()).map(Initialization::id).toList();
    }

    /** The initialisation named {@code id}, one of {@link #ids()}. */
    static Initialization of(String id) {
        for (Initialization i : values()) {
            if (i.id.equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown initialisation '" + id + "'; known: " + ids());
    }

    /**
     * Writes the layer's weights and biases into {@code theta}.
     *
     * @param theta  the parameter vector. Modified.
     * @param random the stream shared by all layers, in order
     * @param scale  {@code init_scale}, used by {@link #NORMAL} only
     */
    abstract void draw(Dense layer, double[] theta, SeededRandom random, double scale);

    /** The start of a network: every layer drawn in order from {@code SeededRandom.of(seed, "init")}. */
    double[] start(Iterable<Dense> layers, int parameters, long seed, double scale) {
        double[] theta = new double[parameters];
        SeededRandom random = SeededRandom.of(seed, "init");
        for (Dense layer : layers) {
            draw(layer, theta, random, scale);
        }
        return theta;
    }

    private static void drawWeights(Dense layer, double[] theta, java.util.function.DoubleSupplier draw) {
        for (int i = 0; i < layer.inputs(); i++) {
            for (int j = 0; j < layer.outputs(); j++) {
                theta[layer.weightIndex(i, j)] = draw.getAsDouble();
            }
        }
    }

    private static double uniform(SeededRandom random, double bound) {
        return bound * (2 * random.nextDouble() - 1);
    }
}
