package dev.gradus.objectives.formula;

/**
 * The instruction set of a {@link Tape}. Codes are dense from 0 so that the sweeps compile to a
 * jump table. {@code x} is the first operand, {@code y} the second, {@code k} the instruction's
 * constant; the {@code _K} forms are the ones with a constant operand, kept apart so that a
 * constant costs no slot and no load.
 */
final class Op {
    /** {@code k}. */
    static final int CONST = 0;
    /** {@code -x}. */
    static final int NEG = 1;
    static final int ADD = 2;
    static final int SUB = 3;
    static final int MUL = 4;
    static final int DIV = 5;
    /** {@code Math.pow(x, y)}, both operands computed. */
    static final int POW = 6;
    /** {@code x + k}; also {@code x - c} as {@code x + (-c)}, which IEEE 754 defines to be the same. */
    static final int ADD_K = 7;
    /** {@code k - x}. */
    static final int K_SUB = 8;
    /** {@code x * k}. */
    static final int MUL_K = 9;
    /** {@code x / k}; a division by a power of two is a {@link #MUL_K} by its exact reciprocal instead. */
    static final int DIV_K = 10;
    /** {@code k / x}. */
    static final int K_DIV = 11;
    /** {@code x * x}. */
    static final int SQUARE = 12;
    /** {@code x * x * x}. */
    static final int CUBE = 13;
    /** {@code x^k} for a whole {@code k} in {@code [4, 32]}, by repeated squaring. */
    static final int POW_INT = 14;
    /** {@code Math.pow(x, k)}. */
    static final int POW_K = 15;
    /** {@code Math.pow(k, x)}. */
    static final int K_POW = 16;
    static final int EXP = 17;
    static final int LOG = 18;
    static final int LOG10 = 19;
    static final int SQRT = 20;
    static final int CBRT = 21;
    static final int SIN = 22;
    static final int COS = 23;
    static final int TAN = 24;
    static final int ASIN = 25;
    static final int ACOS = 26;
    static final int ATAN = 27;
    static final int SINH = 28;
    static final int COSH = 29;
    static final int TANH = 30;
    static final int ABS = 31;
    static final int SIGMOID = 32;
    static final int SOFTPLUS = 33;
    static final int ATAN2 = 34;
    static final int HYPOT = 35;
    static final int MIN = 36;
    static final int MAX = 37;
    /** A variable; only while building: on the tape, variables are the first slots and need no instruction. */
    static final int VAR = 38;

    private static final String[] NAMES = {"const", "neg", "add", "sub", "mul", "div", "pow", "add_k", "k_sub", "mul_k", "div_k", "k_div",
        "square", "cube", "pow_int", "pow_k", "k_pow", "exp", "log", "log10", "sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan",
        "sinh", "cosh", "tanh", "abs", "sigmoid", "softplus", "atan2", "hypot", "min", "max", "var"};

    private Op() {
    }

    /** Whether the instruction reads a second operand {@code y}. */
    static boolean isBinary(int op) {
        return op == ADD || op == SUB || op == MUL || op == DIV || op == POW || op == ATAN2 || op == HYPOT || op == MIN || op == MAX;
    }

    /** Whether the instruction reads its constant {@code k}. */
    static boolean hasConstant(int op) {
        return op == CONST || (op >= ADD_K && op <= K_DIV) || op == POW_INT || op == POW_K || op == K_POW;
    }

    /** Whether the function has a kink or a jump somewhere: {@code abs}, {@code min}, {@code max}, {@code hypot}, {@code atan2}. */
    static boolean hasKink(int op) {
        return op == ABS || op == MIN || op == MAX || op == HYPOT || op == ATAN2;
    }

    /** A short lowercase name, for tests and debugging. */
    static String name(int op) {
        return NAMES[op];
    }
}
