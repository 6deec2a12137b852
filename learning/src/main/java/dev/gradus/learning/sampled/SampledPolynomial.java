package dev.gradus.learning.sampled;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.objective.Sampling;
import dev.gradus.api.objective.StochasticObjective;

/**
 * Seed 000's mini-batch landscape over one coordinate {@code x}: the {@linkplain #batch() batch
 * objective} is the least-squares polynomial of degree {@code d} through the samples of the current
 * batch, refitted on every {@link #select}, and its exact derivative is the step's gradient; the
 * {@linkplain #value full objective}, the reported loss, is the least-squares polynomial of the same
 * degree through all the samples, fitted once. Both are fitted by {@link LegendreFit} in the
 * Legendre basis of {@code t = x / 10} and evaluated by the recurrences of {@link LegendreSeries},
 * the derivative with the chain-rule factor {@code dt/dx = 1/10}.
 *
 * <p>A batch needs at least {@link #minimumBatchSize()} = {@code d + 1} samples to determine a
 * polynomial of degree {@code d}; {@code select} refuses fewer. A batch drawn with replacement can
 * still hold fewer distinct {@code x} than that; its fit is then the minimum-norm one that
 * {@link LegendreFit} describes: finite, through the batch's mean value at each of its {@code x}.
 *
 * <p>Evaluation allocates nothing and may run on several threads at once; {@code select} runs on
 * one thread between evaluations, as {@link StochasticObjective} requires, and reuses its matrices
 * (see {@link LegendreFit} for what EJML allocates).
 */
public final class SampledPolynomial implements StochasticObjective {
    private final NoisySamples samples;
    private final int degree;
    private final int defaultBatchSize;
    private final double[] fullCoefficients;
    private final double[] batchCoefficients;
    private final LegendreFit batchFit;
    private final BatchFit batch = new BatchFit();
    private final ObjectiveMetadata metadata;

    /**
     * Fits the full objective; the batch starts as every sample in order, so its fit is the full one.
     *
     * @param samples          the data
     * @param degree           the degree of every fit, at least 1, less than the number of samples
     * @param defaultBatchSize what {@link #defaultBatchSize()} answers, in {@code [degree + 1, samples]}
     */
    SampledPolynomial(NoisySamples samples, int degree, int defaultBatchSize) {
        if (degree < 1 || degree + 1 > samples.size()) {
            throw new IllegalArgumentException("a degree-" + degree + " fit needs degree >= 1 and at least " + (degree + 1)
                    + " samples, got " + samples.size());
        }
        if (defaultBatchSize < degree + 1 || defaultBatchSize > samples.size()) {
            throw new IllegalArgumentException("the batch size must be in [" + (degree + 1) + ", " + samples.size() + "], was " + defaultBatchSize);
        }
        this.samples = samples;
        this.degree = degree;
        this.defaultBatchSize = defaultBatchSize;
        this.fullCoefficients = new double[degree + 1];
        int[] everySample = new int[samples.size()];
        for (int i = 0; i < everySample.length; i++) {
            everySample[i] = i;
        }
        // a throwaway solver: the full design matrix can be far larger than any batch's
        new LegendreFit(degree, NoisySamples.HALF_WIDTH).fit(samples.xs(), samples.ys(), everySample, everySample.length, fullCoefficients);
        this.batchCoefficients = fullCoefficients.clone();
        this.batchFit = new LegendreFit(degree, NoisySamples.HALF_WIDTH);
        this.metadata = ObjectiveMetadata.builder(1)
                .formula("least-squares degree-" + degree + " fit to a random batch of noisy samples of wavy-polynomial")
                .suggestedStart(3.5)
                .plotWindow(Box.interval(-7, 7))
                .domain(Box.interval(-NoisySamples.HALF_WIDTH, NoisySamples.HALF_WIDTH))
                .logScaledContours(false)
                .smooth(true)
                .build();
    }

    /** The fewest samples {@link #select} accepts: the degree plus one, the coefficients of a fit. */
    public int minimumBatchSize() {
        return degree + 1;
    }

    /** The degree of every fit. */
    public int degree() {
        return degree;
    }

    @Override
    public int examples() {
        return samples.size();
    }

    @Override
    public int defaultBatchSize() {
        return defaultBatchSize;
    }

    /** {@link Sampling#RANDOM}: a fresh batch of distinct samples every step, as the article's {@code train_test_split}. */
    @Override
    public Sampling defaultSampling() {
        return Sampling.RANDOM;
    }

    /**
     * Refits the batch polynomial to the samples {@code indices[0 .. count)}.
     *
     * @param indices sample indices in {@code [0, examples())}, possibly repeated. Not modified.
     * @param count   how many to use, in {@code [minimumBatchSize(), indices.length]}
     * @throws IllegalArgumentException when {@code count} is out of that range or an index is not a
     *     sample's; the batch is then left as it was
     */
    @Override
    public void select(int[] indices, int count) {
        if (count < degree + 1) {
            throw new IllegalArgumentException("sampled-polynomial fits a degree-" + degree + " polynomial to each batch, which needs at least "
                    + (degree + 1) + " samples; the batch has " + count);
        }
        if (count > indices.length) {
            throw new IllegalArgumentException("a batch of " + count + " samples, but only " + indices.length + " indices were given");
        }
        for (int i = 0; i < count; i++) {
            if (indices[i] < 0 || indices[i] >= samples.size()) {
                throw new IllegalArgumentException("batch index " + indices[i] + " at position " + i + " is not in [0, " + samples.size() + ")");
            }
        }
        batchFit.fit(samples.xs(), samples.ys(), indices, count, batchCoefficients);
    }

    /** The polynomial fitted to the current batch; the same instance on every call. */
    @Override
    public DifferentiableObjective batch() {
        return batch;
    }

    @Override
    public int dimension() {
        return 1;
    }

    /** The fit to all the samples at {@code x[0]}. */
    @Override
    public double value(double[] x) {
        return LegendreSeries.value(fullCoefficients, x[0] / NoisySamples.HALF_WIDTH);
    }

    /** The derivative of the fit to all the samples at {@code x}: what a full-batch step would use. */
    double fullDerivative(double x) {
        return LegendreSeries.slope(fullCoefficients, x / NoisySamples.HALF_WIDTH) / NoisySamples.HALF_WIDTH;
    }

    @Override
    public ObjectiveMetadata metadata() {
        return metadata;
    }

    /** The data this objective was made from. */
    NoisySamples samples() {
        return samples;
    }

    /** The batch objective: reads the coefficients {@link #select} last wrote. */
    private final class BatchFit implements DifferentiableObjective {

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double value(double[] x) {
            return LegendreSeries.value(batchCoefficients, x[0] / NoisySamples.HALF_WIDTH);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double t = x[0] / NoisySamples.HALF_WIDTH;
            gradient[0] = LegendreSeries.slope(batchCoefficients, t) / NoisySamples.HALF_WIDTH;
            return LegendreSeries.value(batchCoefficients, t);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }
    }
}
