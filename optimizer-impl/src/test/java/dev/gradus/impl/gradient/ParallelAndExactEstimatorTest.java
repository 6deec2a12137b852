package dev.gradus.impl.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.GradientSource;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradientEstimatorProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Numerical estimators on several threads give the serial result bit for bit; the two exact estimators split the objectives between them. */
class ParallelAndExactEstimatorTest {

    static Stream<GradientEstimatorProvider> numerical() {
        return Stream.of(new ForwardDifferenceProvider(), new CentralDifferenceProvider(), new FivePointProvider());
    }

    /** f(x) = sum_i sin(x_i) x_{i+1} + x_i^2 / (1 + i): coupled, so every partial depends on the neighbours; records who calls it with what. */
    private static final class Coupled implements Objective {
        final int n;
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final Set<Integer> lengths = ConcurrentHashMap.newKeySet();
        volatile double[] callersPoint;
        volatile int callsWithCallersPoint;
        volatile double failAbove = Double.POSITIVE_INFINITY;

        Coupled(int n) {
            this.n = n;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            threads.add(Thread.currentThread().getName());
            lengths.add(x.length);
            if (x == callersPoint) {
                synchronized (this) {
                    callsWithCallersPoint++;
                }
            }
            double f = 0;
            for (int i = 0; i < n; i++) {
                if (x[i] > failAbove) {
                    throw new IllegalStateException("refused x" + i + " = " + x[i]);
                }
                f += Math.sin(x[i]) * x[(i + 1) % n] + x[i] * x[i] / (1 + i);
            }
            return f;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return ObjectiveMetadata.builder(n).suggestedStart(new double[n]).plotWindow(Box.cube(n, -1, 1)).build();
        }
    }

