package dev.gradus.app.port.in;

import dev.gradus.api.objective.Sampling;
import java.util.Objects;

/**
 * How a run on a stochastic objective draws its mini-batches and reports its loss.
 *
 * @param examples   the number of examples batches are drawn from
 * @param batchSize  examples per step's batch, in [1, examples]
 * @param sampling   how batches are drawn
 * @param evalEvery  the full-data loss is computed every this many steps (and at the last row); 1 is every step
 * @param classifier whether the objective is a classifier, so rows report accuracy
 */
public record StochasticSetup(int examples, int batchSize, Sampling sampling, long evalEvery, boolean classifier) {

    public StochasticSetup {
        Objects.requireNonNull(sampling, "sampling");
        if (examples < 1 || batchSize < 1 || batchSize > examples || evalEvery < 1) {
            throw new IllegalArgumentException("bad stochastic setup: " + examples + " examples, batch " + batchSize + ", eval every " + evalEvery);
        }
    }

    /** Whether each step uses every example in order: plain gradient descent. */
    public boolean fullBatch() {
        return batchSize == examples && sampling != Sampling.REPLACEMENT;
    }
}
