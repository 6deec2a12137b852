package dev.gradus.api.objective;

/**
 * An objective over a set of examples whose gradient, at each step, is computed on a mini-batch of
 * them. {@link #value} is the objective on all the data (the loss Gradus reports, so runs with
 * different batch sizes compare); {@link #batch()} is the objective on the batch last
 * {@linkplain #select selected}, which the gradient estimator differentiates (exactly when it is a
 * {@link DifferentiableObjective}, numerically otherwise).
 *
 * <p>The host draws the batches (with the run's seed and the chosen {@link Sampling}) and calls
 * {@link #select} before each step's gradient; between two calls the batch is fixed. Before the
 * first call the batch is every example in order. When every step's batch is every example in
 * order (a full batch, sampled by epochs or at random), Gradus takes the batch's value as the row's
 * loss instead of calling {@link #value} as well: there the two are one function (TCK rule J11). {@code select} is called from one thread; the
 * batch objective's methods may then be called from several at once, as any objective's.
 */
public interface StochasticObjective extends Objective {

    /** The number of examples batches are drawn from, at least 1. */
    int examples();

    /** The batch size used when the user names none, in {@code [1, examples()]}. */
    default int defaultBatchSize() {
        return examples();
    }

    /** The sampling used when the user names none. */
    default Sampling defaultSampling() {
        return Sampling.EPOCHS;
    }

    /**
     * Makes the batch the examples {@code indices[0 .. count)} (each in {@code [0, examples())},
     * possibly repeated); the batch objective evaluates on them from now on. Must not allocate
     * per call where it can avoid it: it is called every step.
     */
    void select(int[] indices, int count);

    /**
     * The objective on the current batch: the same instance on every call, with this objective's
     * dimension and metadata. A {@link DifferentiableObjective} when the batch gradient is exact.
     */
    Objective batch();
}
