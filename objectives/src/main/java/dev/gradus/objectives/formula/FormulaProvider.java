package dev.gradus.objectives.formula;

import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.TextParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;
import java.util.Set;

/**
 * Provides an objective typed as a formula under the id {@code formula}: the command line's
 * {@code --expression "x^2/20 + y^2"} is {@code expression=x^2/20 + y^2}, its
 * {@code --vars x,y} is {@code vars=x,y}. The language, the variable order and the derivative
 * conventions are those of {@link Formula}.
 *
 * <p>The objective's metadata: the formula as given (stripped), the variables as coordinate
 * names, no known minima, smooth unless the formula uses a function with a kink
 * ({@link Formula#isSmooth()}), and plot window and domain {@code [-5, 5]^n}: nothing in a formula
 * says where its interesting part is, and this is the box most classic test functions are drawn
 * in. Its suggested start is the first of these candidates where the value and every partial
 * derivative are finite and the gradient is not zero, so that a run neither starts on a
 * stationary point nor outside the formula's domain: {@code s * (1, 1, ..., 1)} for {@code s} =
 * 1, -1, 2, -2, 0.5, -0.5, 3, -3, then the alternating {@code s * (1, -1, 1, ...)} for the same
 * {@code s}; if none qualifies, the first candidate where the value is finite, else
 * {@code (1, ..., 1)}.
 *
 * <p>The dimension is the number of variables, so {@link #dimensions(ParameterValues)} parses the
 * formula to tell it; {@link #dimensions()} says only that it is at least 1. A formula that does
 * not parse is refused by both {@code dimensions(values)} and {@code create} with a
 * {@link dev.gradus.api.error.SyntaxException} naming the parameter, the position and what was
 * expected there: the contract a front end can check text against as it is typed.
 */
public final class FormulaProvider implements ObjectiveProvider {
    static final String DEFAULT_EXPRESSION = "x^2/20 + y^2";
    static final int MAX_EXPRESSION_LENGTH = 10_000;
    static final int MAX_VARS_LENGTH = 1_000;

    private static final ProviderInfo INFO = new ProviderInfo("formula", "Formula", BuildInfo.VERSION, GradusApi.VERSION,
            "Any formula in named variables, such as x^2/20 + y^2, with its exact gradient by automatic differentiation. "
                    + "Its dimension is the number of its variables.");
    private static final Dimensions DIMENSIONS = Dimensions.atLeast(1, 2);
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new TextParameter(Formula.EXPRESSION, "the formula, with + - * / ^, parentheses, pi, e and functions such as sin, exp, log, sqrt, abs, min",
                    DEFAULT_EXPRESSION, MAX_EXPRESSION_LENGTH),
            new TextParameter(Formula.VARS, "the variables in coordinate order, separated by commas; empty for the formula's own in natural order "
                    + "(x, y, z; x1, x2, ..., x10); may list variables the formula does not use", "", MAX_VARS_LENGTH));

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    /** An exact gradient, by automatic differentiation of the formula. */
    @Override
    public Set<ObjectiveCapability> capabilities() {
        return Set.of(ObjectiveCapability.EXACT_GRADIENT);
    }

    @Override
    public Dimensions dimensions() {
        return DIMENSIONS;
    }

    /** Exactly the number of the formula's variables; the formula is parsed but not compiled. */
    @Override
    public Dimensions dimensions(ParameterValues values) {
        return Dimensions.fixed(Formula.dimension(values.text(Formula.EXPRESSION), values.text(Formula.VARS)));
    }

    @Override
    public Objective create(ObjectiveContext context) {
        Formula formula = parse(context.parameters());
        if (context.dimension() != formula.dimension()) {
            throw new IllegalArgumentException(INFO.id() + " " + formula + " has dimension " + formula.dimension() + ", not " + context.dimension());
        }
        return new FormulaObjective(formula);
    }

    private static Formula parse(ParameterValues values) {
        return Formula.parse(values.text(Formula.EXPRESSION), values.text(Formula.VARS));
    }
}
