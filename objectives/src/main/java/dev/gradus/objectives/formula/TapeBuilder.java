package dev.gradus.objectives.formula;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a {@link Tape} bottom-up as the parser reduces: every node is made after its operands,
 * so the order of creation is already an evaluation order and no pass needs to recurse.
 *
 * <p>While building it
 * <ul>
 *   <li>folds constants: an operation on constants is replaced by its value, computed by the
 *       tape's own code ({@link Tape#evaluate});</li>
 *   <li>picks the specialised instruction where an operand is constant ({@code x + 1},
 *       {@code 100 * w}, {@code x / 20}, {@code 2^x}) and for small whole powers ({@code x^2},
 *       {@code x^3}, {@code x^4} .. {@code x^32});</li>
 *   <li>shares identical subexpressions: asking twice for the same operation on the same nodes
 *       gives the same node, computed once (exact, since every operation is a pure function).</li>
 * </ul>
 * Every rewrite gives the same value bit for bit as the operation written, except where the class
 * comment of {@link Formula} says otherwise ({@code x^2}, {@code x^0.5}, {@code e^x}).
 * {@link #compile} then keeps only the nodes the result depends on.
 */
final class TapeBuilder {
    /** The operand of a node that has none. */
    private static final int NONE = -1;
    /** Whole exponents from 4 up to this are computed by repeated squaring ({@link Op#POW_INT}). */
    private static final int LARGEST_REPEATED_POWER = 32;

    private int[] op = new int[64];
    private int[] first = new int[64];
    private int[] second = new int[64];
    private double[] constant = new double[64];
    private int count;
    private final Map<Node, Integer> existing = new HashMap<>();

    private record Node(int op, int first, int second, long constantBits) {
    }

    /** The node for variable number {@code id} (numbered in order of first appearance). */
    int variable(int id) {
        return emit(Op.VAR, NONE, NONE, id);
    }

    int constant(double value) {
        return emit(Op.CONST, NONE, NONE, value);
    }

    boolean isConstant(int node) {
        return op[node] == Op.CONST;
    }

    /** The value of a {@linkplain #isConstant constant} node. */
    double valueOf(int node) {
        return constant[node];
    }

    /** {@link Op#NEG} or a one-argument function applied to {@code x}. */
    int unary(int operation, int x) {
        if (operation == Op.NEG && op[x] == Op.NEG) {
            // -(-u) is u exactly
            return first[x];
        }
        return emit(operation, x, NONE, 0);
    }

    /** A two-operand operation ({@link Op#ADD} .. {@link Op#POW}, atan2, hypot, min, max), specialised where an operand is constant. */
    int binary(int operation, int x, int y) {
        boolean constantX = isConstant(x);
        boolean constantY = isConstant(y);
        if (constantX && constantY) {
            return emit(operation, x, y, 0);
        }
        switch (operation) {
            case Op.ADD -> {
                if (constantX || constantY) {
                    return emit(Op.ADD_K, constantY ? x : y, NONE, constantY ? valueOf(y) : valueOf(x));
                }
                // x + y is y + x exactly: one order, so that both share a node
                return emit(Op.ADD, Math.min(x, y), Math.max(x, y), 0);
            }
            case Op.SUB -> {
                if (constantY) {
                    return emit(Op.ADD_K, x, NONE, -valueOf(y));
                }
                return constantX ? emit(Op.K_SUB, y, NONE, valueOf(x)) : emit(Op.SUB, x, y, 0);
            }
            case Op.MUL -> {
                if (constantX || constantY) {
                    return scaled(constantY ? x : y, constantY ? valueOf(y) : valueOf(x));
                }
                if (x == y) {
                    return emit(Op.SQUARE, x, NONE, 0);
                }
                return emit(Op.MUL, Math.min(x, y), Math.max(x, y), 0);
            }
            case Op.DIV -> {
                if (constantY) {
                    double c = valueOf(y);
                    return isPowerOfTwo(c) ? scaled(x, 1 / c) : emit(Op.DIV_K, x, NONE, c);
                }
                return constantX ? emit(Op.K_DIV, y, NONE, valueOf(x)) : emit(Op.DIV, x, y, 0);
            }
            case Op.POW -> {
                if (constantY) {
                    return power(x, valueOf(y));
                }
                if (constantX) {
                    return valueOf(x) == Math.E ? unary(Op.EXP, y) : emit(Op.K_POW, y, NONE, valueOf(x));
                }
                return emit(Op.POW, x, y, 0);
            }
            default -> {
                return emit(operation, x, y, 0);
            }
        }
    }

    /** {@code x * c}; {@code x * 1} is {@code x} and {@code x * -1} is {@code -x}, exactly. */
    private int scaled(int x, double c) {
        if (c == 1) {
            return x;
        }
        return c == -1 ? unary(Op.NEG, x) : emit(Op.MUL_K, x, NONE, c);
    }

    /** {@code x^c} for a constant {@code c}. */
    private int power(int x, double c) {
        if (c == 1) {
            return x;
        }
        if (c == 0) {
            // Math.pow(u, 0) is 1 for every u, NaN included
            return constant(1);
        }
        if (c == 2) {
            return emit(Op.SQUARE, x, NONE, 0);
        }
        if (c == 3) {
            return emit(Op.CUBE, x, NONE, 0);
        }
        if (c == 0.5) {
            return emit(Op.SQRT, x, NONE, 0);
        }
        if (c == -1) {
            return emit(Op.K_DIV, x, NONE, 1);
        }
        if (c >= 4 && c <= LARGEST_REPEATED_POWER && c == Math.rint(c)) {
            return emit(Op.POW_INT, x, NONE, c);
        }
        return emit(Op.POW_K, x, NONE, c);
    }

    /** Whether {@code c} is {@code ±2^e} with {@code 1/c} exact, so that {@code x / c} and {@code x * (1/c)} round alike. */
    private static boolean isPowerOfTwo(double c) {
        long bits = Double.doubleToRawLongBits(c);
        int exponent = Math.getExponent(c);
        return (bits & 0x000f_ffff_ffff_ffffL) == 0 && exponent >= Double.MIN_EXPONENT && exponent <= Double.MAX_EXPONENT;
    }

    /** The node for this operation: folded when its operands are constant, shared when it exists already. */
    private int emit(int operation, int x, int y, double k) {
        boolean operandsConstant = x != NONE && isConstant(x) && (y == NONE || isConstant(y));
        if (operandsConstant) {
            return constant(Tape.evaluate(operation, valueOf(x), y == NONE ? 0 : valueOf(y), k));
        }
        Node node = new Node(operation, x, y, Double.doubleToRawLongBits(k));
        Integer known = existing.get(node);
        if (known != null) {
            return known;
        }
        if (count == op.length) {
            int size = 2 * count;
            op = Arrays.copyOf(op, size);
            first = Arrays.copyOf(first, size);
            second = Arrays.copyOf(second, size);
            constant = Arrays.copyOf(constant, size);
        }
        op[count] = operation;
        first[count] = x;
        second[count] = y;
        constant[count] = k;
        existing.put(node, count);
        return count++;
    }

    /**
     * The tape computing node {@code root}, with only the nodes it depends on.
     *
     * @param root         the formula's node
     * @param coordinateOf for each variable id, its coordinate
     * @param dimension    the number of coordinates (variables the formula does not use included)
     */
    Tape compile(int root, int[] coordinateOf, int dimension) {
        // Each node's operands come before it, so one backward pass marks everything root needs.
        boolean[] live = new boolean[count];
        live[root] = true;
        for (int i = count - 1; i >= 0; i--) {
            if (live[i]) {
                if (first[i] != NONE) {
                    live[first[i]] = true;
                }
                if (second[i] != NONE) {
                    live[second[i]] = true;
                }
            }
        }
        int[] slot = new int[count];
        int instructions = 0;
        for (int i = 0; i < count; i++) {
            if (live[i]) {
                slot[i] = op[i] == Op.VAR ? coordinateOf[(int) constant[i]] : dimension + instructions++;
            }
        }
        int sink = dimension + instructions;
        int[] ops = new int[instructions];
        int[] operands = new int[2 * instructions];
        double[] constants = new double[instructions];
        int j = 0;
        for (int i = 0; i < count; i++) {
            if (live[i] && op[i] != Op.VAR) {
                ops[j] = op[i];
                operands[2 * j] = first[i] == NONE ? sink : slot[first[i]];
                operands[2 * j + 1] = second[i] == NONE ? sink : slot[second[i]];
                constants[j] = constant[i];
                j++;
            }
        }
        return new Tape(dimension, ops, operands, constants, slot[root]);
    }
}
