package dev.gradus.impl.gradient;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.parallel.HandOff;
import dev.gradus.impl.parallel.RangeWorkers;
import java.util.function.LongSupplier;

/**
 * What the finite-difference estimators share: they apply to any objective, take the step
 * parameter {@code h} (see {@link DifferenceStep}) and the parallelism parameter {@code threads},
 * and count function evaluations only.
 *
 * <p>Parallel evaluation ({@link CoordinateWorkers}): {@code threads = 1} is always serial;
 * {@code threads = k} uses up to {@code k} threads at any dimension (at most one per coordinate),
 * waiting for each worker it posts to. {@code threads = 0} (the default) decides by the gradient's
 * cost rather than its dimension, since one evaluation may cost anything from a few
 * multiply-adds to a network's forward pass: one gradient in {@link #TIMING_INTERVAL} is timed
 * with {@link System#nanoTime} (when parallel, the caller's own range, scaled to every coordinate),
 * and the gradients after it share the coordinates with every processor while that time on one
 * thread is at least {@link #PARALLEL_NANOS}, and are serial below it. So a run re-decides as the
 * JIT warms up or the objective changes cost. A parallel gradient here never waits for a worker
 * that has not started its range: the caller takes the range back and computes it itself once its
 * own is done, so it costs at most about a serial one. Nor does it wake a parked worker for every
 * gradient, which costs its caller a system call of several microseconds: a worker spins for its
 * next range for a while after each, and is woken only for the first parallel gradient, the timed
 * ones, those after a gradient it shared (it parked in a hiccup between the two), and every
 * gradient of {@link #WAKE_NANOS} or more (long enough for a woken worker to arrive while its range
 * is still to do); after a parallel gradient no worker shared, only workers still awake are taken.
 * The gradient is the same bit for bit whatever the choice, and so are the evaluation counts.
 */
abstract class FiniteDifferenceProvider implements GradientEstimatorProvider {
    /**
     * The automatic choice computes a gradient in parallel when one on a single thread takes at
     * least this long, in nanoseconds. Measured with {@code NumericalGradientBenchmark}: where two
     * threads whose worker is awake break even with one (see benchmarks/README.md), with a margin.
     */
    static final long PARALLEL_NANOS = 5_000;

    /**
     * From this serial cost on, in nanoseconds, the automatic choice wakes a parked worker for
     * every gradient: a woken worker starts 60 to 80 µs later on a virtual machine, so it arrives
     * while at least half of its range is still to do.
     */
    static final long WAKE_NANOS = 250_000;

    /** The automatic choice times one gradient in this many, the first included. */
    static final int TIMING_INTERVAL = 16;

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
                "threads to evaluate the coordinates on: 0 chooses by timing one gradient in " + TIMING_INTERVAL
                        + " (every processor while it takes " + PARALLEL_NANOS / 1000 + " microseconds or more on one thread, else 1),"
                        + " 1 is serial, k uses up to k; the result is the same bit for bit", 0, 0, 1024));
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
        return create(objective, values, RangeWorkers.shared(), System::nanoTime, PARALLEL_NANOS);
    }

    /** {@link #create} with the workers, the clock and the automatic choice's threshold given, for tests. */
    final Differences create(Objective objective, ParameterValues values, RangeWorkers workers, LongSupplier clock, long parallelNanos) {
        Partials partials = partials(objective, new DifferenceStep(values.real("h"), scale));
        int n = objective.dimension();
        long threads = values.integer("threads");
        int most = workers(n, threads);
        return new Differences(objective, partials, usesValue(), evaluationsPerCoordinate(),
                most >= 2 ? new CoordinateWorkers(partials, n, most, workers, clock) : null, threads == 0, clock, parallelNanos);
    }

    /** The most threads an estimator uses on an {@code n}-dimensional objective with the parameter {@code threads}. */
    static int workers(int n, long threads) {
        int chosen = threads == 0 ? Runtime.getRuntime().availableProcessors() : (int) threads;
        return Math.min(chosen, n);
    }

    /** One run's estimator: the rule swept over every coordinate, serially or by {@link CoordinateWorkers}. */
    static final class Differences implements GradientEstimator {
        private final Objective objective;
        private final Partials partials;
        private final boolean usesValue;
        private final int perCoordinate;
        /** Null when always serial. */
        private final CoordinateWorkers workers;
        /** threads = 0 with more than one thread to choose from. */
        private final boolean automatic;
        private final LongSupplier clock;
        private final long parallelNanos;
        private long evaluations;
        private long calls;
        /** The last timed gradient's cost on one thread, measured or estimated; 0 before the first. */
        private long serialNanos;
        private boolean parallel;
        private boolean wasParallel;
        private HandOff handOff;
        private int threadsUsed;

        Differences(Objective objective, Partials partials, boolean usesValue, int perCoordinate, CoordinateWorkers workers, boolean automatic,
                LongSupplier clock, long parallelNanos) {
            this.objective = objective;
            this.partials = partials;
            this.usesValue = usesValue;
            this.perCoordinate = perCoordinate;
            this.workers = workers;
            this.automatic = automatic && workers != null;
            this.clock = clock;
            this.parallelNanos = parallelNanos;
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double value = usesValue ? objective.value(x) : Double.NaN;
            boolean timed = automatic && calls++ % TIMING_INTERVAL == 0;
            if (workers != null && (parallel || !automatic)) {
                computeInParallel(x, value, gradient, timed);
            } else {
                // serial by setting or by choice, from one call site: two sites compiled apart made the chosen one 10 % slower
                long start = timed ? clock.getAsLong() : 0;
                partials.compute(x, 0, x.length, value, gradient);
                if (timed) {
                    serialNanos = clock.getAsLong() - start;
                }
                threadsUsed = 1;
                handOff = null;
            }
            if (automatic) {
                wasParallel = parallel;
                parallel = serialNanos >= parallelNanos;
            }
            if (!usesValue) {
                value = objective.value(x);
            }
            evaluations += (long) perCoordinate * x.length + 1;
            return value;
        }

        /** Asked for, or chosen by the last timed gradient (see {@link FiniteDifferenceProvider}); a timed one estimates the serial cost from the caller's range. */
        private void computeInParallel(double[] x, double value, double[] gradient, boolean timed) {
            if (!automatic) {
                handOff = HandOff.PATIENT;
            } else {
                // a worker parked since the gradient before is worth waking if it shared that one (a hiccup between
                // the two), not if it did not (it is parked between gradients): the timed ones still try
                boolean wake = timed || !wasParallel || threadsUsed >= 2 || serialNanos >= WAKE_NANOS;
                handOff = wake ? HandOff.IMPATIENT : HandOff.AWAKE_ONLY;
            }
            threadsUsed = workers.compute(x, value, gradient, handOff, timed);
            if (timed) {
                serialNanos = workers.serialEstimateNanos();
            }
        }

        /** The most threads a gradient uses: 1 when always serial. */
        int threads() {
            return workers == null ? 1 : workers.threads();
        }

        /** How many threads shared the last gradient: 1 when it was serial or no worker started in time. */
        int threadsUsed() {
            return threadsUsed;
        }

        /** How the last gradient handed ranges to the workers; null when it was serial by choice or by setting. */
        HandOff handOff() {
            return workers == null ? null : handOff;
        }

        /** What the last timed gradient cost, or would have, on one thread (nanoseconds); 0 before the first. */
        long lastSerialNanos() {
            return serialNanos;
        }

        /** Whether the automatic choice makes the next gradient parallel. */
        boolean nextIsParallel() {
            return workers != null && (!automatic || parallel);
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
