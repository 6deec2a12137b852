package dev.gradus.app.testing;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.data.SeededRandom;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.List;

/** Fake learning providers: a stochastic objective without data, one over data, and a data set. */
public final class FakeLearning {
    private FakeLearning() {
    }

    private static ProviderInfo infoOf(String id) {
        return new ProviderInfo(id, id, "1.0", GradusApi.VERSION, "Test provider " + id + ".");
    }

    /**
     * {@code means}: f(x) = mean over examples i of (x - a_i)^2 with a_i = 0, 1, ..., examples - 1
     * (parameter {@code examples}, default 10), 1-D, start 20; a classifier whose accuracy is the
     * fraction of a_i below x.
     */
    public static final class Means implements ObjectiveProvider {
        private static final ParameterSpace PARAMETERS = ParameterSpace.of(
                new IntegerParameter("examples", "How many examples.", 10, 1, 1000));

        @Override
        public ProviderInfo info() {
            return infoOf("means");
        }

        @Override
        public ParameterSpace parameters() {
            return PARAMETERS;
        }

        @Override
        public Dimensions dimensions() {
            return Dimensions.fixed(1);
        }

        @Override
        public Objective create(ObjectiveContext context) {
            int m = (int) context.parameters().integer("examples");
            double[] a = new double[m];
            for (int i = 0; i < m; i++) {
                a[i] = i;
            }
            return new MeanSquares(a, 1);
        }
    }

    /** {@code fit}: mean over the data's rows of (w * feature_0 - target)^2; needs data. */
    public static final class Fit implements ObjectiveProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("fit");
        }

        @Override
        public DataUse dataUse() {
            return DataUse.REQUIRED;
        }

        @Override
        public Dimensions dimensions() {
            return Dimensions.fixed(1);
        }

        @Override
        public Objective create(ObjectiveContext context) {
            DataSet data = context.data();
            double[] ratio = new double[data.size()];
            for (int i = 0; i < ratio.length; i++) {
                ratio[i] = data.target(i) / data.feature(i, 0);
            }
            return new MeanSquares(ratio, 0);
        }
    }

    /** {@code line}: y = slope * x + N(0, noise^2) at x = 1..points; parameters slope (2), noise (0.1), points (20). */
    public static final class Line implements DataSetProvider {
        private static final ParameterSpace PARAMETERS = ParameterSpace.of(
                RealParameter.of("slope", "The slope.", 2, Range.atLeast(-100)),
                RealParameter.of("noise", "The noise.", 0.1, Range.atLeast(0)),
                new IntegerParameter("points", "How many points.", 20, 1, 1000));

        @Override
        public ProviderInfo info() {
            return infoOf("line");
        }

        @Override
        public ParameterSpace parameters() {
            return PARAMETERS;
        }

        @Override
        public DataSet create(ParameterValues values, long seed) {
            SeededRandom random = SeededRandom.of(seed, "data");
            int n = (int) values.integer("points");
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = i + 1;
                y[i] = values.real("slope") * x[i] + random.nextGaussian(0, values.real("noise"));
            }
            return new DataSet("line", List.of("x"), "y", x, y, List.of());
        }
    }

    /** mean (x - a_i)^2 over all a (value) or over the selected batch (batch()); exact gradients. */
    public static final class MeanSquares implements StochasticObjective, Classifier {
        /** Calls of {@link #value} by every instance, for tests of how often the engine evaluates the full data. */
        public static final java.util.concurrent.atomic.AtomicLong FULL_VALUES = new java.util.concurrent.atomic.AtomicLong();
        private final double[] a;
        private final int[] batch;
        private int count;
        private final ObjectiveMetadata metadata;
        private final Batch view = new Batch();

        MeanSquares(double[] a, double start) {
            this.a = a;
            this.batch = new int[a.length * 4];
            this.count = a.length;
            for (int i = 0; i < a.length; i++) {
                batch[i] = i;
            }
            this.metadata = ObjectiveMetadata.builder(1).suggestedStart(start == 1 ? 20 : 0).plotWindow(Box.interval(-50, 50)).build();
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double value(double[] x) {
            FULL_VALUES.incrementAndGet();
            double sum = 0;
            for (double v : a) {
                sum += (x[0] - v) * (x[0] - v);
            }
            return sum / a.length;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }

        @Override
        public int examples() {
            return a.length;
        }

        @Override
        public void select(int[] indices, int count) {
            System.arraycopy(indices, 0, batch, 0, count);
            this.count = count;
        }

        @Override
        public Objective batch() {
            return view;
        }

        @Override
        public int inputDimension() {
            return 1;
        }

        @Override
        public List<String> classNames() {
            return List.of("below", "above");
        }

        @Override
        public void probabilities(double[] parameters, double[] input, double[] probabilities) {
            probabilities[0] = input[0] < parameters[0] ? 1 : 0;
            probabilities[1] = 1 - probabilities[0];
        }

        @Override
        public double accuracy(double[] parameters) {
            int below = 0;
            for (double v : a) {
                below += v < parameters[0] ? 1 : 0;
            }
            return below / (double) a.length;
        }

        private final class Batch implements DifferentiableObjective {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double value(double[] x) {
                double sum = 0;
                for (int i = 0; i < count; i++) {
                    double d = x[0] - a[batch[i]];
                    sum += d * d;
                }
                return sum / count;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                double sum = 0;
                double slope = 0;
                for (int i = 0; i < count; i++) {
                    double d = x[0] - a[batch[i]];
                    sum += d * d;
                    slope += 2 * d;
                }
                g[0] = slope / count;
                return sum / count;
            }

            @Override
            public ObjectiveMetadata metadata() {
                return metadata;
            }
        }
    }
}
