package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;

/**
 * Rosenbrock's function in n ≥ 2 dimensions,
 * {@code Σ_{i=1}^{n-1} b (x_{i+1} − x_i²)² + (a − x_i)²}, with {@code a = 1, b = 100} by default:
 * a long, curved, flat-bottomed valley. Its global minimum is 0 at (1, ..., 1) for a = 1, at the
 * origin for a = 0, and at (a, a²) in two dimensions for any a; for other a in more dimensions no
 * closed form is known and none is listed.
 * Reference: H. H. Rosenbrock, "An automatic method for finding the greatest or least value of a
 * function", 1960.
 */
public final class Rosenbrock implements ObjectiveProvider {
    private static final ProviderInfo INFO = BuildInfo.info("rosenbrock", "Rosenbrock",
            "A long curved valley with a flat floor: easy to find, hard to follow to its minimum at (1, ..., 1). "
                    + "Any dimension from 2, with the classic a = 1, b = 100.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.of("a", "the valley floor runs through x_i = a", 1, Range.all()),
            RealParameter.of("b", "steepness of the valley walls", 100, Range.atLeast(0)));

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.atLeast(2, 2);
    }

    @Override
    public Objective create(ObjectiveContext context) {
        return new Valley(context.dimension(), context.parameters().real("a"), context.parameters().real("b"));
    }

    private static final class Valley implements DifferentiableObjective {
        private final int n;
        private final double a;
        private final double b;
        private final ObjectiveMetadata metadata;

        Valley(int n, double a, double b) {
            this.n = n;
            this.a = a;
            this.b = b;
            this.metadata = describe(n, a, b);
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            double sum = 0;
            for (int i = 0; i < n - 1; i++) {
                double wall = x[i + 1] - x[i] * x[i];
                double floor = a - x[i];
                sum += b * wall * wall + floor * floor;
            }
            return sum;
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double sum = 0;
            double fromPrevious = 0;
            for (int i = 0; i < n - 1; i++) {
                double xi = x[i];
                double wall = x[i + 1] - xi * xi;
                double floor = a - xi;
                sum += b * wall * wall + floor * floor;
                gradient[i] = fromPrevious - 4 * b * xi * wall - 2 * floor;
                fromPrevious = 2 * b * wall;
            }
            gradient[n - 1] = fromPrevious;
            return sum;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }
    }

    private static ObjectiveMetadata describe(int n, double a, double b) {
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = i % 2 == 0 ? -1.2 : 1;
        }
        ObjectiveMetadata.Builder metadata = ObjectiveMetadata.builder(n)
                .formula(n == 2 ? number(b) + "*(y - x^2)^2 + (" + number(a) + " - x)^2"
                        : "sum_{i=1}^{" + (n - 1) + "} " + number(b) + "*(x_{i+1} - x_i^2)^2 + (" + number(a) + " - x_i)^2")
                .suggestedStart(start)
                .plotWindow(n == 2 ? Box.of(-2, 2, -1, 3) : Box.cube(n, -2, 2))
                .domain(Box.cube(n, -5, 10))
                .logScaledContours(true);
        if (n == 2) {
            metadata.globalMinimum(0, a, a * a);
        } else if (a == 1 || a == 0) {
            double[] point = new double[n];
            java.util.Arrays.fill(point, a);
            metadata.globalMinimum(0, point);
        }
        return metadata.build();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
