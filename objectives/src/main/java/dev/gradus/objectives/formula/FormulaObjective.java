package dev.gradus.objectives.formula;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.GradientSource;
import dev.gradus.api.objective.ObjectiveMetadata;
import java.util.Arrays;

/**
 * A {@link Formula} as an objective, with its gradient by automatic differentiation.
 *
 * <p>Metadata: the formula as given (stripped), the variables as coordinate names, no known
 * minima, smooth unless the formula uses a function with a kink ({@link Formula#isSmooth()}), and
 * plot window and domain {@code [-5, 5]^n}: nothing in a formula says where its interesting part
 * is, and this is the box most classic test functions are drawn in.
 *
 * <p>Suggested start: the first of these candidates where the value and every partial derivative
 * are finite and the gradient is not zero, so that a run neither starts on a stationary point nor
 * outside the formula's domain: {@code s * (1, 1, ..., 1)} for {@code s} = 1, -1, 2, -2, 0.5,
 * -0.5, 3, -3, then the alternating {@code s * (1, -1, 1, ...)} for the same {@code s}. If none
 * qualifies, the first candidate where the value is finite, else {@code (1, ..., 1)}.
 */
final class FormulaObjective implements DifferentiableObjective {
    private static final double[] SCALES = {1, -1, 2, -2, 0.5, -0.5, 3, -3};
    private static final double PLOT_HALF_WIDTH = 5;

    private final Formula formula;
    private final ObjectiveMetadata metadata;

    FormulaObjective(Formula formula) {
        this.formula = formula;
        int n = formula.dimension();
        this.metadata = ObjectiveMetadata.builder(n)
                .formula(formula.expression())
                .coordinateNames(formula.variables())
                .suggestedStart(suggestedStart(formula))
                .plotWindow(Box.cube(n, -PLOT_HALF_WIDTH, PLOT_HALF_WIDTH))
                .domain(Box.cube(n, -PLOT_HALF_WIDTH, PLOT_HALF_WIDTH))
                .smooth(formula.isSmooth())
                .build();
    }

    /** The start the class comment describes. */
    static double[] suggestedStart(Formula formula) {
        int n = formula.dimension();
        double[] gradient = new double[n];
        double[] firstFinite = null;
        for (int pattern = 0; pattern < 2; pattern++) {
            for (double scale : SCALES) {
                double[] candidate = new double[n];
                for (int i = 0; i < n; i++) {
                    candidate[i] = pattern == 1 && i % 2 == 1 ? -scale : scale;
                }
                double value = formula.valueAndGradient(candidate, gradient);
                if (!Double.isFinite(value)) {
                    continue;
                }
                if (isFiniteAndNotZero(gradient)) {
                    return candidate;
                }
                if (firstFinite == null) {
                    firstFinite = candidate;
                }
            }
        }
        if (firstFinite != null) {
            return firstFinite;
        }
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    private static boolean isFiniteAndNotZero(double[] gradient) {
        boolean nonZero = false;
        for (double g : gradient) {
            if (!Double.isFinite(g)) {
                return false;
            }
            nonZero |= g != 0;
        }
        return nonZero;
    }

    /** The formula this objective evaluates. */
    Formula formula() {
        return formula;
    }

    @Override
    public int dimension() {
        return formula.dimension();
    }

    @Override
    public double value(double[] x) {
        return formula.value(x);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        return formula.valueAndGradient(x, gradient);
    }

    @Override
    public GradientSource gradientSource() {
        return GradientSource.AUTOMATIC_DIFFERENTIATION;
    }

    @Override
    public ObjectiveMetadata metadata() {
        return metadata;
    }

    @Override
    public String toString() {
        return "formula " + formula;
    }
}
