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
import java.util.Arrays;
import java.util.Set;

/**
 * Provides a diagonal quadratic of chosen condition number under the id
 * {@code ill-conditioned-quadratic}, in any dimension {@code n >= 1} (2 unless asked otherwise):
 * {@code f(x) = (1/2) sum_i λ_i x_i^2} with the curvatures {@code λ_i = κ^((i - 1)/(n - 1))}
 * log-spaced from {@code λ_1 = 1} to {@code λ_n = κ}, where {@code κ} is the parameter
 * {@code condition_number} (100 by default). In one dimension the only curvature is 1 and
 * {@code κ} plays no part.
 *
 * <p>The Hessian is {@code diag(λ)}, so {@code κ} is exactly its condition number: plain gradient
 * descent converges only for learning rates below {@code 2/κ}, and then multiplies the error along
 * x_1 by {@code 1 - lr > 1 - 2/κ} per step; the best rate over all coordinates, at
 * {@code lr = 2/(κ + 1)}, is {@code (κ - 1)/(κ + 1)}. This is the textbook case for momentum, for adaptive per-coordinate step sizes (which see the diagonal
 * exactly) and for watching how the rate of convergence degrades with {@code κ}.
 *
 * <p>Gradient: {@code df/dx_i = λ_i x_i}. Minimum: 0 at the origin. Start: {@code (1, ..., 1)}, where
 * each coordinate contributes {@code λ_i / 2}. Plot window: {@code [-2, 2]^n}; domain
 * {@code [-10, 10]^n}.
 */
public final class IllConditionedQuadratic implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("ill-conditioned-quadratic", "Ill-conditioned quadratic", BuildInfo.VERSION,
            GradusApi.VERSION, "A diagonal quadratic in any dimension whose curvatures are log-spaced from 1 to the condition number: "
                    + "shows how plain gradient descent slows down as the condition number grows.");
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(1, 2);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.logScale("condition_number", "ratio of the largest curvature to the smallest, the Hessian's condition number", 100,
                    Range.atLeast(1)));

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
        return new DiagonalBowl(curvatures(context.dimension(), context.parameters().real("condition_number")));
    }

    /** {@code λ_i = κ^((i - 1)/(n - 1))} for {@code i = 1..n}: exactly 1 first and exactly {@code κ} last; {@code {1}} for n = 1. */
    static double[] curvatures(int n, double conditionNumber) {
        double[] lambda = new double[n];
        lambda[0] = 1;
        for (int i = 1; i < n; i++) {
            lambda[i] = i == n - 1 ? conditionNumber : Math.pow(conditionNumber, (double) i / (n - 1));
        }
        return lambda;
    }

    private static final class DiagonalBowl implements DifferentiableObjective {
        private final double[] lambda;
        private final ObjectiveMetadata metadata;

        DiagonalBowl(double[] lambda) {
            this.lambda = lambda;
            int n = lambda.length;
            double[] start = new double[n];
            Arrays.fill(start, 1);
            this.metadata = ObjectiveMetadata.builder(n)
                    .formula(formula(lambda))
                    .suggestedStart(start)
                    .plotWindow(Box.cube(n, -2, 2))
                    .domain(Box.cube(n, -10, 10))
                    .globalMinimum(new double[n], 0)
                    .logScaledContours(true)
                    .build();
        }

        /** {@code 0.5*(x^2 + 100*y^2)}; beyond three dimensions {@code 0.5*sum_{i=1}^{10} 100^((i - 1)/9)*x_i^2}. */
        private static String formula(double[] lambda) {
            int n = lambda.length;
            if (n > 3) {
                String kappa = FormulaText.number(lambda[n - 1]);
                return "0.5*" + FormulaText.sum(n, x -> kappa + "^((i - 1)/" + (n - 1) + ")*" + x + "^2");
            }
            var names = ObjectiveMetadata.defaultCoordinateNames(n);
            StringBuilder sum = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sum.append(i == 0 ? "" : " + ").append(lambda[i] == 1 ? "" : FormulaText.number(lambda[i]) + "*").append(names.get(i)).append("^2");
            }
            return n == 1 ? "0.5*" + sum : "0.5*(" + sum + ")";
        }

        @Override
        public int dimension() {
            return lambda.length;
        }

        @Override
        public double value(double[] x) {
            double sum = 0;
            for (int i = 0; i < lambda.length; i++) {
                sum += lambda[i] * x[i] * x[i];
            }
            return 0.5 * sum;
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double sum = 0;
            for (int i = 0; i < lambda.length; i++) {
                double slope = lambda[i] * x[i];
                sum += slope * x[i];
                gradient[i] = slope;
            }
            return 0.5 * sum;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }
    }
}
