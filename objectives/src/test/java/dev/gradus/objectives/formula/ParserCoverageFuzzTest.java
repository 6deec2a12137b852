package dev.gradus.objectives.formula;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gradus.api.error.SyntaxException;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of the formula parser with Jazzer. Whatever the text and the variable
 * list, {@link Formula#parse} either gives a formula that evaluates, or throws its documented
 * {@link SyntaxException} naming the field and a position inside that field's text; never another
 * exception, a hang or a stack overflow.
 *
 * <p>{@code ./mvnw verify} runs this in Jazzer's regression mode: once per input kept under
 * {@code src/test/resources/dev/gradus/objectives/formula/ParserCoverageFuzzTestInputs/}. To fuzz:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl objectives -am test -Dtest=ParserCoverageFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * which mutates inputs for {@code maxDuration}, guided by the branches they reach; a failing input
 * is written beside the kept ones, so it becomes a regression test.
 */
class ParserCoverageFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parsesOrFailsWithAPositionInsideTheText(FuzzedDataProvider data) {
        boolean withVars = data.consumeBoolean();
        String vars = withVars ? data.consumeString(40) : "";
        String expression = data.consumeRemainingAsString();
        Formula formula;
        try {
            formula = Formula.parse(expression, vars);
        } catch (SyntaxException e) {
            String text = switch (e.parameter()) {
                case "expression" -> expression;
                case "vars" -> vars;
                default -> throw new AssertionError("a syntax error names parameter '" + e.parameter() + "'", e);
            };
            if (!e.text().equals(text)) {
                throw new AssertionError("the error quotes '" + e.text() + "', not the text given '" + text + "'", e);
            }
            if (e.position() < 0 || e.position() > text.length()) {
                throw new AssertionError("position " + e.position() + " outside a text of " + text.length() + " characters", e);
            }
            if (e.problem() == null || e.problem().isBlank()) {
                throw new AssertionError("a syntax error without a problem", e);
            }
            return;
        }
        double[] x = new double[formula.dimension()];
        Arrays.fill(x, 0.5);
        double value = formula.value(x);
        double[] g = new double[x.length];
        double again = formula.valueAndGradient(x, g);
        if (Double.doubleToLongBits(value) != Double.doubleToLongBits(again)) {
            throw new AssertionError("value " + value + " but valueAndGradient " + again + " for '" + expression + "'");
        }
    }
}
