package dev.gradus.learning.sampled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.data.SeededRandom;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.objective.Sampling;
import dev.gradus.objectives.catalog.WavyPolynomial;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The stochastic objective: its full and batch fits, its contract with the host, its metadata. */
class SampledPolynomialTest {
    private static final DifferentiableObjective WAVY = (DifferentiableObjective) new WavyPolynomial()
            .create(new ObjectiveContext(1, new WavyPolynomial().parameters().defaults(), 0));

    static SampledPolynomial create(Map<String, ?> parameters, long seed) {
        SampledPolynomialProvider provider = new SampledPolynomialProvider();
        return provider.create(new ObjectiveContext(1, provider.parameters().bind("sampled-polynomial", parameters), seed));
    }

    @Test
    void withoutNoiseTheFullFitIsTheWavyPolynomialAcrossTheSampleRange() {
        SampledPolynomial f = create(Map.of("noise", 0), 1);
        double[] gradient = new double[1];
        for (double w = -10; w <= 10; w += 0.05) {
            double expected = WAVY.valueAndGradient(new double[] {w}, gradient);

            assertThat(f.value(new double[] {w})).as("value at %s", w).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
            assertThat(f.fullDerivative(w)).as("derivative at %s", w).isCloseTo(gradient[0], within(1e-9 * Math.max(1, Math.abs(gradient[0]))));
        }
    }

