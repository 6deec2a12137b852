package dev.gradus.objectives.formula;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.GradientSource;
import dev.gradus.api.objective.ObjectiveMetadata;
import java.util.Arrays;

/**
 * A {@link Formula} as an objective, with its gradient by automatic differentiation, and the
 * metadata and suggested start that {@link FormulaProvider}'s class comment describes.
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

    /** The start {@link FormulaProvider}'s class comment describes. */
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
