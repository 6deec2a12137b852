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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;

/**
 * Provides the Styblinski-Tang function {@code f(x) = (1/2) sum_i (x_i^4 - 16 x_i^2 + 5 x_i)} under
 * the id {@code styblinski-tang}, in any dimension {@code n >= 1} (2 unless asked otherwise). Each
 * coordinate sees the same tilted double well, deeper on the negative side, so there are {@code 2^n}
 * minima: one global, {@code 2^n - 1} local, and which one a descent reaches depends on the sign each
 * coordinate starts on.
 *
 * <p>Gradient: {@code df/dx_i = 2 x_i^3 - 16 x_i + 5/2}. Its roots are those of the cubic
 * {@code 4t^3 - 32t + 5}: -2.903534027771177095118917595508922358948 (the deep well),
 * 0.156731256780340... (the ridge) and 2.746802770990836992453053309472130016342 (the shallow well),
 * found by Newton's method in 50-digit arithmetic and rounded to the nearest double (GlobalMinimaTest
 * checks in exact arithmetic that the cubic changes sign within half an ulp of each double).
 *
 * <p>Global minimum: {@code -39.16616570377141546389316973947686534032 n} at
 * {@code x_i = -2.903534027771177} for every i; the value is worked out from that 40-digit value
 * times n, rounded once, so it is the nearest double in every dimension. Local minima: every other
 * choice of a well per coordinate, {@code -25.02944665528394260698568423051911603668} for each
 * coordinate in the shallow one; they are listed up to three dimensions (beyond, there are too many
 * to list: 1023 in ten).
 *
 * <p>Start: {@code (1, -1, 1, -1, ...)}: from there a plain descent takes the odd coordinates into the
 * shallow well and the even ones into the deep well. Usual domain and plot window:
 * {@code [-5, 5]^n} (S. Surjanovic, D. Bingham, "Virtual Library of Simulation Experiments").
 *
 * <p>Reference: M. A. Styblinski, T.-S. Tang, "Experiments in nonconvex optimization: stochastic
 * approximation with function smoothing and simulated annealing", Neural Networks 3 (1990).
 */
public final class StyblinskiTang implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("styblinski-tang", "Styblinski-Tang", BuildInfo.VERSION, GradusApi.VERSION,
            "A tilted double well in every coordinate, in any dimension: 2^n minima, the global one -39.166 n at x_i = -2.9035, "
                    + "the others traps on the shallow side.");
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(1, 2);
    /** The deep well's bottom, nearest double to -2.903534027771177095118917595508922358948. */
    static final double DEEP_WELL = -2.903534027771177;
    /** The shallow well's bottom, nearest double to 2.746802770990836992453053309472130016342. */
    static final double SHALLOW_WELL = 2.746802770990837;
    private static final BigDecimal DEEP_WELL_VALUE = new BigDecimal("-39.16616570377141546389316973947686534032");
    private static final BigDecimal SHALLOW_WELL_VALUE = new BigDecimal("-25.02944665528394260698568423051911603668");
    /** Local minima are listed up to this dimension: 7 of them in three dimensions. */
    private static final int MAX_DIMENSION_WITH_LOCAL_MINIMA = 3;

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
        return new DoubleWells(context.dimension());
    }

    private static final class DoubleWells implements DifferentiableObjective {
        private final int n;
        private final ObjectiveMetadata metadata;

        DoubleWells(int n) {
            this.n = n;
            this.metadata = describe(n);
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
                double square = xi * xi;
                sum += square * (square - 16) + 5 * xi;
            }
            return 0.5 * sum;
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double xi = x[i];
                double square = xi * xi;
                sum += square * (square - 16) + 5 * xi;
                gradient[i] = xi * (2 * square - 16) + 2.5;
            }
            return 0.5 * sum;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }
    }

    private static ObjectiveMetadata describe(int n) {
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = i % 2 == 0 ? 1 : -1;
        }
        double[] deepest = new double[n];
        Arrays.fill(deepest, DEEP_WELL);
        ObjectiveMetadata.Builder metadata = ObjectiveMetadata.builder(n)
                .formula("0.5*(" + FormulaText.sum(n, x -> x + "^4 - 16*" + x + "^2 + 5*" + x) + ")")
                .suggestedStart(start)
                .plotWindow(Box.cube(n, -5, 5))
                .domain(Box.cube(n, -5, 5))
                .globalMinimum(deepest, valueWithShallowCoordinates(n, 0))
                .logScaledContours(false);
        if (n <= MAX_DIMENSION_WITH_LOCAL_MINIMA) {
            // bit i of the mask set: coordinate i in the shallow well; mask 0 is the global minimum
            for (int mask = 1; mask < 1 << n; mask++) {
                double[] point = new double[n];
                for (int i = 0; i < n; i++) {
                    point[i] = (mask >> i & 1) == 1 ? SHALLOW_WELL : DEEP_WELL;
                }
                metadata.localMinimum(point, valueWithShallowCoordinates(n, Integer.bitCount(mask)));
            }
        }
        return metadata.build();
    }

    /** The value at the minimum with {@code shallow} coordinates in the shallow well and the others in the deep one, rounded once. */
    private static double valueWithShallowCoordinates(int n, int shallow) {
        return DEEP_WELL_VALUE.multiply(BigDecimal.valueOf(n - shallow)).add(SHALLOW_WELL_VALUE.multiply(BigDecimal.valueOf(shallow)))
                .doubleValue();
    }
}
