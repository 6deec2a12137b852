package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.error.SyntaxException;
import org.junit.jupiter.api.Test;

/** Each kind of mistake: which parameter, which position, and what the problem says was expected. */
class SyntaxErrorTest {

    private static SyntaxException refused(String expression) {
        return refused(expression, "");
    }

    private static SyntaxException refused(String expression, String vars) {
        SyntaxException e = catchThrowableOfType(SyntaxException.class, () -> Formula.parse(expression, vars));
        assertThat(e).as("%s with vars '%s' is refused", expression, vars).isNotNull();
        return e;
    }

    @Test
    void anOperatorWhereAnOperandBelongsNamesWhatWasExpected() {
        SyntaxException e = refused("x^2 + * y");

        assertThat(e.parameter()).isEqualTo("expression");
        assertThat(e.text()).isEqualTo("x^2 + * y");
        assertThat(e.position()).isEqualTo(6);
        assertThat(e.problem()).isEqualTo("expected a number, a variable, a function or '(' after '+', not '*'");
    }

    @Test
    void aStartingOperatorSaysAtTheStart() {
        SyntaxException e = refused("* x");

        assertThat(e.position()).isZero();
        assertThat(e.problem()).isEqualTo("expected a number, a variable, a function or '(' at the start, not '*'");
    }

    @Test
    void aDoubleStarSuggestsTheCaret() {
        SyntaxException e = refused("x**2");

        assertThat(e.position()).isEqualTo(2);
        assertThat(e.problem()).endsWith("write ^ for a power (x^2, not x**2)");
    }

    @Test
    void aNumberNextToAVariableSuggestsTheProduct() {
        SyntaxException e = refused("2x");

        assertThat(e.position()).isEqualTo(1);
        assertThat(e.problem()).isEqualTo("expected an operator between 2 and x; to multiply, write 2*x");
        assertThat(refused("x y").problem()).endsWith("write x*y");
        assertThat(refused("(x)(y)").position()).isEqualTo(3);
        assertThat(refused("2(x + 1)").problem()).isEqualTo("expected an operator between 2 and '('; to multiply, write 2*(...)");
        assertThat(refused("(x)y").problem()).endsWith("write (...)*y");
        assertThat(refused("2 e").problem()).endsWith("write 2*e");
    }

    @Test
    void anEmptyFormulaIsRefusedAtItsStart() {
        for (String blank : new String[] {"", "   "}) {
            SyntaxException e = refused(blank);
            assertThat(e.position()).isZero();
            assertThat(e.problem()).startsWith("the formula is empty");
        }
    }

    @Test
    void aTrailingOperatorIsRefusedAtTheEnd() {
        SyntaxException e = refused("x^2 +");

        assertThat(e.position()).isEqualTo(5);
        assertThat(e.problem()).isEqualTo("the formula ends after '+': expected a number, a variable, a function or '('");
        assertThat(refused("x^").position()).isEqualTo(2);
        assertThat(refused("-").problem()).startsWith("the formula ends after '-'");
    }

    @Test
    void anUnclosedParenthesisIsRefusedAtTheEndNamingTheOpenOne() {
        SyntaxException e = refused("(x + (y)");

        assertThat(e.position()).isEqualTo(8);
        assertThat(e.problem()).isEqualTo("expected ')' to close the '(' at column 1");
        assertThat(refused("sin(x").problem()).isEqualTo("expected ')' to close the '(' at column 4");
    }

    @Test
    void anUnopenedParenthesisIsRefusedWhereItCloses() {
        SyntaxException e = refused("x + y)");

        assertThat(e.position()).isEqualTo(5);
        assertThat(e.problem()).isEqualTo("unbalanced ')': there is no '(' to close");
        assertThat(refused(") + x").position()).isZero();
    }

    @Test
    void emptyParenthesesAndAStrayCommaAreRefused() {
        assertThat(refused("x*()").problem()).startsWith("empty parentheses");
        assertThat(refused("x*()").position()).isEqualTo(3);
        SyntaxException comma = refused("(x, y)");
        assertThat(comma.position()).isEqualTo(2);
        assertThat(comma.problem()).startsWith("unexpected ','");
        assertThat(refused("x, y").position()).isEqualTo(1);
    }

    @Test
    void anUnknownFunctionListsTheKnownOnesAndTheClosestMatch() {
        SyntaxException e = refused("2*sine(x)");

        assertThat(e.position()).isEqualTo(2);
        assertThat(e.problem()).startsWith("unknown function sine (did you mean sin?); the functions are sin, cos, tan,")
                .contains("atan2", "log10", "sigmoid", "softplus");
        assertThat(refused("ln(x)").problem()).contains("did you mean log?");
        assertThat(refused("Sqrt(x)").problem()).contains("did you mean sqrt?");
        assertThat(refused("arctan(x)").problem()).contains("did you mean atan?");
    }

    @Test
    void anUnknownFunctionWithNoCloseMatchSuggestsTheProduct() {
        SyntaxException e = refused("x(y + 1)");

        assertThat(e.position()).isZero();
        assertThat(e.problem()).startsWith("unknown function x; the functions are").endsWith("to multiply, write x*(...)")
                .doesNotContain("did you mean");
    }

