package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;
import java.util.Set;

/**
 * Provides Rastrigin's function {@code f(x) = A n + sum_i [x_i^2 - A cos(2π x_i)]} under the id
 * {@code rastrigin}, in any dimension {@code n >= 1} (2 unless asked otherwise), with {@code A = 10}
 * by default (the parameter {@code a}, since parameter names are lowercase). A bowl under an
 * egg-crate of {@code 11^n} local minima in the usual domain, one near every point with integer
 * coordinates: the standard trap for local methods, and separable, so each coordinate is trapped on
 * its own.
 *
 * <p>Gradient: {@code df/dx_i = 2 x_i + 2π A sin(2π x_i)}. Global minimum: 0 at the origin, for every
 * {@code A >= 0}: each term {@code x_i^2 + A (1 - cos(2π x_i))} is non-negative and vanishes only at
 * {@code x_i = 0}. The value is computed in exactly that form, so that rounding never takes it below 0.
 * With {@code A = 0} it is the sphere.
 *
 * <p>Start: {@code (3.3, -2.2, 3.3, -2.2, ...)}, among the ripples. Usual domain and plot window:
 * {@code [-5.12, 5.12]^n} (S. Surjanovic, D. Bingham, "Virtual Library of Simulation Experiments").
 *
 * <p>Reference: L. A. Rastrigin, "Systems of Extremal Control", Nauka, Moscow, 1974; in n dimensions
 * H. Mühlenbein, D. Schomisch, J. Born, "The parallel genetic algorithm as function optimizer",
 * Parallel Computing 17 (1991).
 */
public final class Rastrigin implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("rastrigin", "Rastrigin", BuildInfo.VERSION, GradusApi.VERSION,
            "A bowl under a regular egg-crate of local minima, one near every point with integer coordinates, in any dimension; "
                    + "the global minimum 0 at the origin.");
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(1, 2);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.of("a", "amplitude A of the cosine ripples; 0 leaves the plain sum of squares", 10, Range.atLeast(0)));
    private static final double TWO_PI = 2 * Math.PI;

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
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
        return new EggCrateBowl(context.dimension(), context.parameters().real("a"));
    }

    private static final class EggCrateBowl implements DifferentiableObjective {
        private final int n;
        private final double a;
        private final ObjectiveMetadata metadata;

        EggCrateBowl(int n, double a) {
            this.n = n;
            this.a = a;
            double[] start = new double[n];
            for (int i = 0; i < n; i++) {
                start[i] = i % 2 == 0 ? 3.3 : -2.2;
            }
            String amplitude = FormulaText.number(a);
            this.metadata = ObjectiveMetadata.builder(n)
                    .formula(FormulaText.number(a * n) + " + " + FormulaText.sum(n, x -> x + "^2 - " + amplitude + "*cos(2*pi*" + x + ")"))
                    .suggestedStart(start)
                    .plotWindow(Box.cube(n, -5.12, 5.12))
                    .domain(Box.cube(n, -5.12, 5.12))
                    .globalMinimum(new double[n], 0)
                    .logScaledContours(false)
                    .build();
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double xi = x[i];
                sum += xi * xi + a * (1 - Math.cos(TWO_PI * xi));
            }
            return sum;
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double xi = x[i];
                sum += xi * xi + a * (1 - Math.cos(TWO_PI * xi));
                gradient[i] = 2 * xi + TWO_PI * a * Math.sin(TWO_PI * xi);
            }
            return sum;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }
    }
}
