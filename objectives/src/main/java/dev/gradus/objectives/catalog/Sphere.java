package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;

/** The sphere {@code Σ x_i²} in any dimension: the simplest convex bowl, minimum 0 at the origin. */
public final class Sphere implements ObjectiveProvider {
    private static final ProviderInfo INFO = BuildInfo.info("sphere", "Sphere",
            "The sum of squares in any dimension: perfectly conditioned, minimum 0 at the origin. A sanity check and a scale test.");

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.atLeast(1, 2);
    }

    @Override
    public Objective create(ObjectiveContext context) {
        int n = context.dimension();
        return new SumOfSquares(n);
    }

    /** The suggested start: 3, -2, 3, -2, ... so no coordinate is zero and they are not all equal. */
    static double[] start(int n) {
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = i % 2 == 0 ? 3 : -2;
        }
        return start;
    }

    private static final class SumOfSquares implements DifferentiableObjective {
        private final int n;
        private final ObjectiveMetadata metadata;

        SumOfSquares(int n) {
            this.n = n;
            this.metadata = ObjectiveMetadata.builder(n).formula(n == 1 ? "x^2" : "sum_i x_i^2").suggestedStart(start(n))
                    .plotWindow(Box.cube(n, -5.12, 5.12)).globalMinimum(0, new double[n]).build();
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += x[i] * x[i];
            }
            return sum;
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double xi = x[i];
                sum += xi * xi;
                gradient[i] = 2 * xi;
            }
            return sum;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }
    }
}
