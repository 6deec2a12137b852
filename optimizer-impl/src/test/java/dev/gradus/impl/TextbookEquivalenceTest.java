package dev.gradus.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.OptimizerProvider;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Which of the optimizers of K. Saitoh, "Deep Learning from Scratch" (chapter 6, common/optimizer.py)
 * a torch-semantics built-in reproduces, and which needed a textbook variant. The book's rules are
 * written out below as plain loops; the built-ins are looked up by id, as the CLI finds them.
 */
class TextbookEquivalenceTest {
    private static final int STEPS = 50;
    private static final double[] START = {-7, 2};

    /** The book's comparison function, f = x^2/20 + y^2 (Gradus's elongated-bowl). */
    private static void gradient(double[] x, double[] g) {
        g[0] = x[0] / 10;
        g[1] = 2 * x[1];
    }

    private static double value(double[] x) {
        return x[0] * x[0] / 20 + x[1] * x[1];
    }

    /** The built-in with this id, found by ServiceLoader as every provider is. */
    private static OptimizerProvider builtIn(String id) {
        return ServiceLoader.load(OptimizerProvider.class).stream().map(ServiceLoader.Provider::get).filter(p -> p.info().id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no optimizer '" + id + "' is registered"));
    }

    /** The points after each of {@code steps} updates of the built-in {@code id}, from {@link #START}, at its {@code lr}. */
    private static double[][] gradus(String id, Map<String, String> parameters, int steps) {
        OptimizerProvider provider = builtIn(id);
        ParameterValues values = provider.parameters().parse(id, parameters);
        return run(provider.create(values), values.real("lr"), steps);
    }

    private static <S extends OptimizerState> double[][] run(Optimizer<S> optimizer, double lr, int steps) {
        S state = optimizer.init(2);
        double[] x = START.clone();
        double[] g = new double[2];
        double[][] path = new double[steps][];
        for (int k = 0; k < steps; k++) {
            gradient(x, g);
            optimizer.update(state, x, g, StepContext.of(lr, value(x)));
            path[k] = x.clone();
        }
        return path;
    }

    /** Each point within 1e-12 of the other, relative to its size (a coordinate may pass through zero). */
    private static void assertSamePath(double[][] gradus, double[][] book) {
        assertThat(gradus.length).isEqualTo(book.length);
        for (int k = 0; k < book.length; k++) {
            double size = Math.max(Math.abs(book[k][0]), Math.abs(book[k][1]));
            assertThat(gradus[k]).as("point after update %d", k + 1).containsExactly(book[k], within(1e-12 * size));
        }
        // not a vacuous comparison: the runs went somewhere
        assertThat(book[book.length - 1]).isNotEqualTo(START);
    }

    @Test
    void booksSgdIsSgd() {
        double eta = 0.95;
        double[] x = START.clone();
        double[] g = new double[2];
        double[][] book = new double[STEPS][];
        for (int k = 0; k < STEPS; k++) {
            gradient(x, g);
            for (int i = 0; i < 2; i++) {
                x[i] -= eta * g[i];
            }
            book[k] = x.clone();
        }

        assertSamePath(gradus("sgd", Map.of("lr", "0.95"), STEPS), book);
    }

    /** Book: v ← αv − ηg; x ← x + v. torch keeps b = −v/η, the same thing while η is constant. */
    @Test
    void booksMomentumIsSgdWithMomentumAndNoDampening() {
        double eta = 0.1;
        double alpha = 0.9;
        double[] x = START.clone();
        double[] g = new double[2];
        double[] v = new double[2];
        double[][] book = new double[STEPS][];
        for (int k = 0; k < STEPS; k++) {
            gradient(x, g);
            for (int i = 0; i < 2; i++) {
                v[i] = alpha * v[i] - eta * g[i];
                x[i] += v[i];
            }
            book[k] = x.clone();
        }

        assertSamePath(gradus("sgd", Map.of("lr", "0.1", "momentum", "0.9", "dampening", "0"), STEPS), book);
    }

    /** Book: h ← h + g²; x ← x − η g / (√h + 1e-7). Needs the built-in adagrad (lr_decay 0, initial_accumulator_value 0). */
    @Test
    void booksAdaGradIsAdagradWithEps1e7() {
        double eta = 1.5;
        double[] x = START.clone();
        double[] g = new double[2];
        double[] h = new double[2];
        double[][] book = new double[STEPS][];
        for (int k = 0; k < STEPS; k++) {
            gradient(x, g);
            for (int i = 0; i < 2; i++) {
                h[i] += g[i] * g[i];
                x[i] -= eta * g[i] / (Math.sqrt(h[i]) + 1e-7);
            }
            book[k] = x.clone();
        }

        assertSamePath(gradus("adagrad", Map.of("lr", "1.5", "eps", "1e-7"), STEPS), book);
    }

    /** Book: h ← ρh + (1 − ρ)g²; x ← x − η g / (√h + 1e-7), ρ = 0.99. Needs the built-in rmsprop (torch's alpha is ρ). */
    @Test
    void booksRmspropIsRmspropWithAlpha099AndEps1e7() {
        double eta = 0.1;
        double rho = 0.99;
        double[] x = START.clone();
        double[] g = new double[2];
        double[] h = new double[2];
        double[][] book = new double[STEPS][];
        for (int k = 0; k < STEPS; k++) {
            gradient(x, g);
            for (int i = 0; i < 2; i++) {
                h[i] *= rho;
                h[i] += (1 - rho) * g[i] * g[i];
                x[i] -= eta * g[i] / (Math.sqrt(h[i]) + 1e-7);
            }
            book[k] = x.clone();
        }

        assertSamePath(gradus("rmsprop", Map.of("lr", "0.1", "alpha", "0.99", "eps", "1e-7"), STEPS), book);
    }

    @Test
    void booksAdamIsNotTorchsAdamEvenWithTheSameEps() {
        double[] book = gradus("textbook-adam", Map.of("lr", "0.3"), 1)[0];
        double[] torch = gradus("adam", Map.of("lr", "0.3", "eps", "1e-7"), 1)[0];

        // g = (-0.7, 4), m = 0.1 g, v = 0.001 g^2. Book: x - 0.3 √0.001 / 0.1 * m / (√v + 1e-7) = x - 0.3 g / (|g| + 1e-7 / √0.001)
        //   = (-7 + 0.21 / 0.70000316227766, 2 - 1.2 / 4.00000316227766) = (-6.70000135525573, 1.70000023717064)
        // torch: x - 0.3 / 0.1 * m / (√v / √0.001 + 1e-7) = x - 0.3 g / (|g| + 1e-7) = (-6.70000004285714, 1.70000000750000)
        assertThat(book).containsExactly(new double[] {-6.7000013552557319366, 1.7000002371706370128}, within(1e-14));
        assertThat(torch).containsExactly(new double[] {-6.7000000428571367347, 1.7000000074999998125}, within(1e-14));
        assertThat(torch[0] - book[0]).isCloseTo(1.3124e-6, within(1e-9));
    }

    @Test
    void booksNesterovIsNotSgdWithNesterov() {
        double[] book = gradus("textbook-nesterov", Map.of("lr", "0.1", "momentum", "0.9"), 1)[0];
        double[] torch = gradus("sgd", Map.of("lr", "0.1", "momentum", "0.9", "nesterov", "true"), 1)[0];

        // g = (-0.7, 4). From rest the book steps by (1 + μ + μ²) lr g = 0.271 g: (-7 + 0.1897, 2 - 1.084) = (-6.8103, 0.916);
        // torch by (1 + μ) lr g = 0.19 g: (-7 + 0.133, 2 - 0.76) = (-6.867, 1.24)
        assertThat(book).containsExactly(new double[] {-6.8103, 0.916}, within(1e-14));
        assertThat(torch).containsExactly(new double[] {-6.867, 1.24}, within(1e-14));
    }
}
