package dev.gradus.objectives.formula;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ACC_SYNTHETIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.DADD;
import static org.objectweb.asm.Opcodes.DALOAD;
import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DCONST_1;
import static org.objectweb.asm.Opcodes.DDIV;
import static org.objectweb.asm.Opcodes.DLOAD;
import static org.objectweb.asm.Opcodes.DMUL;
import static org.objectweb.asm.Opcodes.DNEG;
import static org.objectweb.asm.Opcodes.DRETURN;
import static org.objectweb.asm.Opcodes.DSTORE;
import static org.objectweb.asm.Opcodes.DSUB;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.SIPUSH;
import static org.objectweb.asm.Opcodes.V17;

import java.util.Arrays;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Writes the class file of a {@link Program} that computes one tape as straight-line JVM code:
 * every slot a local {@code double}, every constant an {@code ldc}, every function a call of the
 * very static method the tape calls, and no branch (so no stack map frame): where the tape's own
 * expression branches, the code calls the tape's static function for it ({@link Tape#powerSlope},
 * {@link Tape#minFirstSlope}, ...). {@code value} is the forward sweep; {@code valueAndGradient}
 * is the forward sweep, every intermediate kept in its local, then the reverse sweep unrolled,
 * each partial derivative computed where it is used, then one store per coordinate of the
 * gradient.
 *
 * <p>Each expression is the tape's, operation for operation, so that the results are the tape's bit
 * for bit. The reverse sweep differs in form only:
 * <ul>
 *   <li>the tape skips an instruction whose adjoint {@code w} is 0; the code adds
 *       {@link Tape#adjointTerm}, which is 0 then, and where the partial is a constant the code
 *       knows finite, {@code w * k} itself, which is ±0 then. Adding a zero changes no
 *       coordinate's adjoint: each starts at +0 (1 for a formula that is one variable) and only
 *       sums, so it is never -0, the one number to which adding +0 makes a difference;</li>
 *   <li>an instruction's adjoint starts as its first contribution instead of {@code 0 + } it, which
 *       differs only in the sign of a zero, and all that counts of an instruction's adjoint is
 *       whether it is 0 and, where it is not, its value;</li>
 *   <li>{@code w * 1} is {@code w} and adding {@code w * -1} is subtracting {@code w}, exactly.</li>
 * </ul>
 * NaN stays NaN throughout, though the JVM promises nothing about which NaN, here or in the tape.
 */
final class TapeBytecode {
    /** The generated class's name: in this package, so that it may implement {@link Program} and call the tape's functions. */
    static final String CLASS_NAME = "dev/gradus/objectives/formula/CompiledTape";
    private static final String TAPE = "dev/gradus/objectives/formula/Tape";
    private static final String MATH = "java/lang/Math";
    private static final String ONE_ARGUMENT = "(D)D";
    private static final String TWO_ARGUMENTS = "(DD)D";

    private TapeBytecode() {
    }

    /**
     * The class file for {@code tape}, or null when either method's code would be longer than
     * {@code maxCodeBytes}.
     */
    static byte[] classFor(Tape tape, int maxCodeBytes) {
        if (tape.length() > maxCodeBytes / 2) {
            // every instruction takes at least a push and a store
            return null;
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, CLASS_NAME, null, "java/lang/Object", new String[] {"dev/gradus/objectives/formula/Program"});
        MethodVisitor constructor = writer.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        constructor.visitCode();
        constructor.visitVarInsn(ALOAD, 0);
        constructor.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        constructor.visitInsn(RETURN);
        constructor.visitMaxs(0, 0);
        constructor.visitEnd();
        // the value method is the shorter one: when it is too long, the gradient's is too
        if (new Method(tape, writer.visitMethod(ACC_PUBLIC, "value", "([D)D", null, null), false).write() > maxCodeBytes
                || new Method(tape, writer.visitMethod(ACC_PUBLIC, "valueAndGradient", "([D[D)D", null, null), true).write() > maxCodeBytes) {
            return null;
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** One method's code: the forward sweep, and with the gradient the reverse sweep. */
    private static final class Method {
        /** The local holding no value. */
        private static final int NONE = -1;
        /** The first local after {@code this}, {@code x} and {@code gradient}. */
        private static final int FIRST_LOCAL = 3;

        private final Tape tape;
        private final MethodVisitor code;
        private final boolean gradient;
        private final int n;
        private final int sink;
        /** Each slot's local, or {@link #NONE}. */
        private final int[] value;
        /** Each instruction's value that its partials need besides its operands and result: sigmoid's and softplus's {@code e^-|x|}, atan2's {@code hypot(x, y)}. */
        private final int[] temporary;
        /** Each slot's adjoint's local, or {@link #NONE} while nothing was added to it. */
        private final int[] adjoint;
        private int nextLocal = FIRST_LOCAL;

        Method(Tape tape, MethodVisitor code, boolean gradient) {
            this.tape = tape;
            this.code = code;
            this.gradient = gradient;
            this.n = tape.variables();
            this.sink = tape.sink();
            this.value = filled(sink + 1);
            this.temporary = filled(tape.length());
            this.adjoint = filled(sink + 1);
        }

        private static int[] filled(int length) {
            int[] locals = new int[length];
            Arrays.fill(locals, NONE);
            return locals;
        }

        /** Writes the method; returns its code's length in bytes. */
        int write() {
            code.visitCode();
            boolean[] used = usedVariables();
            for (int v = 0; v < n; v++) {
                if (used[v]) {
                    code.visitVarInsn(ALOAD, 1);
                    pushInt(v);
                    code.visitInsn(DALOAD);
                    value[v] = store();
                }
            }
            for (int i = 0; i < tape.length(); i++) {
                forward(i);
            }
            if (gradient) {
                reverse(used);
            }
            load(value[tape.result()]);
            code.visitInsn(DRETURN);
            Label end = new Label();
            code.visitLabel(end);
            code.visitMaxs(0, 0);
            code.visitEnd();
            return end.getOffset();
        }

        /** The variables the tape reads, the result among them. */
        private boolean[] usedVariables() {
            boolean[] used = new boolean[n];
            for (int i = 0; i < tape.length(); i++) {
                if (tape.first(i) < n) {
                    used[tape.first(i)] = true;
                }
                if (tape.second(i) < n) {
                    used[tape.second(i)] = true;
                }
            }
            if (tape.result() < n) {
                used[tape.result()] = true;
            }
            return used;
        }

        /** Instruction {@code i}'s value into its local: {@code Tape.forward}, which {@code forwardWithPartials} computes alike. */
        private void forward(int i) {
            int op = tape.op(i);
            int x = value[tape.first(i)];
            int y = value[tape.second(i)];
            double k = tape.constant(i);
            switch (op) {
                case Op.CONST -> push(k);
                case Op.NEG -> {
                    load(x);
                    code.visitInsn(DNEG);
                }
                case Op.ADD -> binary(x, y, DADD);
                case Op.SUB -> binary(x, y, DSUB);
                case Op.MUL -> binary(x, y, DMUL);
                case Op.DIV -> binary(x, y, DDIV);
                case Op.POW -> call(MATH, "pow", TWO_ARGUMENTS, x, y);
                case Op.ADD_K -> withConstant(x, k, DADD);
                case Op.K_SUB -> constantWith(k, x, DSUB);
                case Op.MUL_K -> withConstant(x, k, DMUL);
                case Op.DIV_K -> withConstant(x, k, DDIV);
                case Op.K_DIV -> constantWith(k, x, DDIV);
                case Op.SQUARE -> binary(x, x, DMUL);
                case Op.CUBE -> {
                    binary(x, x, DMUL);
                    load(x);
                    code.visitInsn(DMUL);
                }
                case Op.POW_INT -> pushPowInt(x, (int) k);
                case Op.POW_K -> {
                    load(x);
                    push(k);
                    math("pow", TWO_ARGUMENTS);
                }
                case Op.K_POW -> {
                    push(k);
                    load(x);
                    math("pow", TWO_ARGUMENTS);
                }
                case Op.EXP -> call(MATH, "exp", ONE_ARGUMENT, x);
                case Op.LOG -> call(MATH, "log", ONE_ARGUMENT, x);
                case Op.LOG10 -> call(MATH, "log10", ONE_ARGUMENT, x);
                case Op.SQRT -> call(MATH, "sqrt", ONE_ARGUMENT, x);
                case Op.CBRT -> call(MATH, "cbrt", ONE_ARGUMENT, x);
                case Op.SIN -> call(MATH, "sin", ONE_ARGUMENT, x);
                case Op.COS -> call(MATH, "cos", ONE_ARGUMENT, x);
                case Op.TAN -> call(MATH, "tan", ONE_ARGUMENT, x);
                case Op.ASIN -> call(MATH, "asin", ONE_ARGUMENT, x);
                case Op.ACOS -> call(MATH, "acos", ONE_ARGUMENT, x);
                case Op.ATAN -> call(MATH, "atan", ONE_ARGUMENT, x);
                case Op.SINH -> call(MATH, "sinh", ONE_ARGUMENT, x);
                case Op.COSH -> call(MATH, "cosh", ONE_ARGUMENT, x);
                case Op.TANH -> call(MATH, "tanh", ONE_ARGUMENT, x);
                case Op.ABS -> call(MATH, "abs", ONE_ARGUMENT, x);
                case Op.SIGMOID, Op.SOFTPLUS -> {
                    // t = e^-|x|
                    load(x);
                    math("abs", ONE_ARGUMENT);
                    code.visitInsn(DNEG);
                    math("exp", ONE_ARGUMENT);
                    temporary[i] = store();
                    call(TAPE, op == Op.SIGMOID ? "sigmoid" : "softplus", TWO_ARGUMENTS, x, temporary[i]);
                }
                case Op.ATAN2 -> call(MATH, "atan2", TWO_ARGUMENTS, x, y);
                case Op.HYPOT -> call(MATH, "hypot", TWO_ARGUMENTS, x, y);
                case Op.MIN -> call(MATH, "min", TWO_ARGUMENTS, x, y);
                case Op.MAX -> call(MATH, "max", TWO_ARGUMENTS, x, y);
                default -> throw new IllegalArgumentException("no instruction " + op);
            }
            value[n + i] = store();
            if (gradient && op == Op.ATAN2) {
                // both partials divide by it
                call(MATH, "hypot", TWO_ARGUMENTS, x, y);
                temporary[i] = store();
            }
        }

        /**
         * The reverse sweep, last instruction first, then the gradient's stores: {@code Tape.reverse}
         * in the form the class comment describes. Each partial derivative is computed where it is
         * used, from the values in their locals.
         */
        private void reverse(boolean[] used) {
            int result = tape.result();
            for (int v = 0; v < n; v++) {
                if (used[v]) {
                    push(v == result ? 1 : 0);
                    adjoint[v] = store();
                }
            }
            if (result >= n) {
                push(1);
                adjoint[result] = store();
            }
            for (int i = tape.length() - 1; i >= 0; i--) {
                int w = adjoint[n + i];
                if (w == NONE) {
                    continue;
                }
                send(i, false, w);
                send(i, true, w);
            }
            for (int v = 0; v < n; v++) {
                code.visitVarInsn(ALOAD, 2);
                pushInt(v);
                if (used[v]) {
                    load(adjoint[v]);
                } else {
                    push(0);
                }
                code.visitInsn(DASTORE);
            }
        }

        /** Adds {@code w} times instruction {@code i}'s partial derivative to the adjoint of its first or {@code second} operand. */
        private void send(int i, boolean second, int w) {
            int operand = second ? tape.second(i) : tape.first(i);
            if (operand == sink) {
                return;
            }
            int sum = adjoint[operand];
            boolean constant = hasConstantPartial(tape.op(i));
            double k = constant ? constantPartial(i, second) : Double.NaN;
            if (constant && k == -1) {
                if (sum == NONE) {
                    load(w);
                    code.visitInsn(DNEG);
                } else {
                    load(sum);
                    load(w);
                    code.visitInsn(DSUB);
                }
            } else {
                if (sum != NONE) {
                    load(sum);
                }
                load(w);
                if (!constant) {
                    pushPartial(i, second);
                    tape("adjointTerm", TWO_ARGUMENTS);
                } else if (k != 1) {
                    push(k);
                    if (Double.isFinite(k)) {
                        code.visitInsn(DMUL);
                    } else {
                        tape("adjointTerm", TWO_ARGUMENTS);
                    }
                }
                if (sum != NONE) {
                    code.visitInsn(DADD);
                }
            }
            if (sum == NONE) {
                adjoint[operand] = store();
            } else {
                code.visitVarInsn(DSTORE, sum);
            }
        }

        /** Whether the instruction's partial derivatives are constants known here. */
        private static boolean hasConstantPartial(int op) {
            return op == Op.NEG || op == Op.ADD || op == Op.SUB || op == Op.ADD_K || op == Op.K_SUB || op == Op.MUL_K || op == Op.DIV_K;
        }

        /** The constant partial derivative of instruction {@code i}, one that {@link #hasConstantPartial} says is constant. */
        private double constantPartial(int i, boolean second) {
            return switch (tape.op(i)) {
                case Op.NEG, Op.K_SUB -> -1;
                case Op.ADD, Op.ADD_K -> 1;
                case Op.SUB -> second ? -1 : 1;
                case Op.MUL_K -> tape.constant(i);
                case Op.DIV_K -> tape.derived(i);
                default -> throw new IllegalArgumentException("no constant partial for " + Op.name(tape.op(i)));
            };
        }

        /** Pushes instruction {@code i}'s partial derivative with respect to its first or {@code second} operand: the expression {@code Tape.forwardWithPartials} has for it. */
        private void pushPartial(int i, boolean second) {
            int op = tape.op(i);
            int x = value[tape.first(i)];
            int y = value[tape.second(i)];
            int r = value[n + i];
            int t = temporary[i];
            switch (op) {
                case Op.MUL -> load(second ? x : y);
                case Op.DIV -> {
                    // 1 / y, -r / y
                    if (second) {
                        load(r);
                        code.visitInsn(DNEG);
                    } else {
                        push(1);
                    }
                    load(y);
                    code.visitInsn(DDIV);
                }
                case Op.POW -> {
                    if (second) {
                        load(r);
                        call(MATH, "log", ONE_ARGUMENT, x);
                        tape("exponentSlope", TWO_ARGUMENTS);
                    } else {
                        call(TAPE, "powerSlope", "(DDD)D", x, y, r);
                    }
                }
                case Op.K_DIV -> {
                    // -r / x
                    load(r);
                    code.visitInsn(DNEG);
                    load(x);
                    code.visitInsn(DDIV);
                }
                case Op.SQUARE -> {
                    // 2 * x
                    push(2);
                    load(x);
                    code.visitInsn(DMUL);
                }
                case Op.CUBE -> {
                    // 3 * (x * x)
                    push(3);
                    binary(x, x, DMUL);
                    code.visitInsn(DMUL);
                }
                case Op.POW_INT -> {
                    // e * x^(e-1), the int e converted to double
                    int e = (int) tape.constant(i);
                    push(e);
                    pushPowInt(x, e - 1);
                    code.visitInsn(DMUL);
                }
                case Op.POW_K -> {
                    load(x);
                    push(tape.constant(i));
                    load(r);
                    tape("powerSlope", "(DDD)D");
                }
                case Op.K_POW -> {
                    load(r);
                    push(tape.derived(i));
                    tape("exponentSlope", TWO_ARGUMENTS);
                }
                case Op.EXP -> load(r);
                case Op.LOG -> quotient(1, x);
                case Op.LOG10 -> quotient(Tape.INVERSE_LN_10, x);
                case Op.SQRT -> quotient(0.5, r);
                case Op.CBRT -> {
                    // 1 / (3 * r * r)
                    push(1);
                    push(3);
                    load(r);
                    code.visitInsn(DMUL);
                    load(r);
                    code.visitInsn(DMUL);
                    code.visitInsn(DDIV);
                }
                case Op.SIN -> call(MATH, "cos", ONE_ARGUMENT, x);
                case Op.COS -> {
                    call(MATH, "sin", ONE_ARGUMENT, x);
                    code.visitInsn(DNEG);
                }
                case Op.TAN -> oneWithSquare(DADD, r);
                case Op.ASIN, Op.ACOS -> {
                    // ±1 / sqrt(1 - x * x)
                    push(op == Op.ASIN ? 1 : -1);
                    push(1);
                    binary(x, x, DMUL);
                    code.visitInsn(DSUB);
                    math("sqrt", ONE_ARGUMENT);
                    code.visitInsn(DDIV);
                }
                case Op.ATAN -> {
                    // 1 / (1 + x * x)
                    push(1);
                    oneWithSquare(DADD, x);
                    code.visitInsn(DDIV);
                }
                case Op.SINH -> call(MATH, "cosh", ONE_ARGUMENT, x);
                case Op.COSH -> call(MATH, "sinh", ONE_ARGUMENT, x);
                case Op.TANH -> oneWithSquare(DSUB, r);
                case Op.ABS -> call(MATH, "signum", ONE_ARGUMENT, x);
                case Op.SIGMOID -> {
                    // t / ((1 + t) * (1 + t))
                    load(t);
                    push(1);
                    load(t);
                    code.visitInsn(DADD);
                    push(1);
                    load(t);
                    code.visitInsn(DADD);
                    code.visitInsn(DMUL);
                    code.visitInsn(DDIV);
                }
                case Op.SOFTPLUS -> call(TAPE, "sigmoid", TWO_ARGUMENTS, x, t);
                case Op.ATAN2 -> {
                    // y / h / h, -x / h / h
                    if (second) {
                        load(x);
                        code.visitInsn(DNEG);
                    } else {
                        load(y);
                    }
                    load(t);
                    tape("angleSlope", TWO_ARGUMENTS);
                }
                case Op.HYPOT -> call(TAPE, "normSlope", TWO_ARGUMENTS, second ? y : x, r);
                case Op.MIN -> call(TAPE, second ? "minSecondSlope" : "minFirstSlope", TWO_ARGUMENTS, x, y);
                case Op.MAX -> call(TAPE, second ? "maxSecondSlope" : "maxFirstSlope", TWO_ARGUMENTS, x, y);
                default -> throw new IllegalArgumentException("no partial derivative for " + Op.name(op));
            }
        }

        /** Pushes {@code c / a}. */
        private void quotient(double c, int a) {
            push(c);
            load(a);
            code.visitInsn(DDIV);
        }

        /** Pushes {@code 1 + a * a} or {@code 1 - a * a}. */
        private void oneWithSquare(int opcode, int a) {
            push(1);
            binary(a, a, DMUL);
            code.visitInsn(opcode);
        }

        /**
         * {@code Tape.powInt(x, e)} with its loop run here, on the constant {@code e}: the same
         * multiplications in the same order, and {@code 1 * base} as {@code base}, which it is exactly.
         */
        private void pushPowInt(int x, int e) {
            int result = NONE;
            int base = x;
            int rest = e;
            while (rest != 0) {
                if ((rest & 1) != 0) {
                    if (result == NONE) {
                        result = base;
                    } else {
                        binary(result, base, DMUL);
                        result = store();
                    }
                }
                rest >>>= 1;
                if (rest != 0) {
                    binary(base, base, DMUL);
                    base = store();
                }
            }
            if (result == NONE) {
                push(1);
            } else {
                load(result);
            }
        }

        private void binary(int x, int y, int opcode) {
            load(x);
            load(y);
            code.visitInsn(opcode);
        }

        private void withConstant(int x, double k, int opcode) {
            load(x);
            push(k);
            code.visitInsn(opcode);
        }

        private void constantWith(double k, int x, int opcode) {
            push(k);
            load(x);
            code.visitInsn(opcode);
        }

        /** Calls {@code owner.name} on the locals given. */
        private void call(String owner, String name, String descriptor, int... arguments) {
            for (int argument : arguments) {
                load(argument);
            }
            code.visitMethodInsn(INVOKESTATIC, owner, name, descriptor, false);
        }

        private void math(String name, String descriptor) {
            code.visitMethodInsn(INVOKESTATIC, MATH, name, descriptor, false);
        }

        private void tape(String name, String descriptor) {
            code.visitMethodInsn(INVOKESTATIC, TAPE, name, descriptor, false);
        }

        private void load(int local) {
            code.visitVarInsn(DLOAD, local);
        }

        /** Stores the double on the stack in a new local; returns the local. */
        private int store() {
            int local = nextLocal;
            nextLocal += 2;
            code.visitVarInsn(DSTORE, local);
            return local;
        }

        /** Pushes the double {@code k}: {@code dconst} for +0 and 1, {@code ldc} for the rest (-0 included). */
        private void push(double k) {
            long bits = Double.doubleToRawLongBits(k);
            if (bits == 0) {
                code.visitInsn(DCONST_0);
            } else if (bits == Double.doubleToRawLongBits(1)) {
                code.visitInsn(DCONST_1);
            } else {
                code.visitLdcInsn(k);
            }
        }

        private void pushInt(int v) {
            if (v <= 5) {
                code.visitInsn(ICONST_0 + v);
            } else if (v <= Byte.MAX_VALUE) {
                code.visitIntInsn(BIPUSH, v);
            } else if (v <= Short.MAX_VALUE) {
                code.visitIntInsn(SIPUSH, v);
            } else {
                code.visitLdcInsn(v);
            }
        }
    }
}
