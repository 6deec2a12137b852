package dev.gradus.impl.optimizer;

import dev.gradus.impl.parallel.HandOff;
import dev.gradus.impl.parallel.RangeJob;
import dev.gradus.impl.parallel.RangeWorkers;

/**
 * One run's element-wise update: the optimizer's loop body over a range of coordinates, and the
 * numbers it reads, which the optimizer sets before each step. Every coordinate is updated by the
 * same arithmetic on its own entries (index i of each array and nothing else), so the coordinates
 * can be split between threads and the result is the serial one bit for bit.
 *
 * <p>A step object belongs to one state, so to one run: the optimizer stays immutable, and two runs
 * never share one. {@link #apply} runs the whole range on the calling thread below
 * {@link #PARALLEL_DIMENSION} coordinates, exactly as a plain loop would, and from there on splits
 * it between the calling thread and the shared {@link RangeWorkers} (see there how runs share them).
 *
 * <p>How many threads: the system property {@value #PROPERTY}, read once per process, as for an
 * estimator's {@code threads}: {@code 0} (the default) chooses, every processor from
 * {@link #PARALLEL_DIMENSION} coordinates on and one below, and a worker that is slow to wake is
 * not waited for (its range is taken back, {@link HandOff#IMPATIENT}); {@code 1} is always serial;
 * {@code k} uses up to {@code k} threads at any dimension (at most one per coordinate) and waits
 * for each. It is a property of the process, not a hyperparameter: the optimizers' parameters are
 * torch.optim's, and the result does not depend on it.
 */
abstract class ElementwiseStep extends RangeJob {
    /** The system property that sets how many threads share a step. */
    static final String PROPERTY = "gradus.step.threads";

    /**
     * From this dimension on, automatic parallelism splits a step between threads. Set from a smoke
     * run of {@code OptimizerStepBenchmark} on a busy two-core virtual machine, to be measured
     * again on a quiet one (see {@code benchmarks/README.md}): with workers that have to be woken
     * for every step ({@code gapMicros=500}), as between the steps of a run, two threads broke even
     * with one on the lightest step (SGD) at 5·10^5 coordinates and were ahead on Adam from 2·10^5;
     * with workers still spinning from the step before ({@code gapMicros=0}), two threads were
     * about 1.8 times faster from 2·10^5 on every step measured.
     */
    static final int PARALLEL_DIMENSION = 500_000;

    /** {@value #PROPERTY} as the process started with it, read once. */
    static final String CONFIGURED = System.getProperty(PROPERTY);
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    /** The caller's arrays while a parallel step runs, for the workers; null otherwise, so a state holds no caller array. */
    double[] x;
    double[] gradient;
    private int threads;
    private int threadsUsed;

    /** @throws IllegalArgumentException when {@value #PROPERTY} is set to something other than a whole number ≥ 0 */
    ElementwiseStep() {
        threads = threads(CONFIGURED);
    }

    /**
     * The thread count {@value #PROPERTY} asks for: 0 (choose) when unset.
     *
     * @throws IllegalArgumentException naming the property and the value when it is not a whole number ≥ 0
     */
    static int threads(String property) {
        if (property == null || property.isBlank()) {
            return 0;
        }
        try {
            int threads = Integer.parseInt(property.strip());
            if (threads >= 0) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed values
        }
        throw new IllegalArgumentException("-D" + PROPERTY + " must be 0 (choose), 1 (serial) or a number of threads, not '" + property + "'");
    }

    /**
     * Updates the coordinates {@code [from, to)}: the optimizer's loop, reading the numbers set for
     * this step. It touches index i of each array only for i in the range, so ranges may run at
     * once on different threads.
     *
     * @param x        the point. Modified.
     * @param gradient the gradient. Not modified.
     */
    abstract void range(double[] x, double[] gradient, int from, int to);

    /**
     * Updates every coordinate: serially, or split between threads (see the class comment). A
     * failure in any range is thrown here, after every range has finished; where several fail, the
     * one of the lowest coordinates, as a serial loop would have thrown.
     *
     * @param x        the point, as long as the state. Modified.
     * @param gradient the gradient. Not modified.
     */
    final void apply(double[] x, double[] gradient) {
        int n = x.length;
        int wanted = wanted(threads, n);
        if (wanted < 2) {
            threadsUsed = 1;
            range(x, gradient, 0, n);
        } else {
            apply(RangeWorkers.shared(), x, gradient, wanted);
        }
    }

    /** The parallel path of {@link #apply}, on {@code workers} with up to {@code wanted} threads. */
    final void apply(RangeWorkers workers, double[] x, double[] gradient, int wanted) {
        this.x = x;
        this.gradient = gradient;
        try {
            threadsUsed = workers.apply(this, x.length, wanted, threads != 0 ? HandOff.PATIENT : HandOff.IMPATIENT);
        } finally {
            this.x = null;
            this.gradient = null;
        }
    }

    /** A range of the parallel path: the optimizer's loop over the arrays {@link #apply} set. */
    @Override
    protected final void run(int part, int from, int to) {
        range(x, gradient, from, to);
    }

    /** The threads a step of {@code n} coordinates asks for under the setting {@code threads} (0: choose). */
    static int wanted(int threads, int n) {
        return threads == 0 ? (n >= PARALLEL_DIMENSION ? PROCESSORS : 1) : Math.min(threads, n);
    }

    /** Overrides {@value #PROPERTY} for this run alone, with the same meaning; for tests. */
    void threads(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be ≥ 0, not " + threads);
        }
        this.threads = threads;
    }

    /**
     * How many threads shared the last step: 1 when it ran serially, including when every worker
     * was busy or none started before the caller took its range back.
     */
    int threadsUsed() {
        return threadsUsed;
    }
}