    @Test
    void theLargestHighestDegreeConfigurationStillReproducesTheWavyPolynomial() {
        SampledPolynomial f = create(Map.of("noise", 0, "points", 100_000, "degree", 12, "batch", 13), 1);
        for (double w = -10; w <= 10; w += 0.25) {
            double expected = WAVY.value(new double[] {w});
            assertThat(f.value(new double[] {w})).as("value at %s", w).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void withoutNoiseEveryBatchOfSevenOrMoreDistinctSamplesFitsTheWavyPolynomial() {
        SampledPolynomial f = create(Map.of("noise", 0), 1);
        SeededRandom random = SeededRandom.of(11, "test");
        int[] order = IntStream.range(0, 100).toArray();
        double[] expectedGradient = new double[1];
        double[] gradient = new double[1];
        for (int trial = 0; trial < 200; trial++) {
            int count = 7 + trial % 9;
            random.shuffle(order, order.length);
            f.select(order, count);
            for (double w = -10; w <= 10; w += 0.5) {
                double expected = WAVY.valueAndGradient(new double[] {w}, expectedGradient);
                double value = f.batch().valueAndGradient(new double[] {w}, gradient);

                assertThat(value).as("trial %d, value at %s", trial, w).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
                assertThat(gradient[0]).as("trial %d, derivative at %s", trial, w)
                        .isCloseTo(expectedGradient[0], within(1e-9 * Math.max(1, Math.abs(expectedGradient[0]))));
            }
        }
    }

    @Test
    void theBatchGradientIsTheCentralDifferenceOfTheBatchValue() {
        SampledPolynomial f = create(Map.of(), 3);
        f.select(new int[] {2, 9, 17, 30, 41, 47, 58, 73, 88, 95}, 10);
        DifferentiableObjective batch = f.batch();
        double h = 1e-5;
        double[] gradient = new double[1];
        for (double w = -9.5; w <= 9.5; w += 0.5) {
            double value = batch.valueAndGradient(new double[] {w}, gradient);
            double difference = (batch.value(new double[] {w + h}) - batch.value(new double[] {w - h})) / (2 * h);

            assertThat(value).isEqualTo(batch.value(new double[] {w}));
            assertThat(gradient[0]).as("at %s", w).isCloseTo(difference, within(1e-6 * Math.max(1, Math.abs(difference))));
        }
    }

    @Test
    void beforeTheFirstSelectTheBatchIsEverySampleSoItsFitIsTheFullOne() {
        SampledPolynomial f = create(Map.of(), 4);
        SampledPolynomial g = create(Map.of(), 4);
        g.select(IntStream.range(0, 100).toArray(), 100);
        for (double w = -10; w <= 10; w += 0.5) {
            double[] x = {w};
            assertThat(f.batch().value(x)).isEqualTo(f.value(x));
            assertThat(g.batch().value(x)).isCloseTo(f.value(x), within(1e-12 * Math.max(1, Math.abs(f.value(x)))));
        }
    }

    @Test
    void theBatchFitChangesWithTheBatchAndTheFullFitDoesNot() {
        SampledPolynomial f = create(Map.of(), 5);
        double[] at = {3.5};
        double loss = f.value(at);

        f.select(new int[] {0, 11, 22, 33, 44, 55, 66, 77, 88, 99}, 10);
        double first = f.batch().value(at);
        f.select(new int[] {5, 16, 27, 38, 49, 60, 71, 82, 93, 98}, 10);
        double second = f.batch().value(at);

        assertThat(first).isNotEqualTo(second);
        assertThat(f.value(at)).isEqualTo(loss);
    }

    @Test
    void batchIsOneInstanceWithTheObjectivesDimensionAndMetadata() {
        SampledPolynomial f = create(Map.of(), 6);
        DifferentiableObjective batch = f.batch();
        f.select(IntStream.range(10, 20).toArray(), 10);

        assertThat(f.batch()).isSameAs(batch);
        assertThat(batch.dimension()).isEqualTo(1);
        assertThat(batch.metadata()).isSameAs(f.metadata());
        assertThat(batch.gradientSource().estimatorId()).isEqualTo("analytic");
    }

    @Test
    void aBatchWithTooFewDistinctSamplesGivesAFiniteFitThroughThem() {
        SampledPolynomial f = create(Map.of(), 7);
        double[] y = f.samples().ys();
        double[] x = f.samples().xs();
        f.select(new int[] {12, 12, 12, 12, 60, 60, 60, 85, 85, 85}, 10);
        double[] gradient = new double[1];
        for (double w = -10; w <= 10; w += 0.5) {
            assertThat(f.batch().valueAndGradient(new double[] {w}, gradient)).isFinite();
            assertThat(gradient[0]).isFinite();
        }
        for (int i : new int[] {12, 60, 85}) {
            assertThat(f.batch().value(new double[] {x[i]})).isCloseTo(y[i], within(1e-12 * Math.max(1, Math.abs(y[i]))));
        }
    }

    @Test
    void selectAllocatesNothingOnceItsMatricesHaveGrownToTheLargestBatch() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        SampledPolynomial f = create(Map.of(), 10);
        int[] distinct = {1, 12, 23, 34, 45, 56, 67, 78, 89, 99};
        int[] fewDistinct = {3, 3, 3, 50, 50, 50, 80, 80, 80, 80};
        int[] larger = {0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55};
        double[] w = {3.5};
        double[] gradient = new double[1];
        // warm up well past the first calls, whose class loading and JIT may allocate once
        for (int i = 0; i < 2000; i++) {
            f.select(larger, larger.length);
            f.select(fewDistinct, fewDistinct.length);
            f.select(distinct, distinct.length);
            f.batch().valueAndGradient(w, gradient);
            f.value(w);
        }

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100; i++) {
            f.select(distinct, distinct.length);
            f.select(fewDistinct, fewDistinct.length);
            f.select(larger, larger.length);
            f.batch().valueAndGradient(w, gradient);
            f.value(w);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        // one small object per select would be 300 * 16 = 4800 bytes or more; the VM itself may
        // allocate a few hundred bytes now and then (a JIT deoptimization), which is not the code's
        assertThat(allocated).as("bytes allocated by 300 selects of three sizes and ranks").isLessThan(1024);
    }

    @Test
    void selectRefusesABatchTooSmallForTheDegreeAndKeepsTheBatch() {
        SampledPolynomial f = create(Map.of(), 8);
        f.select(new int[] {1, 12, 23, 34, 45, 56, 67, 78, 89, 99}, 10);
        double before = f.batch().value(new double[] {2});

        assertThat(f.minimumBatchSize()).isEqualTo(7);
        assertThatThrownBy(() -> f.select(new int[] {1, 2, 3, 4, 5, 6, 7, 8}, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sampled-polynomial fits a degree-6 polynomial to each batch, which needs at least 7 samples; the batch has 6");
        assertThat(f.batch().value(new double[] {2})).isEqualTo(before);

        SampledPolynomial cubic = create(Map.of("degree", 3, "batch", 4), 8);
        assertThat(cubic.minimumBatchSize()).isEqualTo(4);
        cubic.select(new int[] {0, 30, 60, 90}, 4);
        assertThatThrownBy(() -> cubic.select(new int[] {0, 30, 60}, 3)).hasMessageContaining("needs at least 4 samples; the batch has 3");
    }

    @Test
    void selectRefusesIndicesOutsideTheSamplesAndCountsBeyondTheIndices() {
        SampledPolynomial f = create(Map.of(), 9);

        assertThatThrownBy(() -> f.select(new int[] {0, 1, 2, 3, 4, 5, 100}, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch index 100 at position 6 is not in [0, 100)");
        assertThatThrownBy(() -> f.select(new int[] {-1, 1, 2, 3, 4, 5, 6}, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch index -1 at position 0 is not in [0, 100)");
        assertThatThrownBy(() -> f.select(new int[] {0, 1, 2, 3, 4, 5, 6}, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a batch of 8 samples, but only 7 indices were given");
    }

    @Test
    void answersTheHostWithTheParametersAndTheArticlesSampling() {
        SampledPolynomial defaults = create(Map.of(), 0);
        SampledPolynomial custom = create(Map.of("points", 500, "batch", 32, "degree", 4), 0);

        assertThat(defaults.examples()).isEqualTo(100);
        assertThat(defaults.defaultBatchSize()).isEqualTo(10);
        assertThat(defaults.defaultSampling()).isEqualTo(Sampling.RANDOM);
        assertThat(defaults.dimension()).isEqualTo(1);
        assertThat(defaults.degree()).isEqualTo(6);
        assertThat(custom.examples()).isEqualTo(500);
        assertThat(custom.defaultBatchSize()).isEqualTo(32);
        assertThat(custom.minimumBatchSize()).isEqualTo(5);
    }

    @Test
    void metadataFollowsTheWavyPolynomialsWithoutListingRandomMinima() {
        ObjectiveMetadata m = create(Map.of(), 0).metadata();
        ObjectiveMetadata wavy = WAVY.metadata();

        assertThat(m.dimension()).isEqualTo(1);
        assertThat(m.coordinateNames()).isEqualTo(wavy.coordinateNames()).containsExactly("x");
        assertThat(m.suggestedStart()).containsExactly(3.5);
        assertThat(m.plotWindow()).isEqualTo(wavy.plotWindow()).isEqualTo(Box.interval(-7, 7));
        assertThat(m.domain()).isEqualTo(wavy.domain()).isEqualTo(Box.interval(-10, 10));
        assertThat(m.globalMinima()).isEmpty();
        assertThat(m.localMinima()).isEmpty();
        assertThat(m.smooth()).isTrue();
        assertThat(m.boundedBelow()).isTrue();
        assertThat(m.formula()).isEqualTo("least-squares degree-6 fit to a random batch of noisy samples of wavy-polynomial");
        assertThat(create(Map.of("degree", 3), 0).metadata().formula()).startsWith("least-squares degree-3 fit");
    }
}
