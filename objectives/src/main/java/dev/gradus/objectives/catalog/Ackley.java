package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;
import java.util.Set;

/**
 * Provides Ackley's function under the id {@code ackley}, in any dimension {@code n >= 1} (2 unless
 * asked otherwise):
 * {@code f(x) = -a exp(-b sqrt(sum_i x_i^2 / n)) - exp(sum_i cos(c x_i) / n) + a + e}, with
 * {@code a = 20}, {@code b = 0.2} and {@code c = 2π} by default. A nearly flat outer region covered
 * in a regular grid of shallow local minima, around a deep funnel whose tip is the global minimum:
 * a local method must ride the funnel's slope through the ripples.
 *
 * <p>Gradient: with {@code r = sqrt(sum_i x_i^2 / n)},
 * {@code df/dx_i = a b exp(-b r) x_i / (n r) + (c / n) sin(c x_i) exp(sum_j cos(c x_j) / n)}. At the
 * origin the first term has no limit: the funnel ends in a cone tip, whose slope is
 * {@code a b / sqrt(n)} in every direction, so f is not differentiable there and the metadata says
 * {@code smooth = false}. The gradient there is defined as 0, the value that makes the minimum a
 * fixed point of every gradient method; everywhere else it is the exact derivative.
 *
 * <p>Global minimum: 0 at the origin, for every {@code a > 0}, {@code b > 0}, {@code c >= 0}: both
 * {@code a (1 - exp(-b r))} and {@code e - exp(mean cos)} are non-negative and vanish there, and the
 * first vanishes nowhere else. The value is computed in exactly that form, so that rounding can never
 * take it below 0.
 *
 * <p>Start: {@code (3.2, -2.7, 3.2, -2.7, ...)}, on the rippled slope. Plot window: {@code [-5, 5]^n}.
 * Usual domain: {@code [-32.768, 32.768]^n} (S. Surjanovic, D. Bingham, "Virtual Library of
 * Simulation Experiments").
 *
 * <p>Reference: D. H. Ackley, "A Connectionist Machine for Genetic Hillclimbing", Kluwer, 1987.
 */
public final class Ackley implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("ackley", "Ackley", BuildInfo.VERSION, GradusApi.VERSION,
            "A funnel under a grid of shallow ripples in any dimension: many local minima around the global minimum 0 at the "
                    + "origin, which is the tip of a cone where the gradient is not defined.");
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(1, 2);
    private static final double TWO_PI = 2 * Math.PI;
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.of("a", "depth of the funnel: the plateau around it lies about a above the minimum", 20, Range.greaterThan(0)),
            RealParameter.of("b", "steepness of the funnel: the rate of its exponential decay with the distance from the origin", 0.2,
                    Range.greaterThan(0)),
            RealParameter.of("c", "angular frequency of the ripples; 2*pi puts a local minimum near every point with integer coordinates", TWO_PI,
                    Range.atLeast(0)));

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
        ParameterValues values = context.parameters();
        return new Funnel(context.dimension(), values.real("a"), values.real("b"), values.real("c"));
    }

    private static final class Funnel implements DifferentiableObjective {
        /**
         * {@code e} as {@code Math.exp} computes it, so that {@code E - exp(m) >= 0} for every mean
         * {@code m <= 1} of cosines ({@code exp} is monotonic).
         */
        private static final double E = Math.exp(1);

        private final int n;
        private final double a;
        private final double b;
        private final double c;
        private final ObjectiveMetadata metadata;

        Funnel(int n, double a, double b, double c) {
            this.n = n;
            this.a = a;
            this.b = b;
            this.c = c;
            this.metadata = describe(n, a, b, c);
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            double squares = 0;
            double cosines = 0;
            for (int i = 0; i < n; i++) {
                squares += x[i] * x[i];
                cosines += Math.cos(c * x[i]);
            }
            double r = Math.sqrt(squares / n);
            return a * (1 - Math.exp(-b * r)) + (E - Math.exp(cosines / n));
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double squares = 0;
            double cosines = 0;
            for (int i = 0; i < n; i++) {
                squares += x[i] * x[i];
                cosines += Math.cos(c * x[i]);
            }
            double r = Math.sqrt(squares / n);
            double funnel = Math.exp(-b * r);
            double ripples = Math.exp(cosines / n);
            // the cone tip: no derivative at r = 0, defined as 0 there (see the class comment)
            double radial = r == 0 ? 0 : a * b * funnel / (n * r);
            double wave = c / n * ripples;
            for (int i = 0; i < n; i++) {
                gradient[i] = radial * x[i] + wave * Math.sin(c * x[i]);
            }
            return a * (1 - funnel) + (E - ripples);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return metadata;
        }
    }

    private static ObjectiveMetadata describe(int n, double a, double b, double c) {
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = i % 2 == 0 ? 3.2 : -2.7;
        }
        return ObjectiveMetadata.builder(n)
                .formula(formula(n, a, b, c))
                .suggestedStart(start)
                .plotWindow(Box.cube(n, -5, 5))
                .domain(Box.cube(n, -32.768, 32.768))
                .globalMinimum(new double[n], 0)
                .logScaledContours(false)
                .smooth(false)
                .build();
    }

    /** {@code -20*exp(-0.2*sqrt((x^2 + y^2)/2)) - exp((cos(2*pi*x) + cos(2*pi*y))/2) + 20 + e} in two dimensions. */
    private static String formula(int n, double a, double b, double c) {
        String frequency = c == TWO_PI ? "2*pi" : FormulaText.number(c);
        String squares = FormulaText.sum(n, name -> name + "^2");
        String cosines = FormulaText.sum(n, name -> "cos(" + frequency + "*" + name + ")");
        String meanSquare = n == 1 ? squares : "(" + squares + ")/" + n;
        String meanCosine = n == 1 ? cosines : "(" + cosines + ")/" + n;
        return "-" + FormulaText.number(a) + "*exp(-" + FormulaText.number(b) + "*sqrt(" + meanSquare + ")) - exp(" + meanCosine + ") + "
                + FormulaText.number(a) + " + e";
    }
}
