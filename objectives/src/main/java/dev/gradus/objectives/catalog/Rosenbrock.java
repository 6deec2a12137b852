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
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Provides Rosenbrock's function under the id {@code rosenbrock}, in any dimension {@code n >= 2}
 * (2 unless asked otherwise), in its chained form
 * {@code f(x) = sum_{i=1}^{n-1} b (x_{i+1} - x_i^2)^2 + (a - x_i)^2}, with {@code a = 1} and
 * {@code b = 100} by default. A long, curved, flat-floored valley: finding it is easy, following it
 * to the minimum is not, which is what it tests.
 *
 * <p>Gradient: with {@code w_i = x_{i+1} - x_i^2},
 * {@code df/dx_i = 2b w_{i-1} - 4b x_i w_i - 2(a - x_i)}, where the first term is absent for
 * {@code i = 1} and the last two for {@code i = n}.
 *
 * <p>Known global minima, all of value 0 (the function is a sum of squares):
 * <ul>
 *   <li>{@code n = 2}, any {@code a}: {@code (a, a^2)}.</li>
 *   <li>{@code n > 2}, {@code a = 1}: {@code (1, ..., 1)}; {@code a = 0}: the origin. Every term
 *       vanishes only if {@code x_i = a} for {@code i < n} and {@code x_{i+1} = x_i^2}, which
 *       needs {@code a = a^2}.</li>
 *   <li>{@code n > 2}, any other {@code a}: the minimum is positive and has no closed form, so none
 *       is listed.</li>
 * </ul>
 * With {@code b = 0} the minimum is not isolated (any {@code x_n} will do); the points above are
 * still minima. Where parameters move a listed minimum out of the usual plot window or domain, these
 * are widened to contain it.
 *
 * <p>Start: {@code (-1.2, 1)} in two dimensions (Rosenbrock's own, and the standard start of Moré,
 * Garbow and Hillstrom), {@code (-1.2, 1, -1.2, 1, ...)} beyond. Plot window: {@code [-2, 2] x [-1, 3]}
 * in two dimensions, {@code [-2, 2]^n} beyond. Usual domain: {@code [-5, 10]^n} (S. Surjanovic,
 * D. Bingham, "Virtual Library of Simulation Experiments").
 *
 * <p>Reference: H. H. Rosenbrock, "An automatic method for finding the greatest or least value of a
 * function", The Computer Journal 3 (1960).
 */
public final class Rosenbrock implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("rosenbrock", "Rosenbrock", BuildInfo.VERSION, GradusApi.VERSION,
            "A long, curved, flat-floored valley: easy to fall into, slow to follow to its minimum at (1, ..., 1). Tests how an "
                    + "optimizer handles curvature and ill-conditioning, in any dimension from 2.");
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(2, 2);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.of("a", "target of the (a - x_i)^2 terms; the minimum is at (1, ..., 1) for a = 1", 1, Range.all()),
            RealParameter.of("b", "weight of the b (x_{i+1} - x_i^2)^2 terms: how steep the valley walls are", 100, Range.atLeast(0)));

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
        return new Valley(context.dimension(), values.real("a"), values.real("b"));
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
                double wall = x[i + 1] - x[i] * x[i];
                double floor = a - x[i];
                sum += b * wall * wall + floor * floor;
                gradient[i] = fromPrevious - 4 * b * x[i] * wall - 2 * floor;
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
        double[] minimum = knownMinimum(n, a);
        ObjectiveMetadata.Builder metadata = ObjectiveMetadata.builder(n)
                .formula(formula(n, a, b))
                .suggestedStart(start)
                .plotWindow(widenedToContain(n == 2 ? Box.of(-2, 2, -1, 3) : Box.cube(n, -2, 2), minimum))
                .domain(widenedToContain(Box.cube(n, -5, 10), minimum))
                .logScaledContours(true);
        if (minimum != null) {
            metadata.globalMinimum(minimum, 0);
        }
        return metadata.build();
    }

    /** The global minimizer where one is known in closed form (see the class comment), else null. */
    private static double[] knownMinimum(int n, double a) {
        if (n == 2) {
            return Double.isFinite(a * a) ? new double[] {a, a * a} : null;
        }
        if (a == 0 || a == 1) {
            double[] point = new double[n];
            Arrays.fill(point, a);
            return point;
        }
        return null;
    }

    /** {@code box}, widened where needed so that {@code point} lies inside with a margin of 1; {@code box} itself when there is no point. */
    private static Box widenedToContain(Box box, double[] point) {
        if (point == null) {
            return box;
        }
        double[] lower = new double[point.length];
        double[] upper = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            lower[i] = Math.min(box.lower(i), point[i] - 1);
            upper[i] = Math.max(box.upper(i), point[i] + 1);
        }
        return Box.of(lower, upper);
    }

    /** With the coordinate names up to three dimensions ({@code 100*(y - x^2)^2 + (1 - x)^2}), as a sum beyond. */
    private static String formula(int n, double a, double b) {
        String wall = number(b) + "*(";
        String floor = " + (" + number(a) + " - ";
        if (n > 3) {
            return "sum_{i=1}^{" + (n - 1) + "} [" + wall + "x_{i+1} - x_i^2)^2" + floor + "x_i)^2]";
        }
        List<String> names = ObjectiveMetadata.defaultCoordinateNames(n);
        StringBuilder formula = new StringBuilder();
        for (int i = 0; i < n - 1; i++) {
            formula.append(i == 0 ? "" : " + ").append(wall).append(names.get(i + 1)).append(" - ").append(names.get(i)).append("^2)^2")
                    .append(floor).append(names.get(i)).append(")^2");
        }
        return formula.toString();
    }

    /** {@code 100} rather than {@code 100.0}; other values as Java writes them. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
