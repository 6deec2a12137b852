package dev.gradus.benchmarks;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.spi.OptimizerProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One step of each element-wise built-in optimizer at its defaults (SGD also with momentum 0.9),
 * reached through the SPI as a host reaches it, against the memory floor of its byte count
 * measured in the same run: {@code floor-k} is an in-place kernel that reads and writes k arrays
 * and reads one more (the gradient), the traffic of an optimizer that keeps k - 1 state vectors
 * (SGD: 1, 24 bytes a parameter; momentum, Adagrad, RMSprop: 2, 40 bytes; Adam and its family,
 * Adadelta: 3, 56 bytes). The ratio of an optimizer's median to its floor's is what
 * {@code benchmarks/README.md} reports; the gc profiler ({@code -prof gc}) gives the bytes
 * allocated per step.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Thread)
public class OptimizerStepBenchmark {
    @Param({"10000000"})
    int dimension;

    @Param({"floor-1", "floor-2", "floor-3", "sgd", "sgd-momentum", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "adamax", "nadam",
            "radam"})
    String step;

    private double[] x;
    private double[] gradient;
    private double[][] vectors;
    private Stepper stepper;
    private final Context context = new Context();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        x = new double[dimension];
        gradient = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            x[i] = random.nextDouble() * 2 - 1;
            gradient[i] = random.nextDouble() * 2 - 1;
        }
        if (step.startsWith("floor-")) {
            int arrays = Integer.parseInt(step.substring("floor-".length()));
            List<double[]> all = new ArrayList<>();
            all.add(x);
            for (int k = 1; k < arrays; k++) {
                all.add(new double[dimension]);
            }
            vectors = all.toArray(double[][]::new);
            stepper = null;
            return;
        }
        String id = step.equals("sgd-momentum") ? "sgd" : step;
        OptimizerProvider provider = NumericalGradientBenchmark.find(OptimizerProvider.class, id);
        Map<String, String> values = step.equals("sgd-momentum") ? Map.of("momentum", "0.9") : Map.of();
        context.learningRate = provider.parameters().parse(id, values).real("lr");
        stepper = Stepper.of(provider.create(provider.parameters().parse(id, values)), dimension);
    }

    @Benchmark
    public double step() {
        if (stepper != null) {
            stepper.update(x, gradient, context);
        } else if (vectors.length == 1) {
            floor1(x, gradient);
        } else if (vectors.length == 2) {
            floor2(x, vectors[1], gradient);
        } else {
            floor3(x, vectors[1], vectors[2], gradient);
        }
        return x[dimension - 1];
    }

    /** x ← x − c g: 24 bytes a coordinate, as SGD. */
    private static void floor1(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
            x[i] -= 1e-9 * g[i];
        }
    }

    /** a ← 0.9 a + g; x ← x − c a: 40 bytes a coordinate, as momentum. */
    private static void floor2(double[] x, double[] a, double[] g) {
        for (int i = 0; i < x.length; i++) {
            double ai = 0.9 * a[i] + g[i];
            a[i] = ai;
            x[i] -= 1e-9 * ai;
        }
    }

    /** a ← 0.9 a + 0.1 g; b ← 0.999 b + 0.001 g²; x ← x − c (a + b): 56 bytes a coordinate, as Adam. */
    private static void floor3(double[] x, double[] a, double[] b, double[] g) {
        for (int i = 0; i < x.length; i++) {
            double gi = g[i];
            double ai = 0.9 * a[i] + 0.1 * gi;
            double bi = 0.999 * b[i] + 0.001 * gi * gi;
            a[i] = ai;
            b[i] = bi;
            x[i] -= 1e-9 * (ai + bi);
        }
    }

    /** An optimizer and its state, typed once. */
    private abstract static class Stepper {
        abstract void update(double[] x, double[] g, StepContext context);

        static <S extends OptimizerState> Stepper of(Optimizer<S> optimizer, int dimension) {
            S state = optimizer.init(dimension);
            return new Stepper() {
                @Override
                void update(double[] x, double[] g, StepContext context) {
                    optimizer.update(state, x, g, context);
                }
            };
        }
    }

    /** The step context a host hands over: the configured learning rate, no value. */
    private static final class Context implements StepContext {
        double learningRate;

        @Override
        public double learningRate() {
            return learningRate;
        }

        @Override
        public double value() {
            return 0;
        }

        @Override
        public double evaluate(double[] point, double[] gradient) {
            throw new IllegalStateException("an element-wise optimizer evaluates nothing");
        }
    }
}
