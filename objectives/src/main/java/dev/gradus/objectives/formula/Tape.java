package dev.gradus.objectives.formula;

import java.util.Arrays;

/**
 * A compiled formula: a straight-line program over slots, evaluated by one forward sweep, and
 * differentiated by one more forward sweep that also records each instruction's local partial
 * derivatives followed by one reverse (adjoint) sweep.
 *
 * <p>Slots {@code 0 .. n-1} hold the variables, slot {@code n + i} the result of instruction
 * {@code i}, and the last slot is a sink: the operand of an instruction that has no such operand,
 * with a partial derivative of 0. Instructions are in evaluation order (each reads only earlier
 * slots), so both sweeps are plain loops with no recursion and no branches other than the
 * instruction switch.
 *
 * <p>{@link TapeCompiler} compiles a tape further, to JVM code that computes the same thing bit for
 * bit; the tape stays the reference, and the fallback wherever that code cannot be had.
 *
 * <p>Immutable. The scratch arrays belong to the calling thread (a {@link ThreadLocal}, grown when
 * a longer tape needs more and reused after), so a tape can be evaluated from several threads at
 * once and allocates nothing per call.
 */
final class Tape implements Program {
    /** {@code 1 / ln 10}, the factor in {@link Op#LOG10}'s slope. */
    static final double INVERSE_LN_10 = 1 / Math.log(10);
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private final int variables;
    private final int[] ops;
    /** Two slots per instruction: its first and second operand. */
    private final int[] operands;
    private final double[] constants;
    /** Derived from the constant once: {@code 1/k} for {@link Op#DIV_K}, {@code ln k} for {@link Op#K_POW}. */
    private final double[] derived;
    private final int result;
    private final int slots;

    /**
     * @param variables the number of variables {@code n}
     * @param ops       the instructions, in evaluation order
     * @param operands  two slot indices per instruction
     * @param constants one constant per instruction (ignored where the instruction has none)
     * @param result    the slot holding the formula's value
     */
    Tape(int variables, int[] ops, int[] operands, double[] constants, int result) {
        this.variables = variables;
        this.ops = ops;
        this.operands = operands;
        this.constants = constants;
        this.derived = new double[ops.length];
        for (int i = 0; i < ops.length; i++) {
            if (ops[i] == Op.DIV_K) {
                derived[i] = 1 / constants[i];
            } else if (ops[i] == Op.K_POW) {
                derived[i] = Math.log(constants[i]);
            }
        }
        this.result = result;
        this.slots = variables + ops.length + 1;
    }

    /**
     * What one instruction gives for these operand values: the very code the sweeps run, so that
     * folding a constant at compile time gives what evaluating it would.
     */
    static double evaluate(int op, double x, double y, double k) {
        return new Tape(2, new int[] {op}, new int[] {0, 1}, new double[] {k}, 2).value(new double[] {x, y});
    }

    int variables() {
        return variables;
    }

    /** The number of instructions. */
    int length() {
        return ops.length;
    }

    /** The instruction at {@code i}, an {@link Op} code. */
    int op(int i) {
        return ops[i];
    }

    /** The slot of instruction {@code i}'s first operand; the {@linkplain #sink sink} where it has none. */
    int first(int i) {
        return operands[2 * i];
    }

    /** The slot of instruction {@code i}'s second operand; the {@linkplain #sink sink} where it has none. */
    int second(int i) {
        return operands[2 * i + 1];
    }

    /** Instruction {@code i}'s constant {@code k}; 0 where it has none. */
    double constant(int i) {
        return constants[i];
    }

    /** What the sweeps use in place of instruction {@code i}'s constant: {@code 1/k} for {@link Op#DIV_K}, {@code ln k} for {@link Op#K_POW}. */
    double derived(int i) {
        return derived[i];
    }

    /** The slot holding the formula's value: a variable's, or the last instruction's. */
    int result() {
        return result;
    }

    /** The slot that stands for a missing operand, after every instruction's. */
    int sink() {
        return slots - 1;
    }

