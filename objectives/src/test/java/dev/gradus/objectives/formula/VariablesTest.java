package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which variables a formula has and in which order they become coordinates. */
class VariablesTest {

    @Test
    void variablesTakeTheirNaturalOrderWithoutAList() {
        assertThat(Formula.parse("z + y*x").variables()).containsExactly("x", "y", "z");
        assertThat(Formula.parse("x10 + x2 + x1").variables()).containsExactly("x1", "x2", "x10");
        assertThat(Formula.parse("b - a").variables()).containsExactly("a", "b");
        assertThat(Formula.parse("theta_2 + theta_10 + alpha").variables()).containsExactly("alpha", "theta_2", "theta_10");
    }

    @Test
    void aVariableUsedTwiceIsOneCoordinate() {
        Formula formula = Formula.parse("x*y + x");
        assertThat(formula.variables()).containsExactly("x", "y");
        // (y + 1, x) at (2, 3)
        Check.valueAndGradient(formula, new double[] {2, 3}, 8, 4, 2);
    }

    @Test
    void naturalOrderComparesDigitRunsAsNumbersAndTheRestCharacterByCharacter() {
        List<String> expected = List.of("X", "a", "a2", "a10", "b", "x", "x1", "x1y", "x2", "x02b", "x9", "x10", "x10a", "x99999999999999999999", "y", "z");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(1));

        shuffled.sort(NaturalOrder.INSTANCE);

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void naturalOrderIsTotalOnNamesEqualAsNumbers() {
        assertThat(NaturalOrder.INSTANCE.compare("x01", "x1")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("x1", "x01")).isPositive();
        assertThat(NaturalOrder.INSTANCE.compare("x1", "x1")).isZero();
    }

    @Test
    void varsFixesTheOrderOfTheCoordinates() {
        Formula formula = Formula.parse("x*y^2", "y, x");
        assertThat(formula.variables()).containsExactly("y", "x");
        // at (y, x) = (3, 2): 2 * 9 = 18; (d/dy, d/dx) = (2xy, y^2) = (12, 9)
        Check.valueAndGradient(formula, new double[] {3, 2}, 18, 12, 9);
    }

    @Test
    void varsMayListVariablesTheFormulaDoesNotUseAndTheirPartialIsZero() {
        Formula formula = Formula.parse("y^2", "x,y,z");
        assertThat(formula.dimension()).isEqualTo(3);
        Check.valueAndGradient(formula, new double[] {5, 3, 7}, 9, 0, 6, 0);
    }

    @Test
    void blankVarsMeansNaturalOrderAndBlanksAroundNamesAreIgnored() {
        assertThat(Formula.parse("y + x", "   ").variables()).containsExactly("x", "y");
        assertThat(Formula.parse("y + x", "  y ,x  ").variables()).containsExactly("y", "x");
    }

    @Test
    void aVariableThatFoldsAwayIsStillACoordinate() {
        // x^0 is 1 whatever x is: x stays a coordinate, with partial 0
        Formula formula = Formula.parse("x^0 + y");
        assertThat(formula.variables()).containsExactly("x", "y");
        Check.valueAndGradient(formula, new double[] {4, 2}, 3, 0, 1);
    }

    @Test
    void aFormulaThatIsOneVariableIsItsValueWithAUnitGradient() {
        Formula formula = Formula.parse("y", "x, y");
        assertThat(formula.tape().length()).isZero();
        Check.valueAndGradient(formula, new double[] {1, 2}, 2, 0, 1);
    }

    @Test
    void namesThatDifferOnlyInCaseAreDifferentVariables() {
        assertThat(Formula.parse("x + X").variables()).containsExactly("X", "x");
    }
}
