package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the compiler makes of a formula: constants folded, specialised instructions, shared subexpressions, nothing dead. */
class TapeTest {

    private static String[] instructions(String formula) {
        Tape tape = Formula.parse(formula).tape();
        return IntStream.range(0, tape.length()).mapToObj(i -> Op.name(tape.op(i))).toArray(String[]::new);
    }

    @Test
    void rosenbrockCompilesToSevenInstructions() {
        assertThat(instructions("100*(y - x^2)^2 + (1 - x)^2")).containsExactly("square", "sub", "square", "mul_k", "k_sub", "square", "add");
    }

    @Test
    void constantsFoldIntoOneNumber() {
        assertThat(instructions("2*3*x")).containsExactly("mul_k");
        assertThat(instructions("x + sin(pi/2)*2^3")).containsExactly("add_k");
        Check.valueAndGradient("x + sin(pi/2)*2^3", new double[] {1}, 9, 1);
        assertThat(instructions("x^(1+1)")).containsExactly("square");
    }

    @Test
    void anOperationWithAConstantOperandNeedsNoSlotForTheConstant() {
        assertThat(instructions("x - 3")).containsExactly("add_k");
        assertThat(instructions("3 - x")).containsExactly("k_sub");
        assertThat(instructions("x/20")).containsExactly("div_k");
        assertThat(instructions("x/4")).containsExactly("mul_k");
        assertThat(instructions("3/x")).containsExactly("k_div");
        assertThat(instructions("2^x")).containsExactly("k_pow");
        assertThat(instructions("e^x")).containsExactly("exp");
        assertThat(instructions("x^7")).containsExactly("pow_int");
        assertThat(instructions("x^2.5")).containsExactly("pow_k");
        assertThat(instructions("x^0.5")).containsExactly("sqrt");
        assertThat(instructions("x*1 + 0")).containsExactly("add_k");
        assertThat(instructions("-1*x")).containsExactly("neg");
        assertThat(instructions("--x")).isEmpty();
    }

    @Test
    void identicalSubexpressionsAreComputedOnce() {
        assertThat(instructions("sin(x) + sin(x)")).containsExactly("sin", "add");
        assertThat(instructions("x*y + y*x")).containsExactly("mul", "add");
        assertThat(instructions("(x + 1)^2 * (1 + x)")).containsExactly("add_k", "square", "mul");
        // a shared node's adjoint sums over its uses: d/dx (2 sin x) = 2 cos x
        Check.valueAndGradient("sin(x) + sin(x)", new double[] {0}, 0, 2);
    }

    @Test
    void whatTheResultDoesNotNeedIsLeftOut() {
        // x^0 folds to 1: neither x nor the constants feeding it remain
        assertThat(instructions("x^0 + y")).containsExactly("add_k");
    }

    @Test
    void onlyFunctionsWithAKinkThatSurviveFoldingMakeAFormulaNonSmooth() {
        assertThat(Formula.parse("x^2 + sin(y)").isSmooth()).isTrue();
        assertThat(Formula.parse("abs(x)").isSmooth()).isFalse();
        assertThat(Formula.parse("min(x, y)").isSmooth()).isFalse();
        assertThat(Formula.parse("max(x, 0)").isSmooth()).isFalse();
        assertThat(Formula.parse("hypot(x, y)").isSmooth()).isFalse();
        assertThat(Formula.parse("atan2(y, x)").isSmooth()).isFalse();
        assertThat(Formula.parse("abs(-2)*x + max(1, 2)").isSmooth()).isTrue();
    }
}