    /** Whether an instruction is a function with a kink or a jump ({@link Op#hasKink}). */
    boolean hasKink() {
        for (int op : ops) {
            if (Op.hasKink(op)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double value(double[] x) {
        Workspace workspace = WORKSPACE.get();
        double[] v = workspace.values(slots);
        System.arraycopy(x, 0, v, 0, variables);
        forward(v);
        return v[result];
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        Workspace workspace = WORKSPACE.get();
        double[] v = workspace.values(slots);
        double[] p = workspace.partials(2 * ops.length);
        double[] d = workspace.adjoints(slots);
        System.arraycopy(x, 0, v, 0, variables);
        forwardWithPartials(v, p);
        Arrays.fill(d, 0, slots, 0.0);
        d[result] = 1;
        reverse(d, p);
        System.arraycopy(d, 0, gradient, 0, variables);
        return v[result];
    }

    private void forward(double[] v) {
        int[] ops = this.ops;
        int[] operands = this.operands;
        double[] k = this.constants;
        int n = variables;
        for (int i = 0; i < ops.length; i++) {
            double x = v[operands[2 * i]];
            double y = v[operands[2 * i + 1]];
            v[n + i] = switch (ops[i]) {
                case Op.CONST -> k[i];
                case Op.NEG -> -x;
                case Op.ADD -> x + y;
                case Op.SUB -> x - y;
                case Op.MUL -> x * y;
                case Op.DIV -> x / y;
                case Op.POW -> Math.pow(x, y);
                case Op.ADD_K -> x + k[i];
                case Op.K_SUB -> k[i] - x;
                case Op.MUL_K -> x * k[i];
                case Op.DIV_K -> x / k[i];
                case Op.K_DIV -> k[i] / x;
                case Op.SQUARE -> x * x;
                case Op.CUBE -> x * x * x;
                case Op.POW_INT -> powInt(x, (int) k[i]);
                case Op.POW_K -> Math.pow(x, k[i]);
                case Op.K_POW -> Math.pow(k[i], x);
                case Op.EXP -> Math.exp(x);
                case Op.LOG -> Math.log(x);
                case Op.LOG10 -> Math.log10(x);
                case Op.SQRT -> Math.sqrt(x);
                case Op.CBRT -> Math.cbrt(x);
                case Op.SIN -> Math.sin(x);
                case Op.COS -> Math.cos(x);
                case Op.TAN -> Math.tan(x);
                case Op.ASIN -> Math.asin(x);
                case Op.ACOS -> Math.acos(x);
                case Op.ATAN -> Math.atan(x);
                case Op.SINH -> Math.sinh(x);
                case Op.COSH -> Math.cosh(x);
                case Op.TANH -> Math.tanh(x);
                case Op.ABS -> Math.abs(x);
                case Op.SIGMOID -> sigmoid(x, Math.exp(-Math.abs(x)));
                case Op.SOFTPLUS -> softplus(x, Math.exp(-Math.abs(x)));
                case Op.ATAN2 -> Math.atan2(x, y);
                case Op.HYPOT -> Math.hypot(x, y);
                case Op.MIN -> Math.min(x, y);
                case Op.MAX -> Math.max(x, y);
                default -> throw new AssertionError("no instruction " + ops[i]);
            };
        }
    }

    /**
     * The forward sweep again, also writing each instruction's partial derivatives with respect to
     * its two operands into {@code p}. Every value is computed by the same expression as in
     * {@link #forward}, so {@code value} and {@code valueAndGradient} agree bit for bit.
     */
    private void forwardWithPartials(double[] v, double[] p) {
        int[] ops = this.ops;
        int[] operands = this.operands;
        double[] k = this.constants;
        double[] derived = this.derived;
        int n = variables;
        for (int i = 0; i < ops.length; i++) {
            double x = v[operands[2 * i]];
            double y = v[operands[2 * i + 1]];
            double r;
            double px;
            double py = 0;
            switch (ops[i]) {
                case Op.CONST -> {
                    r = k[i];
                    px = 0;
                }
                case Op.NEG -> {
                    r = -x;
                    px = -1;
                }
                case Op.ADD -> {
                    r = x + y;
                    px = 1;
                    py = 1;
                }
                case Op.SUB -> {
                    r = x - y;
                    px = 1;
                    py = -1;
                }
                case Op.MUL -> {
                    r = x * y;
                    px = y;
                    py = x;
                }
                case Op.DIV -> {
                    r = x / y;
                    px = 1 / y;
                    py = -r / y;
                }
                case Op.POW -> {
                    r = Math.pow(x, y);
                    px = powerSlope(x, y, r);
                    py = exponentSlope(r, Math.log(x));
                }
                case Op.ADD_K -> {
                    r = x + k[i];
                    px = 1;
                }
                case Op.K_SUB -> {
                    r = k[i] - x;
                    px = -1;
                }
                case Op.MUL_K -> {
                    r = x * k[i];
                    px = k[i];
                }
                case Op.DIV_K -> {
                    r = x / k[i];
                    px = derived[i];
                }
                case Op.K_DIV -> {
                    r = k[i] / x;
                    px = -r / x;
                }
                case Op.SQUARE -> {
                    r = x * x;
                    px = 2 * x;
                }
                case Op.CUBE -> {
                    double square = x * x;
                    r = square * x;
                    px = 3 * square;
                }
                case Op.POW_INT -> {
                    int e = (int) k[i];
                    r = powInt(x, e);
                    px = e * powInt(x, e - 1);
                }
                case Op.POW_K -> {
                    r = Math.pow(x, k[i]);
                    px = powerSlope(x, k[i], r);
                }
                case Op.K_POW -> {
                    r = Math.pow(k[i], x);
                    px = exponentSlope(r, derived[i]);
                }
                case Op.EXP -> {
                    r = Math.exp(x);
                    px = r;
                }
                case Op.LOG -> {
                    r = Math.log(x);
                    px = 1 / x;
                }
                case Op.LOG10 -> {
                    r = Math.log10(x);
                    px = INVERSE_LN_10 / x;
                }
                case Op.SQRT -> {
                    r = Math.sqrt(x);
                    px = 0.5 / r;
                }
                case Op.CBRT -> {
                    r = Math.cbrt(x);
                    px = 1 / (3 * r * r);
                }
                case Op.SIN -> {
                    r = Math.sin(x);
                    px = Math.cos(x);
                }
                case Op.COS -> {
                    r = Math.cos(x);
                    px = -Math.sin(x);
                }
                case Op.TAN -> {
                    r = Math.tan(x);
                    px = 1 + r * r;
                }
                case Op.ASIN -> {
                    r = Math.asin(x);
                    px = 1 / Math.sqrt(1 - x * x);
                }
                case Op.ACOS -> {
                    r = Math.acos(x);
                    px = -1 / Math.sqrt(1 - x * x);
                }
                case Op.ATAN -> {
                    r = Math.atan(x);
                    px = 1 / (1 + x * x);
                }
                case Op.SINH -> {
                    r = Math.sinh(x);
                    px = Math.cosh(x);
                }
                case Op.COSH -> {
                    r = Math.cosh(x);
                    px = Math.sinh(x);
                }
                case Op.TANH -> {
                    r = Math.tanh(x);
                    px = 1 - r * r;
                }
                case Op.ABS -> {
                    r = Math.abs(x);
                    // abs'(0) = 0: the subgradient of least norm
                    px = Math.signum(x);
                }
                case Op.SIGMOID -> {
                    double t = Math.exp(-Math.abs(x));
                    r = sigmoid(x, t);
                    // s'(x) = s(x) s(-x) = t / (1 + t)^2 with t = e^-|x|, exact in both tails
                    px = t / ((1 + t) * (1 + t));
                }
                case Op.SOFTPLUS -> {
                    double t = Math.exp(-Math.abs(x));
                    r = softplus(x, t);
                    px = sigmoid(x, t);
                }
                case Op.ATAN2 -> {
                    r = Math.atan2(x, y);
                    // d atan2(x, y) = (y dx - x dy) / (x^2 + y^2), by way of hypot to neither overflow nor underflow
                    double h = Math.hypot(x, y);
                    px = angleSlope(y, h);
                    py = angleSlope(-x, h);
                }
                case Op.HYPOT -> {
                    r = Math.hypot(x, y);
                    px = normSlope(x, r);
                    py = normSlope(y, r);
                }
                case Op.MIN -> {
                    r = Math.min(x, y);
                    px = minFirstSlope(x, y);
                    py = minSecondSlope(x, y);
                }
                case Op.MAX -> {
                    r = Math.max(x, y);
                    px = maxFirstSlope(x, y);
                    py = maxSecondSlope(x, y);
                }
                default -> throw new AssertionError("no instruction " + ops[i]);
            }
            v[n + i] = r;
            p[2 * i] = px;
            p[2 * i + 1] = py;
        }
    }

    /**
     * Sends each instruction's adjoint to its operands, last instruction first. An adjoint of
     * exactly 0 sends nothing, so that a partial derivative that is infinite or NaN where its
     * result does not matter (the branch {@code min} did not choose, a factor multiplied by 0)
     * cannot turn the gradient into NaN.
     */
    private void reverse(double[] d, double[] p) {
        int[] operands = this.operands;
        int n = variables;
        for (int i = ops.length - 1; i >= 0; i--) {
            double w = d[n + i];
            if (w != 0) {
                d[operands[2 * i]] += w * p[2 * i];
                d[operands[2 * i + 1]] += w * p[2 * i + 1];
            }
        }
    }

    /**
     * What {@link #reverse} adds to an operand's adjoint for a partial derivative {@code p} of an
     * instruction whose adjoint is {@code w}, as one expression for code with no branch:
     * {@code w p}, and 0 where {@code w} is 0 and the sweep adds nothing ({@link TapeBytecode}
     * says why adding 0 is the same).
     */
    static double adjointTerm(double w, double p) {
        return w != 0 ? w * p : 0;
    }

    // The functions below are the sweeps' own expressions that need a branch, shared with the
    // code compiled from a tape so that both compute the very same thing.

    /** {@code d(b^e)/de = b^e ln b} from {@code r = b^e}, taken as 0 where {@code r} is 0 (its limit as {@code b -> 0+}). */
    static double exponentSlope(double r, double logBase) {
        return r == 0 ? 0 : r * logBase;
    }

    /** {@code a / h^2} as {@code a / h / h}, for atan2's partials with {@code h = hypot(x, y)}; 0 at the origin, where they are undefined. */
    static double angleSlope(double a, double h) {
        return h == 0 ? 0 : a / h / h;
    }

    /** {@code a / r}, a partial of the norm {@code r = hypot(x, y)}; 0 at the origin, as {@code abs'(0)} is. */
    static double normSlope(double a, double r) {
        return r == 0 ? 0 : a / r;
    }

    /** {@code d min(x, y) / dx}: 1 where min chooses x, on a tie too. */
    static double minFirstSlope(double x, double y) {
        return x <= y ? 1 : 0;
    }

    /** {@code d min(x, y) / dy}. */
    static double minSecondSlope(double x, double y) {
        return x <= y ? 0 : 1;
    }

    /** {@code d max(x, y) / dx}: 1 where max chooses x, on a tie too. */
    static double maxFirstSlope(double x, double y) {
        return x >= y ? 1 : 0;
    }

    /** {@code d max(x, y) / dy}. */
    static double maxSecondSlope(double x, double y) {
        return x >= y ? 0 : 1;
    }

    /** {@code 1 / (1 + e^-x)} given {@code t = e^-|x|}: never exponentiates a positive number, so it neither overflows nor loses the tail. */
    static double sigmoid(double x, double t) {
        return x >= 0 ? 1 / (1 + t) : t / (1 + t);
    }

    /** {@code log(1 + e^x) = max(x, 0) + log1p(e^-|x|)} given {@code t = e^-|x|}: finite and accurate for every finite x. */
    static double softplus(double x, double t) {
        return Math.max(x, 0) + Math.log1p(t);
    }

    /** {@code d(x^e)/dx = e x^(e-1)}, from the value {@code r = x^e} where {@code x != 0} to save a second power. */
    static double powerSlope(double x, double e, double r) {
        return x != 0 ? e * (r / x) : e * Math.pow(x, e - 1);
    }

    /** {@code x^e} for {@code e >= 0} by repeated squaring: at most 2 log2(e) multiplications. */
    static double powInt(double x, int e) {
        double result = 1;
        double base = x;
        int rest = e;
        while (rest != 0) {
            if ((rest & 1) != 0) {
                result *= base;
            }
            rest >>>= 1;
            if (rest != 0) {
                base *= base;
            }
        }
        return result;
    }

    /** One instruction per line, {@code s3 = mul_k(s0) k=100}, for debugging. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ops.length; i++) {
            sb.append('s').append(variables + i).append(" = ").append(Op.name(ops[i])).append("(s").append(operands[2 * i]);
            if (Op.isBinary(ops[i])) {
                sb.append(", s").append(operands[2 * i + 1]);
            }
            sb.append(')');
            if (Op.hasConstant(ops[i])) {
                sb.append(" k=").append(constants[i]);
            }
            sb.append('\n');
        }
        return sb.append("result s").append(result).toString();
    }

    /** The calling thread's scratch arrays, grown on demand and never shrunk. */
    private static final class Workspace {
        private double[] values = new double[0];
        private double[] adjoints = new double[0];
        private double[] partials = new double[0];

        double[] values(int size) {
            if (values.length < size) {
                values = new double[size];
            }
            return values;
        }

        double[] adjoints(int size) {
            if (adjoints.length < size) {
                adjoints = new double[size];
            }
            return adjoints;
        }

        double[] partials(int size) {
            if (partials.length < size) {
                partials = new double[size];
            }
            return partials;
        }
    }
}
