package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.error.SyntaxException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The code compiled from a tape gives the tape's value and gradient bit for bit, over random
 * formulas, every instruction and the points where arithmetic is at its edges (NaN, infinities,
 * signed zeros, overflow, kinks); and where it cannot compile (too long, turned off, refused),
 * the formula is the tape. NaN counts as equal to NaN: the JVM does not say which NaN an operation
 * gives (JLS 4.2.3), so neither side can be held to one; every other double must match in every bit.
 */
class TapeCompilerTest {
    /** Where arithmetic is at its edges: signed zeros, infinities, NaN, overflow of exp and squares, underflow, the tails of sigmoid. */
    private static final double[] EDGES = {0.0, -0.0, 1, -1, 0.5, -0.5, 2, -2, 3, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e300, 1e155, 710, -746, 40, -40,
        Math.PI / 2};

    /** Every instruction at least once, and the cases where the reverse sweep must skip an infinite or NaN partial derivative. */
    private static final List<String> EVERY_INSTRUCTION = List.of(
            "atan2(1, x) + min(2, y) + hypot(-0, x)",
            "-x*y", "x + y", "x - y", "x / y", "x^y", "x + 3", "3 - x", "3*x", "x/3", "3/x",
            "x^2", "x^3", "x^4", "x^7", "x^32", "x^2.5", "x^-2", "x^0.25", "2^x", "0.5^y", "0^x", "(-2)^x",
            "exp(x)", "log(x)", "log10(x)", "sqrt(x)", "cbrt(x)", "sin(x)", "cos(x)", "tan(x)", "asin(x)", "acos(x)", "atan(x)",
            "sinh(x)", "cosh(x)", "tanh(x)", "abs(x)", "sigmoid(x)", "softplus(x)", "atan2(y, x)", "hypot(x, y)", "min(x, y)", "max(x, y)",
            "max(x, y, -x)",
            // the same slot as both operands
            "x - x", "x / x", "x^x", "atan2(x, x)", "hypot(x, x)", "min(x, x)", "max(x, x)",
            // constant partials that are 0, infinite or NaN, with an adjoint that is 0 and one that is not
            "0*x + y", "x*(1e308*10) + y", "x/1e-320 + y", "x*(0/0) + y", "-x*(1e308*10)",
            "0*(x*(1e308*10)) + y", "0*(x/1e-320) + y", "0*(x*(0/0)) + y",
            // an infinite slope where the adjoint is 0, or the adjoint infinite
            "0*sqrt(x) + y", "max(0, sqrt(x))", "min(x, y)*1e308*1e308", "exp(exp(x))*y", "x*y*y*y",
            // a shared subexpression, and a formula that is one variable
            "sin(x) + sin(x)*y", "x", "--y");

    @Test
    void compiledCodeGivesTheTapesResultsBitForBitForEveryInstructionAtTheEdges() {
        Set<Integer> seen = new HashSet<>();
        Outcomes outcomes = new Outcomes();
        Random random = new Random(11);
        for (String text : EVERY_INSTRUCTION) {
            Formula formula = Formula.parse(text);
            IntStream.range(0, formula.tape().length()).forEach(i -> seen.add(formula.tape().op(i)));
            List<double[]> points = new ArrayList<>();
            if (formula.dimension() == 1) {
                Arrays.stream(EDGES).forEach(e -> points.add(new double[] {e}));
            } else {
                for (double a : EDGES) {
                    for (double b : EDGES) {
                        points.add(new double[] {a, b});
                    }
                }
            }
            for (int p = 0; p < 50; p++) {
                points.add(randomPoint(random, formula.dimension()));
            }
            for (double[] x : points) {
                assertSameAsTape(formula, x, outcomes);
            }
        }
        assertThat(seen).as("instructions compiled").containsAll(IntStream.range(0, Op.VAR).boxed().toList());
        outcomes.assertEdgesReached();
    }

