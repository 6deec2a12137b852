package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.objective.Sampling;
import dev.gradus.app.port.in.StochasticSetup;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The batches drawn for stochastic objectives: right distribution, epochs that cover, replay. */
class BatchSamplerTest {
    /** The chi-square statistic's 0.999 quantile for 9 degrees of freedom: a fair sampler exceeds it once in a thousand seeds. */
    private static final double CHI_SQUARE_9_999 = 27.877;

    private static BatchSampler sampler(int examples, int batch, Sampling sampling, long seed) {
        return new BatchSampler(seed, new StochasticSetup(examples, batch, sampling, 1, false));
    }

    private static double chiSquare(Sampling sampling) {
        BatchSampler sampler = sampler(10, 3, sampling, 11);
        long[] counts = new long[10];
        int batches = 20_000;
        for (int b = 0; b < batches; b++) {
            sampler.next();
            for (int i = 0; i < 3; i++) {
                counts[sampler.indices()[i]]++;
            }
        }
        double expected = batches * 3 / 10.0;
        double statistic = 0;
        for (long c : counts) {
            statistic += (c - expected) * (c - expected) / expected;
        }
        return statistic;
    }

    @Test
    void everyExampleIsDrawnAsOftenAsChanceSaysInEveryMode() {
        for (Sampling sampling : Sampling.values()) {
            assertThat(chiSquare(sampling)).as(sampling.id()).isLessThan(CHI_SQUARE_9_999);
        }
    }

    @Test
    void aRandomBatchHoldsDistinctExamplesAndAReplacementBatchMayRepeat() {
        BatchSampler random = sampler(10, 5, Sampling.RANDOM, 3);
        BatchSampler replacement = sampler(10, 5, Sampling.REPLACEMENT, 3);
        boolean repeated = false;
        for (int b = 0; b < 200; b++) {
            random.next();
            replacement.next();
            assertThat(Arrays.stream(random.indices()).distinct().count()).isEqualTo(5);
            repeated |= Arrays.stream(replacement.indices()).distinct().count() < 5;
        }
        assertThat(repeated).isTrue();
    }

    @Test
    void eachEpochUsesEveryExampleOnceAndTheNextIsShuffledAgain() {
        BatchSampler epochs = sampler(12, 4, Sampling.EPOCHS, 9);
        int[][] orders = new int[3][12];
        for (int epoch = 0; epoch < 3; epoch++) {
            for (int b = 0; b < 3; b++) {
                epochs.next();
                System.arraycopy(epochs.indices(), 0, orders[epoch], b * 4, 4);
            }
            Set<Integer> seen = new HashSet<>();
            Arrays.stream(orders[epoch]).forEach(seen::add);
            assertThat(seen).hasSize(12);
        }
        assertThat(orders[1]).isNotEqualTo(orders[0]);
    }

    @Test
    void aFullBatchIsEveryExampleInOrderAndDrawsNothing() {
        BatchSampler full = sampler(5, 5, Sampling.EPOCHS, 1);
        full.next();
        assertThat(full.indices()).containsExactly(0, 1, 2, 3, 4);
        full.next();
        assertThat(full.indices()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void skippingBatchesLandsWhereDrawingThemDoes() {
        for (Sampling sampling : Sampling.values()) {
            BatchSampler drawn = sampler(7, 3, sampling, 4);
            for (int b = 0; b < 6; b++) {
                drawn.next();
            }
            BatchSampler skipped = sampler(7, 3, sampling, 4);
            skipped.skip(5);
            skipped.next();
            assertThat(skipped.indices()).as(sampling.id()).isEqualTo(drawn.indices());
        }
    }

    @Test
    void theSeedDecidesTheBatches() {
        BatchSampler a = sampler(100, 10, Sampling.RANDOM, 1);
        BatchSampler b = sampler(100, 10, Sampling.RANDOM, 1);
        BatchSampler c = sampler(100, 10, Sampling.RANDOM, 2);
        a.next();
        b.next();
        c.next();
        assertThat(a.indices()).isEqualTo(b.indices()).isNotEqualTo(c.indices());
    }
}
