package dev.gradus.learning.sampled;

import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.learning.BuildInfo;
import java.util.Set;

/**
 * Provides seed article 000's stochastic landscape under the id {@code sampled-polynomial}, a
 * {@link SampledPolynomial}: {@code points} noisy samples of {@code wavy-polynomial} at
 * {@code x = linspace(-10, 10, points)} with Gaussian noise of standard deviation {@code noise},
 * drawn once per run from the run's seed ({@link NoisySamples}); each step the least-squares
 * polynomial of degree {@code degree} through the host's batch of samples, whose exact derivative
 * is the gradient; the loss is the fit to all samples. The article's run is the defaults with
 * learning rate 0.3 from 3.5 for 100 steps: the noise of the batch fits lets some runs escape the
 * local minimum near 4.25 for the global one near 0. Others diverge, as they do with numpy: a
 * batch of 10 pins a degree-6 fit down only near its samples, so its slope can throw the point far
 * out, where the fits grow like {@code x^6}, and the loss becomes infinite or NaN (a diverged run).
 *
 * <p>Parameters:
 * <table>
 *   <caption>parameters of sampled-polynomial</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th><th>meaning</th></tr>
 *   <tr><td>points</td><td>100</td><td>[2, 100000], at least degree + 1</td><td>number of samples</td></tr>
 *   <tr><td>noise</td><td>0.2</td><td>&gt;= 0</td><td>standard deviation of each sample's noise</td></tr>
 *   <tr><td>batch</td><td>10</td><td>[1, 100000], in [degree + 1, points]</td><td>the default batch size</td></tr>
 *   <tr><td>degree</td><td>6</td><td>[1, 12]</td><td>degree of every fit</td></tr>
 * </table>
 *
 * <p>Batch size: a batch must hold at least {@code degree + 1} samples, 7 by default
 * ({@link SampledPolynomial#minimumBatchSize()}); {@code select} throws
 * {@link IllegalArgumentException} for fewer. One dimension only; the version is the build's, as
 * the catalog's.
 */
public final class SampledPolynomialProvider implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("sampled-polynomial", "Sampled polynomial", BuildInfo.VERSION, GradusApi.VERSION,
            "Stochastic gradient descent's landscape from the seed article: each step a least-squares polynomial through a random batch "
                    + "of noisy samples of wavy-polynomial; batches need at least degree + 1 samples (7 by default).");
    private static final Dimensions DIMENSIONS = Dimensions.fixed(1);
    private static final int MAX_POINTS = 100_000;
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
                    new IntegerParameter("points", "number of noisy samples, at x = linspace(-10, 10, points)", 100, 2, MAX_POINTS),
                    RealParameter.of("noise", "standard deviation of the Gaussian noise added to each sample", 0.2, Range.atLeast(0)),
                    new IntegerParameter("batch", "default batch size: samples per step's fit, at least degree + 1", 10, 1, MAX_POINTS),
                    new IntegerParameter("degree", "degree of the polynomial fitted to each batch and to all samples", 6, 1, 12))
            .withRule("a degree-d fit needs at least d + 1 samples (points >= degree + 1)",
                    v -> v.integer("points") >= v.integer("degree") + 1, "points", "degree")
            .withRule("a batch must determine a degree-d fit (batch >= degree + 1)",
                    v -> v.integer("batch") >= v.integer("degree") + 1, "batch", "degree")
            .withRule("a batch is drawn from the samples (batch <= points)",
                    v -> v.integer("batch") <= v.integer("points"), "batch", "points");

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    /** Mini-batches of the data, each with an exact gradient. */
    @Override
    public Set<ObjectiveCapability> capabilities() {
        return Set.of(ObjectiveCapability.EXACT_GRADIENT, ObjectiveCapability.STOCHASTIC);
    }

    @Override
    public Dimensions dimensions() {
        return DIMENSIONS;
    }

    @Override
    public SampledPolynomial create(ObjectiveContext context) {
        if (!DIMENSIONS.accepts(context.dimension())) {
            throw new IllegalArgumentException(INFO.id() + " is 1-D, not " + context.dimension() + "-D");
        }
        ParameterValues values = context.parameters();
        NoisySamples samples = NoisySamples.draw((int) values.integer("points"), values.real("noise"), context.seed());
        return new SampledPolynomial(samples, (int) values.integer("degree"), (int) values.integer("batch"));
    }
}
