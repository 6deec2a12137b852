package dev.gradus.app.service;

import dev.gradus.api.data.SeededRandom;
import dev.gradus.api.objective.Sampling;
import dev.gradus.app.port.in.StochasticSetup;

/**
 * Draws the mini-batch of each step from the run's seed ({@code SeededRandom.of(seed, "batches")}),
 * so a run repeats bit for bit. Allocation happens here, once; {@link #next()} allocates nothing
 * and costs O(batch size) (O(examples) once per epoch for {@link Sampling#EPOCHS}).
 *
 * <ul>
 *   <li>Full batch (every example, not {@link Sampling#REPLACEMENT}): the examples in their order,
 *       every step; no random numbers are drawn.</li>
 *   <li>{@link Sampling#EPOCHS}: a shuffled order taken a batch at a time, shuffled afresh when used
 *       up; a batch that straddles two epochs ends the old order and starts the new one.</li>
 *   <li>{@link Sampling#RANDOM}: distinct examples, each batch a uniform draw (a partial
 *       Fisher–Yates shuffle of a pool that carries over between steps).</li>
 *   <li>{@link Sampling#REPLACEMENT}: each of the batch's examples uniform and independent.</li>
 * </ul>
 */
final class BatchSampler {
    private final int examples;
    private final int size;
    private final Sampling sampling;
    private final boolean full;
    private final SeededRandom random;
    private final int[] batch;
    private final int[] pool;
    private int position;

    BatchSampler(long seed, StochasticSetup setup) {
        this.examples = setup.examples();
        this.size = setup.batchSize();
        this.sampling = setup.sampling();
        this.full = setup.fullBatch();
        this.random = SeededRandom.of(seed, "batches");
        this.batch = new int[size];
        this.pool = new int[examples];
        for (int i = 0; i < examples; i++) {
            pool[i] = i;
        }
        if (full) {
            System.arraycopy(pool, 0, batch, 0, size);
        }
        this.position = examples;
    }

    /** Draws the next batch into {@link #indices()}. */
    void next() {
        if (full) {
            return;
        }
        switch (sampling) {
            case EPOCHS -> {
                for (int i = 0; i < size; i++) {
                    if (position == examples) {
                        random.shuffle(pool, examples);
                        position = 0;
                    }
                    batch[i] = pool[position++];
                }
            }
            case RANDOM -> {
                for (int i = 0; i < size; i++) {
                    int j = i + random.nextInt(examples - i);
                    int chosen = pool[j];
                    pool[j] = pool[i];
                    pool[i] = chosen;
                    batch[i] = chosen;
                }
            }
            case REPLACEMENT -> {
                for (int i = 0; i < size; i++) {
                    batch[i] = random.nextInt(examples);
                }
            }
        }
    }

    /** Draws and discards {@code batches} batches: where a run resumed after that many rows stands. */
    void skip(long batches) {
        for (long b = 0; b < batches; b++) {
            next();
        }
    }

    /** The current batch's example indices; live, do not modify. */
    int[] indices() {
        return batch;
    }

    /** The batch size. */
    int size() {
        return size;
    }
}
