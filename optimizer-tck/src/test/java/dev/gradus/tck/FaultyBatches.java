package dev.gradus.tck;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Set;

/**
 * A stochastic objective, the mean of {@code |x - c_k|²} over eight centres
 * {@code c_k = (k - 3.5, (k - 3.5) / 2)}, written correctly or broken in one way, for the
 * stochastic rules. Its minimum is the centres' mean, the origin, where the value is 6.5625.
 */
public class FaultyBatches implements ObjectiveProvider {

    /** The one thing done wrong. */
    enum Fault {
        NONE, FULL_VALUE_FOLLOWS_THE_BATCH, DOES_NOT_DECLARE_STOCHASTIC
    }

    private static final int EXAMPLES = 8;
    private final Fault fault;

    /** The correct objective, made the way ServiceLoader makes it. */
    public FaultyBatches() {
        this(Fault.NONE);
    }

    FaultyBatches(Fault fault) {
        this.fault = fault;
    }

    @Override
    public ProviderInfo info() {
        return new ProviderInfo("faulty-batches", "Faulty batches", "1.0", GradusApi.VERSION, "Mean squared distance to eight centres.");
    }

    @Override
    public Set<ObjectiveCapability> capabilities() {
        return fault == Fault.DOES_NOT_DECLARE_STOCHASTIC ? Set.of(ObjectiveCapability.EXACT_GRADIENT)
                : Set.of(ObjectiveCapability.EXACT_GRADIENT, ObjectiveCapability.STOCHASTIC);
    }

    @Override
    public ParameterSpace parameters() {
        return ParameterSpace.empty();
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.fixed(2);
    }

    @Override
    public Objective create(ObjectiveContext context) {
        return new Centres(fault == Fault.FULL_VALUE_FOLLOWS_THE_BATCH);
    }

    private static double centre(int k, int i) {
        return (k - 3.5) * (i == 0 ? 1 : 0.5);
    }

    private static final class Centres implements StochasticObjective {
        private final boolean fullFollowsBatch;
        private final int[] batch = new int[EXAMPLES];
        private int count = EXAMPLES;
        private final Batch batchObjective = new Batch();
        private final ObjectiveMetadata metadata = ObjectiveMetadata.builder(2).plotWindow(Box.of(new double[] {-4, -4}, new double[] {4, 4}))
                .suggestedStart(new double[] {3, -2}).globalMinimum(new double[] {0, 0}, 6.5625).build();

        Centres(boolean fullFollowsBatch) {
            this.fullFollowsBatch = fullFollowsBatch;
            for (int k = 0; k < EXAMPLES; k++) {
                batch[k] = k;
            }
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            if (fullFollowsBatch) {
                return batchObjective.value(x);
            }
            double sum = 0;
            for (int k = 0; k < EXAMPLES; k++) {
                sum += squared(x, k);
            }
            return sum / EXAMPLES;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }

        @Override
        public int examples() {
            return EXAMPLES;
        }

        @Override
        public int defaultBatchSize() {
            return 2;
        }

        @Override
        public void select(int[] indices, int count) {
            System.arraycopy(indices, 0, batch, 0, count);
            this.count = count;
        }

        @Override
        public Objective batch() {
            return batchObjective;
        }

        private static double squared(double[] x, int k) {
            double dx = x[0] - centre(k, 0);
            double dy = x[1] - centre(k, 1);
            return dx * dx + dy * dy;
        }

        private final class Batch implements DifferentiableObjective {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] x) {
                double sum = 0;
                for (int j = 0; j < count; j++) {
                    sum += squared(x, batch[j]);
                }
                return sum / count;
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                gradient[0] = 0;
                gradient[1] = 0;
                for (int j = 0; j < count; j++) {
                    gradient[0] += 2 * (x[0] - centre(batch[j], 0)) / count;
                    gradient[1] += 2 * (x[1] - centre(batch[j], 1)) / count;
                }
                return value(x);
            }

            @Override
            public ObjectiveMetadata metadata() {
                return metadata;
            }
        }
    }
}
