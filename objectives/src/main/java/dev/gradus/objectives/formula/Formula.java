package dev.gradus.objectives.formula;

import dev.gradus.api.error.SyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A formula in the variables it names, parsed once into a {@link Tape} and compiled from it to JVM
 * code ({@link TapeCompiler}): its value costs one forward sweep over its instructions, its
 * gradient one more forward sweep and one reverse (adjoint) sweep, whatever the number of
 * variables: reverse-mode automatic differentiation. Immutable; {@link #value} and
 * {@link #valueAndGradient} may be called from several threads at once and allocate nothing.
 *
 * <h2>Language</h2>
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := signed (('*' | '/') signed)*
 * signed     := ('-' | '+')* power            a prefix sign binds looser than ^
 * power      := primary ('^' signed)?         right-associative
 * primary    := number | name | name '(' expression (',' expression)* ')' | '(' expression ')'
 * number     := digits ['.' digits] [exponent] | '.' digits [exponent]      1  2.5  .5  1.  1e-3  2E+4
 * name       := [A-Za-z_][A-Za-z0-9_]*
 * </pre>
 * So {@code -x^2} is {@code -(x^2)}, {@code 2^-x} is {@code 2^(-x)}, {@code 2^3^2} is {@code 2^9},
 * {@code a-b-c} is {@code (a-b)-c} and {@code a/b/c} is {@code (a/b)/c}. Blanks may stand between
 * any two tokens. Parentheses, a call's included, nest at most 256 deep.
 *
 * <p>A name is a constant ({@code pi}, {@code e}), a function followed by its arguments in
 * parentheses, or a variable. The functions: {@code sin cos tan asin acos atan atan2(y, x) sinh
 * cosh tanh exp log} (natural) {@code log10 sqrt cbrt abs min max pow(x, y) hypot(x, y)
 * sigmoid} ({@code 1/(1+e^-x)}) and {@code softplus} ({@code log(1+e^x)}, computed without
 * overflow for large {@code |x|}); {@code min} and {@code max} take two or more arguments, fold
 * from the left, and the others exactly the number shown. A name equal to a constant in other
 * capitals ({@code PI}, {@code E}) is refused as a likely slip.
 *
 * <h2>Variables</h2>
 * Without a variable list, the variables are the names the formula uses, in natural order
 * (runs of digits compare as numbers, the rest character by character: {@code x, y, z};
 * {@code x1, x2, ..., x10}; {@code a, b}). A list
 * ({@code vars = "y, x"}) fixes the order and allows only the names it lists; it may list
 * variables the formula does not use: they are coordinates all the same, with partial derivative
 * 0. The dimension is the number of variables. A formula must have at least one.
 *
 * <h2>Evaluation</h2>
 * Arithmetic is {@code double} with {@link Math}'s functions. A point outside a function's domain
 * ({@code log(-1)}, {@code sqrt(-1)}, {@code 0/0}) gives NaN, never an exception. Constant
 * subexpressions are computed once at compile time; identical subexpressions are computed once
 * per evaluation. Rewrites are exact except these: {@code x^2} is {@code x*x}, {@code x^3} is
 * {@code x*x*x}, {@code x^n} for whole {@code n} from 4 to 32 is repeated squaring (each within a
 * few ulps of {@code Math.pow}); {@code x^0.5} is {@code sqrt(x)} (which differs from
 * {@code Math.pow} only at {@code -0} and {@code -inf}); {@code e^x} is {@code exp(x)}; {@code x^-1}
 * is {@code 1/x}. {@link #parse} compiles the formula to JVM code, once; the results are those
 * of interpreting its tape, bit for bit (the package comment says when it is interpreted instead).
 *
 * <h2>Derivatives where there is no derivative</h2>
 * <ul>
 *   <li>{@code abs'(0) = 0}; {@code hypot} at the origin has gradient {@code (0, 0)}.</li>
 *   <li>{@code min} and {@code max} pass the derivative to the argument they chose; on a tie,
 *       to the first.</li>
 *   <li>{@code atan2} at the origin has gradient {@code (0, 0)}.</li>
 *   <li>{@code d(u^v)/dv = u^v ln u} is taken as 0 where {@code u^v = 0}, and is NaN for
 *       {@code u < 0}; {@code sqrt}, {@code cbrt} and fractional powers have an infinite slope at
 *       0, as they should.</li>
 *   <li>A subexpression whose result is multiplied by an exact 0 on the way to the value (the
 *       argument {@code min} did not choose, {@code 0*u}) contributes nothing, even where its
 *       own derivative is infinite or NaN.</li>
 * </ul>
 */
public final class Formula {
    /** The name under which errors in the formula's text are reported: the provider's parameter. */
    public static final String EXPRESSION = "expression";
    /** The name under which errors in the variable list are reported: the provider's parameter. */
    public static final String VARS = "vars";
    /** How deep parentheses may nest, a function call's included. */
    public static final int MAX_NESTING = Parser.MAX_NESTING;

    private final String expression;
    private final List<String> variables;
    private final Tape tape;
    /** The compiled tape, or the tape itself. */
    private final Program program;

    private Formula(String expression, List<String> variables, Tape tape) {
        this.expression = expression;
        this.variables = variables;
        this.tape = tape;
        this.program = TapeCompiler.compile(tape);
    }

    /**
     * Parses a formula whose variables take their natural order.
     *
     * @param expression the formula, as typed; positions in errors refer to this text
     * @return the compiled formula
     * @throws SyntaxException on {@link #EXPRESSION}, at the first problem
     */
    public static Formula parse(String expression) {
        return parse(expression, "");
    }

    /**
     * Parses a formula in the variables listed by {@code vars}, in that order; blank
     * {@code vars} means the formula's own variables in natural order.
     *
     * @param expression the formula, as typed; positions in errors refer to this text
     * @param vars       variable names separated by commas, or blank
     * @return the compiled formula
     * @throws SyntaxException on {@link #VARS} when the list is malformed, else on
     *     {@link #EXPRESSION}, at the first problem
     */
    public static Formula parse(String expression, String vars) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(vars, "vars");
        List<String> listed = VariableList.parse(vars);
        Parser.Parsed parsed = Parser.parse(expression, listed);
        List<String> order = order(listed, parsed);
        Map<String, Integer> coordinate = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            coordinate.put(order.get(i), i);
        }
        int[] coordinateOf = new int[parsed.variables().size()];
        for (int id = 0; id < coordinateOf.length; id++) {
            coordinateOf[id] = coordinate.get(parsed.variables().get(id));
        }
        Tape tape = parsed.builder().compile(parsed.root(), coordinateOf, order.size());
        return new Formula(expression.strip(), List.copyOf(order), tape);
    }

    /**
     * The dimension {@code parse(expression, vars)} would give, for checking a formula as it is
     * typed: parsed the same way and refused with the same exception, but not compiled.
     */
    static int dimension(String expression, String vars) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(vars, "vars");
        List<String> listed = VariableList.parse(vars);
        return order(listed, Parser.parse(expression, listed)).size();
    }

    /** The variables in coordinate order: as listed, or the formula's own in natural order. */
    private static List<String> order(List<String> listed, Parser.Parsed parsed) {
        return listed.isEmpty() ? parsed.variables().stream().sorted(NaturalOrder.INSTANCE).toList() : listed;
    }

    /** The formula as given, without surrounding blanks. */
    public String expression() {
        return expression;
    }

    /** The variables in coordinate order. */
    public List<String> variables() {
        return variables;
    }

    /** The number of variables. */
    public int dimension() {
        return variables.size();
    }

    /**
     * Whether the compiled formula is free of the functions with a kink or a jump: {@code abs},
     * {@code min}, {@code max}, {@code hypot} (a kink at the origin) and {@code atan2} (a jump
     * across the negative x axis). Only what survives constant folding counts ({@code abs(-2)}
     * is just 2); kinks of {@code sqrt} and its kin at the edge of their domain do not count.
     */
    public boolean isSmooth() {
        return !tape.hasKink();
    }

    /**
     * The value at {@code x}.
     *
     * @param x one value per variable, in the order of {@link #variables()}. Not modified.
     * @return the value; NaN where a function is applied outside its domain
     */
    public double value(double[] x) {
        checkLength(x, "x");
        return program.value(x);
    }

    /**
     * The value and the gradient at {@code x}; the value is the one {@link #value} gives, bit for bit.
     *
     * @param x        one value per variable. Not modified.
     * @param gradient receives the partial derivatives, one per variable. Modified.
     * @return the value
     */
    public double valueAndGradient(double[] x, double[] gradient) {
        checkLength(x, "x");
        checkLength(gradient, "gradient");
        return program.valueAndGradient(x, gradient);
    }

    /** The tape, which interprets the formula, for tests. */
    Tape tape() {
        return tape;
    }

    /** What evaluates the formula: the code compiled from the tape, or the tape. */
    Program program() {
        return program;
    }

    private void checkLength(double[] array, String name) {
        if (array.length != variables.size()) {
            throw new IllegalArgumentException(name + " has " + array.length + " coordinates; the formula has " + variables.size() + " variables " + variables);
        }
    }

    /** {@code x^2/20 + y^2 in (x, y)}. */
    @Override
    public String toString() {
        return expression + " in (" + String.join(", ", variables) + ")";
    }
}