    private static double[] point(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(1.7 * i) * (1 + i % 7);
        }
        return x;
    }

    private static GradientEstimator estimator(GradientEstimatorProvider provider, Objective objective, Map<String, ?> values) {
        return provider.create(objective, provider.parameters().bind(provider.info().id(), values));
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numerical")
    void twoThreadsGiveTheSerialGradientValueAndCountsBitForBit(GradientEstimatorProvider provider) {
        for (int n : new int[] {2, 5, 300}) {
            Coupled serialObjective = new Coupled(n);
            Coupled parallelObjective = new Coupled(n);
            GradientEstimator serial = estimator(provider, serialObjective, Map.of("threads", 1));
            GradientEstimator parallel = estimator(provider, parallelObjective, Map.of("threads", 2));
            double[] x = point(n);
            double[] gSerial = new double[n];
            double[] gParallel = new double[n];

            for (int call = 0; call < 3; call++) {
                double fSerial = serial.valueAndGradient(x.clone(), gSerial);
                double fParallel = parallel.valueAndGradient(x.clone(), gParallel);

                assertThat(Double.doubleToRawLongBits(fParallel)).as("value, n = %d", n).isEqualTo(Double.doubleToRawLongBits(fSerial));
                assertThat(bits(gParallel)).as("gradient, n = %d", n).containsExactly(bits(gSerial));
            }
            assertThat(parallel.functionEvaluations()).isEqualTo(serial.functionEvaluations());
            assertThat(serialObjective.threads).hasSize(1);
            assertThat(parallelObjective.threads).as("threads that evaluated, n = %d", n).hasSizeGreaterThanOrEqualTo(2)
                    .contains(Thread.currentThread().getName());
            assertThat(parallelObjective.lengths).containsExactly(n);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numerical")
    void inParallelThePointIsNeverPerturbedOnlyCopiesAre(GradientEstimatorProvider provider) {
        Coupled objective = new Coupled(40);
        GradientEstimator parallel = estimator(provider, objective, Map.of("threads", 2));
        double[] x = point(40);
        long[] before = bits(x);
        objective.callersPoint = x;

        parallel.valueAndGradient(x, new double[40]);

        assertThat(bits(x)).containsExactly(before);
        assertThat(objective.callsWithCallersPoint).as("calls on the caller's own array: only f(x) itself").isEqualTo(1);
    }

    @Test
    void theMostThreadsAreEveryProcessorWhenChosenOrThoseAskedForAndNeverMoreThanTheCoordinates() {
        int processors = Runtime.getRuntime().availableProcessors();

        assertThat(FiniteDifferenceProvider.workers(1000, 0)).isEqualTo(processors);
        assertThat(FiniteDifferenceProvider.workers(1, 0)).isEqualTo(1);
        assertThat(FiniteDifferenceProvider.workers(1000, 1)).isEqualTo(1);
        assertThat(FiniteDifferenceProvider.workers(3, 8)).isEqualTo(3);
        assertThat(FiniteDifferenceProvider.workers(1, 2)).isEqualTo(1);
        var estimator = (FiniteDifferenceProvider.Differences) estimator(new CentralDifferenceProvider(), new Coupled(3), Map.of("threads", 8));
        assertThat(estimator.threads()).isEqualTo(3);
    }

    @Test
    void tensOfThousandsOfParallelCallsInARowAllReturn() {
        // a benchmark here once hung with the caller joining a reused fork/join task that no worker was left to run
        for (int n : new int[] {8, 64, 512}) {
            Coupled objective = new Coupled(n);
            GradientEstimator parallel = estimator(new ForwardDifferenceProvider(), objective, Map.of("threads", 2));
            double[] x = point(n);
            double[] g = new double[n];
            int calls = 1_000_000 / (n * n) + 2_000;

            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int call = 0; call < calls; call++) {
                    parallel.valueAndGradient(x, g);
                }
            }, "n = " + n);
            assertThat(parallel.functionEvaluations()).isEqualTo((long) calls * (n + 1));
        }
    }

    @Test
    void aFailureOnAWorkerReachesTheCallerAsItself() {
        Coupled objective = new Coupled(10);
        double[] x = point(10);
        objective.failAbove = 6.5;
        x[9] = 6.5 - 1e-9;
        GradientEstimator parallel = estimator(new CentralDifferenceProvider(), objective, Map.of("threads", 2, "h", 1e-3));

        assertThatThrownBy(() -> parallel.valueAndGradient(x, new double[10])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused x9");
    }

    @Test
    void theThreadsParameterIsDeclaredWithItsBounds() {
        for (GradientEstimatorProvider provider : numerical().toList()) {
            assertThat(provider.parameters().names()).containsExactly("h", "threads");
            assertThat(provider.parameters().defaults().integer("threads")).isZero();
        }
    }

    /** f = x^2 + 3y with its exact gradient, made by hand or "automatically". */
    private static DifferentiableObjective plane(GradientSource source) {
        return new DifferentiableObjective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] x) {
                return x[0] * x[0] + 3 * x[1];
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                g[0] = 2 * x[0];
                g[1] = 3;
                return value(x);
            }

            @Override
            public GradientSource gradientSource() {
                return source;
            }

            @Override
            public ObjectiveMetadata metadata() {
                return ObjectiveMetadata.builder(2).suggestedStart(1, 1).plotWindow(Box.cube(2, -1, 2)).build();
            }
        };
    }

    @Test
    void analyticReadsHandDerivedGradientsAndAutodiffAutomaticOnes() {
        DifferentiableObjective byHand = plane(GradientSource.ANALYTIC);
        DifferentiableObjective automatic = plane(GradientSource.AUTOMATIC_DIFFERENTIATION);
        Objective valuesOnly = new Coupled(2);
        GradientEstimatorProvider analytic = new AnalyticGradientProvider();
        GradientEstimatorProvider autodiff = new AutodiffGradientProvider();

        assertThat(List.of(analytic.appliesTo(byHand), analytic.appliesTo(automatic), analytic.appliesTo(valuesOnly))).containsExactly(true, false, false);
        assertThat(List.of(autodiff.appliesTo(byHand), autodiff.appliesTo(automatic), autodiff.appliesTo(valuesOnly))).containsExactly(false, true, false);
        assertThatThrownBy(() -> autodiff.create(byHand, autodiff.parameters().defaults())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("autodiff");
        assertThatThrownBy(() -> analytic.create(automatic, analytic.parameters().defaults())).isInstanceOf(IllegalArgumentException.class);

        GradientEstimator estimator = autodiff.create(automatic, autodiff.parameters().defaults());
        double[] g = new double[2];
        assertThat(estimator.valueAndGradient(new double[] {2, 1}, g)).isEqualTo(7.0);
        estimator.valueAndGradient(new double[] {2, 1}, g);
        assertThat(g).containsExactly(4, 3);
        assertThat(estimator.functionEvaluations()).isEqualTo(2);
        assertThat(estimator.gradientEvaluations()).isEqualTo(2);
    }
}