    @Test
    void aWrongArgumentCountSaysHowManyTheFunctionTakes() {
        SyntaxException tooFew = refused("atan2(y)");
        assertThat(tooFew.position()).as("at the ')' where the second argument was due").isEqualTo(7);
        assertThat(tooFew.problem()).isEqualTo("atan2 takes 2 arguments, got 1");

        SyntaxException tooMany = refused("sin(x, y, z)");
        assertThat(tooMany.position()).as("at the comma that starts the surplus").isEqualTo(5);
        assertThat(tooMany.problem()).isEqualTo("sin takes 1 argument, got 3");

        assertThat(refused("exp()").problem()).isEqualTo("exp takes 1 argument, got none");
        assertThat(refused("min(x)").problem()).isEqualTo("min takes 2 or more arguments, got 1");
        assertThat(refused("hypot(x, y, z)").problem()).isEqualTo("hypot takes 2 arguments, got 3");
    }

    @Test
    void aFunctionNameWithoutParenthesesIsRefusedWithAnExample() {
        SyntaxException e = refused("x + sin");

        assertThat(e.position()).isEqualTo(4);
        assertThat(e.problem()).isEqualTo("sin is a function: give its arguments in parentheses, as in sin(x)");
        assertThat(refused("atan2 * x").problem()).endsWith("as in atan2(y, x)");
    }

    @Test
    void aConstantInOtherCapitalsIsRefusedNamingTheConstants() {
        for (String slip : new String[] {"PI", "Pi", "pI", "E"}) {
            SyntaxException e = refused("2*" + slip + "*x");
            assertThat(e.position()).isEqualTo(2);
            assertThat(e.problem()).isEqualTo("unknown name " + slip + ": the constants are pi and e, in small letters");
        }
    }

    @Test
    void withVarsAnUnlistedNameIsRefusedListingVarsAndTheConstants() {
        SyntaxException e = refused("x + w*y", "x, y");

        assertThat(e.parameter()).isEqualTo("expression");
        assertThat(e.position()).isEqualTo(4);
        assertThat(e.problem()).isEqualTo("unknown variable w: vars lists x, y, and the constants are pi and e");
    }

    @Test
    void aFormulaWithoutVariablesIsRefused() {
        SyntaxException e = refused("  2 + pi");

        assertThat(e.position()).isEqualTo(2);
        assertThat(e.problem()).startsWith("the formula has no variables");
        assertThat(refused("sin(1)^2").problem()).startsWith("the formula has no variables");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedAtTheFirstParenthesisTooMany() {
        int limit = Formula.MAX_NESTING;
        assertThat(Formula.parse("(".repeat(limit) + "x" + ")".repeat(limit)).value(new double[] {2})).isEqualTo(2);
        assertThat(Formula.parse("sin(".repeat(limit) + "x" + ")".repeat(limit)).dimension()).isEqualTo(1);

        SyntaxException e = refused("(".repeat(limit + 1) + "x" + ")".repeat(limit + 1));
        assertThat(e.position()).isEqualTo(limit);
        assertThat(e.problem()).isEqualTo("parentheses nest deeper than 256 levels");
        assertThat(refused("exp(".repeat(limit + 1) + "x" + ")".repeat(limit + 1)).position()).isEqualTo(4 * limit + 3);
    }

    @Test
    void malformedNumbersAreRefusedWhereTheyGoWrong() {
        assertThat(refused("1.2.3 * x").position()).isEqualTo(3);
        assertThat(refused("1.2.3 * x").problem()).startsWith("a number has at most one decimal point");
        assertThat(refused("x + .").position()).isEqualTo(4);
        assertThat(refused("x + .").problem()).startsWith("expected a digit before or after '.'");
        SyntaxException huge = refused("1e999 * x");
        assertThat(huge.position()).isZero();
        assertThat(huge.problem()).startsWith("the number 1e999 is too large");
    }

    @Test
    void unexpectedCharactersAreNamedWithAHintWhereThereIsOne() {
        assertThat(refused("x # y").position()).isEqualTo(2);
        assertThat(refused("x # y").problem()).startsWith("unexpected character '#'");
        assertThat(refused("x \u2212 y").problem()).isEqualTo("unexpected character '\u2212': write - for minus");
        assertThat(refused("x \u00d7 y").problem()).endsWith("write * to multiply");
        assertThat(refused("x\u00b2").problem()).endsWith("write ^2 for a square");
        assertThat(refused("[x]").problem()).endsWith("group with ( and )");
        assertThat(refused("y = x").problem()).endsWith("not an equation or an assignment");
        assertThat(refused("\u03b8 + 1").problem()).endsWith("names use the letters A-Z and a-z, digits and _");
    }

    @Test
    void malformedVarsAreRefusedOnVars() {
        record Case(String vars, int position, String problem) {
        }
        Case[] cases = {
            new Case("x,,y", 2, "expected a variable name before ','"),
            new Case("x,", 2, "expected a variable name at the end"),
            new Case("1x", 0, "expected a variable name"),
            new Case("x y", 2, "expected ',' after the variable x, not 'y'"),
            new Case("x, y, x", 6, "x is listed twice (first at column 1)"),
            new Case("x, pi", 3, "pi is a constant, not a variable"),
            new Case("E", 0, "E cannot be a variable: it reads as a constant"),
            new Case("x, sin", 3, "sin is a function, not a variable"),
        };
        for (Case c : cases) {
            SyntaxException e = refused("x", c.vars());
            assertThat(e.parameter()).as(c.vars()).isEqualTo("vars");
            assertThat(e.text()).isEqualTo(c.vars());
            assertThat(e.position()).as(c.vars()).isEqualTo(c.position());
            assertThat(e.problem()).as(c.vars()).startsWith(c.problem());
        }
    }

    @Test
    void theFirstProblemIsTheOneReported() {
        // the unknown function comes before the missing parenthesis at the end
        assertThat(refused("foo(x").position()).isZero();
        // vars are read before the expression
        assertThat(refused("2x", "x,,").parameter()).isEqualTo("vars");
    }
}