    @Test
    void compiledCodeGivesTheTapesResultsBitForBitForRandomFormulasAtRandomAndEdgePoints() {
        Random random = new Random(20_261_205);
        List<List<String>> variableSets = List.of(List.of("x"), List.of("x", "y"), List.of("x", "y", "z"));
        Set<Integer> seen = new HashSet<>();
        Outcomes outcomes = new Outcomes();
        int formulas = 0;
        while (formulas < 500) {
            List<String> variables = variableSets.get(random.nextInt(variableSets.size()));
            String text = new RandomFormulas(random, variables).next(1 + random.nextInt(5));
            Formula formula;
            try {
                formula = Formula.parse(text);
            } catch (SyntaxException e) {
                // no variable left, as in sin(2)
                continue;
            }
            formulas++;
            IntStream.range(0, formula.tape().length()).forEach(i -> seen.add(formula.tape().op(i)));
            for (int p = 0; p < 12; p++) {
                double[] x = randomPoint(random, formula.dimension());
                for (int i = 0; i < x.length; i++) {
                    if (random.nextInt(4) == 0) {
                        x[i] = EDGES[random.nextInt(EDGES.length)];
                    }
                }
                assertSameAsTape(formula, x, outcomes);
            }
        }
        // the random formulas reach every function and operator, and the edges of arithmetic
        assertThat(seen).as("instructions compiled").containsAll(List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.POW, Op.NEG, Op.SQUARE, Op.CUBE, Op.POW_INT,
                Op.POW_K, Op.K_POW, Op.ADD_K, Op.K_SUB, Op.MUL_K, Op.DIV_K, Op.K_DIV));
        assertThat(seen).as("functions compiled").containsAll(Arrays.stream(MathFunction.values()).map(MathFunction::op).toList());
        outcomes.assertEdgesReached();
    }

    @Test
    void compiledCodeGivesTheTapesResultsBitForBitOnceTheJitHasCompiledBoth() {
        // long enough for the JIT's last tier, where constants in the code could be folded differently from the tape's arrays
        List<Formula> formulas = List.of(Formula.parse("100*(y - x^2)^2 + (1 - x)^2 + x^2.5*y^7 + 1.5^x + log10(abs(y) + 1)/3"),
                Formula.parse("sin(x)*cos(y) + tan(x/4) + asin(y/9) + acos(x/9) + atan(x*y) + sinh(x/3) + cosh(y/3) + tanh(x - y) + exp(-x^2) + cbrt(y)"),
                Formula.parse("sigmoid(x) + softplus(y) + atan2(y, x) + hypot(x, y) + min(x, y)*max(x, y, 1) + x^y/(1 + y^2) + sqrt(x^2 + 1)"));
        Random random = new Random(3);
        Outcomes outcomes = new Outcomes();
        for (Formula formula : formulas) {
            for (int k = 0; k < 40_000; k++) {
                assertSameAsTape(formula, randomPoint(random, 2), outcomes);
            }
        }
        assertThat(outcomes.compared).isEqualTo(3 * 40_000);
    }

    @Test
    void aFormulaWithVariablesItDoesNotUseHasZeroPartialsForThem() {
        Formula formula = Formula.parse("y^2 + 1", "x, y, z");
        double[] g = {7, 7, 7};
        assertThat(formula.valueAndGradient(new double[] {5, 3, 5}, g)).isEqualTo(10);
        assertThat(g).containsExactly(0, 6, 0);
        assertSameAsTape(formula, new double[] {Double.NaN, -0.0, Double.POSITIVE_INFINITY}, new Outcomes());
    }

    @Test
    void aFormulaTooLongForTheJitIsInterpretedAndStillRight() {
        Formula compiled = Formula.parse(squares(90));
        Formula tooLong = Formula.parse(squares(200));
        assertThat(compiled.program()).as("90 terms").isNotInstanceOf(Tape.class);
        assertThat(tooLong.program()).as("200 terms").isSameAs(tooLong.tape());
        // a method just under the limit, its locals far beyond the 256 that a one-byte index reaches
        Outcomes outcomes = new Outcomes();
        Random random = new Random(17);
        for (int p = 0; p < 200; p++) {
            assertSameAsTape(compiled, randomPoint(random, 1), outcomes);
        }
        double x = 0.75;
        double sum = 0;
        double slope = 0;
        for (int i = 1; i <= 200; i++) {
            double d = x - i;
            sum += d * d;
            slope += 2 * d;
        }
        double[] g = new double[1];
        assertThat(tooLong.value(new double[] {x})).isEqualTo(sum);
        assertThat(tooLong.valueAndGradient(new double[] {x}, g)).isEqualTo(sum);
        assertThat(g[0]).isCloseTo(slope, within(1e-9 * Math.abs(slope)));
    }

    @Test
    void theLimitIsOnEachMethodsCodeInBytes() {
        Tape rosenbrock = Formula.parse("100*(y - x^2)^2 + (1 - x)^2").tape();
        assertThat(TapeBytecode.classFor(rosenbrock, TapeCompiler.MAX_CODE_BYTES)).isNotNull();
        // its value method is 58 bytes of code, its gradient's 153
        assertThat(TapeBytecode.classFor(rosenbrock, 57)).isNull();
        assertThat(TapeBytecode.classFor(rosenbrock, 152)).isNull();
        assertThat(TapeBytecode.classFor(rosenbrock, 153)).isNotNull();
    }

    @Test
    void thePropertyFalseLeavesTheFormulaToTheTape() {
        String before = System.getProperty(TapeCompiler.PROPERTY);
        try {
            for (String off : List.of("false", "FALSE", " false ")) {
                System.setProperty(TapeCompiler.PROPERTY, off);
                Formula formula = Formula.parse("100*(y - x^2)^2 + (1 - x)^2");
                assertThat(formula.program()).as("-D%s=%s", TapeCompiler.PROPERTY, off).isSameAs(formula.tape());
                assertThat(formula.value(new double[] {-1.2, 1})).isEqualTo(24.199999999999996);
            }
            System.setProperty(TapeCompiler.PROPERTY, "true");
            assertThat(Formula.parse("x^2").program()).isNotInstanceOf(Tape.class);
            System.clearProperty(TapeCompiler.PROPERTY);
            assertThat(Formula.parse("x^2").program()).isNotInstanceOf(Tape.class);
            System.setProperty(TapeCompiler.PROPERTY, "no");
            assertThatThrownBy(() -> Formula.parse("x^2")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(TapeCompiler.PROPERTY)
                    .hasMessageContaining("'no'");
        } finally {
            if (before == null) {
                System.clearProperty(TapeCompiler.PROPERTY);
            } else {
                System.setProperty(TapeCompiler.PROPERTY, before);
            }
        }
    }

    @Test
    void aTapeTheWriterCannotHandleInterpretsItself() {
        Tape unknownInstruction = new Tape(1, new int[] {Op.VAR + 1}, new int[] {0, 1}, new double[] {0}, 1);
        assertThat(TapeCompiler.compile(unknownInstruction)).isSameAs(unknownInstruction);
    }

    @Test
    void aClassTheJvmRefusesLeavesTheFormulaToTheTape() {
        Tape tape = Formula.parse("x^2 + 1").tape();
        byte[] good = TapeBytecode.classFor(tape, TapeCompiler.MAX_CODE_BYTES);
        Program compiled = TapeCompiler.define(good, tape);
        assertThat(compiled).isNotSameAs(tape);
        assertThat(compiled.value(new double[] {3})).isEqualTo(10);

        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        assertThat(TapeCompiler.define(truncated, tape)).as("a truncated class file").isSameAs(tape);
        assertThat(TapeCompiler.define(unverifiable(), tape)).as("a method that returns a double it never pushed").isSameAs(tape);
    }

    @Test
    void aCompiledClassIsUnloadedWithItsFormula() throws InterruptedException {
        WeakReference<Class<?>> compiled = new WeakReference<>(Formula.parse("x^2 + 2").program().getClass());
        assertThat(compiled.get()).matches(Class::isHidden, "is hidden");
        for (int i = 0; i < 50 && compiled.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(compiled.get()).as("the class after the formula is gone").isNull();
    }

    /** {@code (x - 1)^2 + ... + (x - terms)^2}: three instructions a term. */
    private static String squares(int terms) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= terms; i++) {
            text.append(i == 1 ? "" : " + ").append("(x - ").append(i).append(")^2");
        }
        return text.toString();
    }

    /** A class file the JVM parses and does not verify: its {@code value} returns a double it never pushed. */
    private static byte[] unverifiable() {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, TapeBytecode.CLASS_NAME, null, "java/lang/Object",
                new String[] {"dev/gradus/objectives/formula/Program"});
        MethodVisitor constructor = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        constructor.visitCode();
        constructor.visitVarInsn(Opcodes.ALOAD, 0);
        constructor.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        constructor.visitInsn(Opcodes.RETURN);
        constructor.visitMaxs(1, 1);
        constructor.visitEnd();
        MethodVisitor value = writer.visitMethod(Opcodes.ACC_PUBLIC, "value", "([D)D", null, null);
        value.visitCode();
        value.visitInsn(Opcodes.DRETURN);
        value.visitMaxs(2, 2);
        value.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static double[] randomPoint(Random random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -3 + 6 * random.nextDouble();
        }
        return x;
    }

    /**
     * Asserts that the formula is compiled and that its value and gradient at {@code x} are the
     * tape's; every gradient array starts filled with a number no partial has here, so that a
     * coordinate left unwritten shows.
     */
    private static void assertSameAsTape(Formula formula, double[] x, Outcomes outcomes) {
        Program program = formula.program();
        Tape tape = formula.tape();
        if (program == tape) {
            fail("%s was not compiled", formula);
        }
        double expected = tape.value(x);
        double[] expectedGradient = new double[x.length];
        Arrays.fill(expectedGradient, 12345);
        double expectedToo = tape.valueAndGradient(x, expectedGradient);
        double[] gradient = new double[x.length];
        Arrays.fill(gradient, 12345);
        double value = program.value(x);
        double valueToo = program.valueAndGradient(x, gradient);
        if (!same(value, expected) || !same(valueToo, expectedToo)) {
            fail("%s at %s: compiled value %s and %s, tape %s and %s", formula, Arrays.toString(x), value, valueToo, expected, expectedToo);
        }
        for (int i = 0; i < x.length; i++) {
            if (!same(gradient[i], expectedGradient[i])) {
                fail("d/d%s of %s at %s: compiled %s (bits %x), tape %s (bits %x)", formula.variables().get(i), formula, Arrays.toString(x), gradient[i],
                        Double.doubleToRawLongBits(gradient[i]), expectedGradient[i], Double.doubleToRawLongBits(expectedGradient[i]));
            }
        }
        outcomes.count(value, gradient);
    }

    private static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b) || Double.isNaN(a) && Double.isNaN(b);
    }

    /** What the comparisons met, so that a test cannot pass by never reaching the edges. */
    private static final class Outcomes {
        int compared;
        int nan;
        int infinite;
        int negativeZero;
        int zeroPartial;
        int nanPartial;
        int infinitePartial;

        void count(double value, double[] gradient) {
            compared++;
            nan += Double.isNaN(value) ? 1 : 0;
            infinite += Double.isInfinite(value) ? 1 : 0;
            negativeZero += Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0) ? 1 : 0;
            for (double g : gradient) {
                zeroPartial += g == 0 ? 1 : 0;
                nanPartial += Double.isNaN(g) ? 1 : 0;
                infinitePartial += Double.isInfinite(g) ? 1 : 0;
            }
        }

        void assertEdgesReached() {
            assertThat(new int[] {nan, infinite, negativeZero, zeroPartial, nanPartial, infinitePartial})
                    .as("NaN, infinite and -0 values, zero, NaN and infinite partials among %d comparisons", compared).doesNotContain(0);
        }
    }
}
