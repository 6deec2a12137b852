package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;
import java.util.List;
import java.util.Set;

/**
 * Provides the sphere {@code f(x) = sum_i x_i^2} under the id {@code sphere}, in any dimension
 * {@code n >= 1} (2 unless asked otherwise): convex, separable and perfectly conditioned (Hessian
 * {@code 2I}), the sanity check every optimizer must pass and the way to see how one scales with
 * the dimension.
 *
 * <p>Gradient: {@code 2x}. Minimum: 0 at the origin. Start: {@code (3, -2, 3, -2, ...)}, so that no
 * coordinate starts at its optimum and the coordinates differ. Usual domain and plot window:
 * {@code [-5.12, 5.12]^n} (S. Surjanovic, D. Bingham, "Virtual Library of Simulation Experiments").
 */
public final class Sphere implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("sphere", "Sphere", BuildInfo.VERSION, GradusApi.VERSION,
            "The sum of squares in any dimension: convex, perfectly conditioned, minimum 0 at the origin. A sanity check for "
                    + "any optimizer and a way to watch how it scales with the dimension.");
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(1, 2);

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    /** An exact gradient, in closed form. */
    @Override
    public Set<ObjectiveCapability> capabilities() {
        return Set.of(ObjectiveCapability.EXACT_GRADIENT);
    }

    @Override
    public Dimensions dimensions() {
        return DIMENSIONS;
    }

    @Override
    public Objective create(ObjectiveContext context) {
        if (!DIMENSIONS.accepts(context.dimension())) {
            throw new IllegalArgumentException(INFO.id() + " takes dimensions " + DIMENSIONS + ", not " + context.dimension());
        }
        return new SumOfSquares(context.dimension());
    }

    private static final class SumOfSquares implements DifferentiableObjective {
        private final int n;
        private final ObjectiveMetadata metadata;

        SumOfSquares(int n) {
            this.n = n;
            double[] start = new double[n];
            for (int i = 0; i < n; i++) {
                start[i] = i % 2 == 0 ? 3 : -2;
            }
            this.metadata = ObjectiveMetadata.builder(n)
                    .formula(formula(n))
                    .suggestedStart(start)
                    .plotWindow(Box.cube(n, -5.12, 5.12))
                    .domain(Box.cube(n, -5.12, 5.12))
                    .globalMinimum(new double[n], 0)
                    .build();
        }

        /** Written with the coordinate names where there are at most three ({@code x^2 + y^2}), as a sum beyond. */
        private static String formula(int n) {
            if (n > 3) {
                return "sum_{i=1}^{" + n + "} x_i^2";
            }
            List<String> names = ObjectiveMetadata.defaultCoordinateNames(n);
            StringBuilder formula = new StringBuilder();
            for (String name : names) {
                formula.append(formula.length() == 0 ? "" : " + ").append(name).append("^2");
            }
            return formula.toString();
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
