package dev.gradus.impl.gradient;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ProviderInfo;

/**
 * What the finite-difference estimators share: they apply to any objective, take the step
 * parameter {@code h} (see {@link DifferenceStep}) and the parallelism parameter {@code threads},
 * and count function evaluations only.
 *
 * <p>Parallel evaluation: with {@code threads = 0} (the default) the partials are computed on as
 * many threads as there are processors once the dimension reaches {@link #PARALLEL_DIMENSION}, and
 * serially below it; {@code threads = 1} is always serial; {@code threads = k} uses up to {@code k}
 * threads at any dimension (at most one per coordinate). The threshold was measured with
 * {@code NumericalGradientBenchmark} (benchmarks/README.md) on the sphere, whose evaluation is the
 * cheapest an n-D objective can be (n multiply-adds): below it, waking the threads costs more than
 * the evaluations they share. Objectives that cost more per evaluation gain from parallelism at
 * smaller dimensions; ask for it there with {@code -e threads=2}. The gradient is the same bit for
 * bit either way (see {@link CoordinateWorkers}), and so are the evaluation counts.
 */
abstract class FiniteDifferenceProvider implements GradientEstimatorProvider {
    /** From this dimension on, automatic parallelism splits the coordinates between threads. */
    static final int PARALLEL_DIMENSION = 256;

    private final ProviderInfo info;
    private final ParameterSpace parameters;
    private final double scale;

    /**
     * @param info  the provider's identity
     * @param rule  the scaled rule's constant in words, for the description of {@code h}
     * @param scale that constant
     */
    FiniteDifferenceProvider(ProviderInfo info, String rule, double scale) {
        this.info = info;
        this.parameters = ParameterSpace.of(DifferenceStep.parameter(rule), new IntegerParameter("threads",
                "threads to evaluate the coordinates on: 0 chooses (all processors from dimension " + PARALLEL_DIMENSION
                        + ", else 1), 1 is serial, k uses up to k; the result is the same bit for bit", 0, 0, 1024));
        this.scale = scale;
    }

    /** The rule for {@code objective} with differences of {@code step}. */
    abstract Partials partials(Objective objective, DifferenceStep step);

    /** Whether the rule needs {@code f(x)} (forward differences do), so it is evaluated first. */
    abstract boolean usesValue();

    /** Function evaluations per coordinate: 1, 2 or 4. */
    abstract int evaluationsPerCoordinate();

    @Override
    public final ProviderInfo info() {
        return info;
    }

    @Override
    public final ParameterSpace parameters() {
        return parameters;
    }

    @Override
    public final boolean appliesTo(Objective objective) {
        return true;
    }

    @Override
    public final GradientEstimator create(Objective objective, ParameterValues values) {
        Partials partials = partials(objective, new DifferenceStep(values.real("h"), scale));
        int n = objective.dimension();
        int workers = workers(n, values.integer("threads"));
        return new Differences(objective, partials, usesValue(), evaluationsPerCoordinate(),
                workers >= 2 ? new CoordinateWorkers(partials, n, workers) : null);
    }

    /** The threads an estimator uses on an {@code n}-dimensional objective with the parameter {@code threads}. */
    static int workers(int n, long threads) {
        int chosen = threads == 0 ? (n >= PARALLEL_DIMENSION ? Runtime.getRuntime().availableProcessors() : 1) : (int) threads;
        return Math.min(chosen, n);
    }

    /** One run's estimator: the rule swept over every coordinate, serially or by {@link CoordinateWorkers}. */
    static final class Differences implements GradientEstimator {
        private final Objective objective;
        private final Partials partials;
        private final boolean usesValue;
        private final int perCoordinate;
        private final CoordinateWorkers workers;
        private long evaluations;

        Differences(Objective objective, Partials partials, boolean usesValue, int perCoordinate, CoordinateWorkers workers) {
            this.objective = objective;
            this.partials = partials;
            this.usesValue = usesValue;
            this.perCoordinate = perCoordinate;
            this.workers = workers;
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double value = usesValue ? objective.value(x) : Double.NaN;
            if (workers == null) {
                partials.compute(x, 0, x.length, value, gradient);
            } else {
                workers.compute(x, value, gradient);
            }
            if (!usesValue) {
                value = objective.value(x);
            }
            evaluations += (long) perCoordinate * x.length + 1;
            return value;
        }

        /** How many threads share the coordinates: 1 when serial. */
        int threads() {
            return workers == null ? 1 : workers.workers();
        }

        @Override
        public long functionEvaluations() {
            return evaluations;
        }

        @Override
        public long gradientEvaluations() {
            return 0;
        }
    }
}
