package dev.gradus.objectives.formula;

import java.lang.invoke.MethodHandles;
import java.util.Locale;

/**
 * Compiles a {@link Tape} to JVM code: one hidden class per tape ({@link TapeBytecode} writes it),
 * defined in this package with no class loader of its own and unloaded with its formula. Where it
 * cannot, the tape interprets itself, giving the same results bit for bit, only slower: when
 * {@value #PROPERTY} is {@code false}, when a method would be longer than {@link #MAX_CODE_BYTES},
 * and when writing or defining the class fails for any reason.
 */
final class TapeCompiler {
    /** The system property that turns compilation off: {@code -Dgradus.formula.compile=false}. */
    static final String PROPERTY = "gradus.formula.compile";
    /**
     * The longest code a generated method may have. HotSpot does not JIT-compile a method longer
     * than 8000 bytes ({@code -XX:HugeMethodLimit}, with {@code DontCompileHugeMethods} on by
     * default), and the bytecode interpreter is slower than the JIT-compiled tape. It is far below
     * the JVM's own limits (65535 bytes of code, 65535 local slots: a method of 8000 bytes stores
     * into fewer than 8000 locals of 2 slots). The gradient's method, the longer one, reaches it at
     * about 300 instructions in one variable ({@code (x - 1)^2 + (x - 2)^2 + ...}: 104 terms,
     * 311 instructions), fewer in many variables, each of which costs a load and a store
     * ({@code x1*x2 + x2*x3 + ...}: 87 terms, 173 instructions).
     */
    static final int MAX_CODE_BYTES = 8000;

    private static final MethodHandles.Lookup HERE = MethodHandles.lookup();

    private TapeCompiler() {
    }

    /**
     * The program to evaluate {@code tape} with: compiled when {@value #PROPERTY} allows and the
     * tape fits, else the tape itself.
     *
     * @throws IllegalArgumentException naming the property and its value when it is neither
     *     {@code true} nor {@code false}
     */
    static Program compile(Tape tape) {
        if (!enabled(System.getProperty(PROPERTY))) {
            return tape;
        }
        byte[] code;
        try {
            code = TapeBytecode.classFor(tape, MAX_CODE_BYTES);
        } catch (RuntimeException | LinkageError e) {
            // a bug in writing, or ASM missing from the class path: the tape is just as right
            return tape;
        }
        return code == null ? tape : define(code, tape);
    }

    /** Whether {@value #PROPERTY} set to {@code property} turns compilation on: unset or blank, it does. */
    static boolean enabled(String property) {
        if (property == null || property.isBlank()) {
            return true;
        }
        return switch (property.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("-D" + PROPERTY + " must be true (compile formulas to JVM code, the default) or false (interpret them), not '"
                    + property + "'");
        };
    }

    /** An instance of the class in {@code code}, or {@code fallback} when the JVM refuses it. */
    static Program define(byte[] code, Tape fallback) {
        try {
            // not strongly tied to our class loader: the class goes when its last instance does
            Class<?> compiled = HERE.defineHiddenClass(code, true).lookupClass();
            return (Program) compiled.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return fallback;
        }
    }
}
