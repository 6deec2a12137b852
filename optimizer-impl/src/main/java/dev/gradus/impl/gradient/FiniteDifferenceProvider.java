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
 * next range for a while after each ({@link RangeWorkers}), so where the gradients follow each
 * other closely it is awake and no wake-up is needed. The parked workers are woken for the first
 * parallel gradient and, as long as the workers share the gradients, for every one; after a
 * gradient no worker shared, for the next, and then with a growing backoff (see
 * {@link Differences#wakes}), taking only workers still awake in between: so where the gaps
 * between gradients are longer than a worker's spin and a gradient too short for a woken worker
 * to arrive in time, hardly any wake-up is paid. And the estimators that chose parallel work count
 * themselves while they compute a gradient ({@link RangeWorkers#enter}): each takes only the
 * threads that leave a core to each of the others, so runs that already keep every core busy
 * (compare runs as many at once as there are processors) compute their gradients serially rather
 * than crowd the cores with workers. The gradient is the same bit for bit whatever the choice,
 * and so are the evaluation counts.
 */
abstract class FiniteDifferenceProvider implements GradientEstimatorProvider {
    /**
     * The automatic choice computes a gradient in parallel when one on a single thread takes at
     * least this long, in nanoseconds. Measured with {@code NumericalGradientBenchmark} on a busy
     * two-core virtual machine, gradients back to back: two threads broke even with one at about
     * 2.3 µs (the 64-dimensional sphere, 2.3-2.4 µs serial against 2.1-2.8 µs on two threads) and
     * were 1.4 times faster at 5.8 µs (96 dimensions); 5 µs leaves a margin for a hand-off that a busy
     * machine makes slower.
     */
    static final long PARALLEL_NANOS = 5_000;

    /** The most parallel gradients no worker shared between two of the automatic choice's wake-ups. */
    static final int LONGEST_BACKOFF = 64;

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
                "threads to evaluate the coordinates on: 0 chooses by timing one gradient in " + TIMING_INTERVAL + " (while one takes "
                        + PARALLEL_NANOS / 1000 + " microseconds or more on one thread, every processor that other runs choosing so leave"
                        + " idle; else 1), 1 is serial, k uses up to k; the result is the same bit for bit", 0, 0, 1024));
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
        /** How many parallel gradients in a row no worker shared; 0 before the first. */
        private int unshared;
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
                boolean was = parallel;
                parallel = serialNanos >= parallelNanos;
                if (parallel && !was) {
                    // the first parallel gradient wakes the workers
                    unshared = 0;
                }
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
                threadsUsed = workers.compute(x, value, gradient, handOff, false);
                return;
            }
            int computing = workers.enter();
            try {
                // every run that computes at once keeps a core busy: share only with the cores left idle
                int threads = workers.threads() - computing + 1;
                if (threads < 2) {
                    handOff = null;
                    threadsUsed = workers.compute(x, value, gradient, HandOff.AWAKE_ONLY, timed, 1);
                } else {
                    handOff = wakes(unshared) ? HandOff.IMPATIENT : HandOff.AWAKE_ONLY;
                    threadsUsed = workers.compute(x, value, gradient, handOff, timed, threads);
                    unshared = threadsUsed >= 2 ? 0 : unshared + 1;
                }
            } finally {
                workers.leave();
            }
            if (timed) {
                serialNanos = workers.serialEstimateNanos();
            }
        }

        /**
         * Whether the automatic choice wakes parked workers after {@code unshared} parallel
         * gradients in a row that no worker shared: a wake-up costs the caller a system call and pays
         * only if the worker then shares, so after a hiccup it tries at once, and then less and less
         * often (after 1, 2, 4, ... unshared gradients, then every {@value FiniteDifferenceProvider#LONGEST_BACKOFF}) while the
         * gaps between gradients are longer than a worker's spin or the cores are busy with other work.
         */
        static boolean wakes(int unshared) {
            return unshared <= LONGEST_BACKOFF ? (unshared & (unshared - 1)) == 0 : unshared % LONGEST_BACKOFF == 0;
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
