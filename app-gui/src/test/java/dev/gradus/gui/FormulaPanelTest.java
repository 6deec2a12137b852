package dev.gradus.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import org.junit.jupiter.api.Test;

/** The formula field checks what is typed through the same formula objective as the command line (built headless, no window). */
class FormulaPanelTest {
    private final GradusApplication app = GradusApplication.start(PluginFolders.NONE);

    @Test
    void aValidFormulaShowsItsVariablesValueAndGradientAtTheStart() {
        FormulaPanel panel = new FormulaPanel(app.checkGradient());

        panel.enter("x^2/20 + y^2", "");

        // the suggested start of a formula is (1, 1) when the gradient there is finite and not zero:
        // f = 1/20 + 1 = 1.05, gradient (2x/20, 2y) = (0.1, 2)
        assertThat(panel.isValidFormula()).isTrue();
        assertThat(panel.markedRange()).isEmpty();
        assertThat(panel.reportText()).contains("variables: x, y  (2 coordinates)").contains("f = 1.05").contains("df/dx = 0.1")
                .contains("df/dy = 2").contains("autodiff");
    }

    @Test
    void theVariablesFieldOrdersTheCoordinates() {
        FormulaPanel panel = new FormulaPanel(app.checkGradient());

        panel.enter("a*b^2", "b,a");

        assertThat(panel.reportText()).contains("variables: b, a");
    }

    @Test
    void aMistakeIsMarkedWhereItIsWithACaretUnderIt() {
        FormulaPanel panel = new FormulaPanel(app.checkGradient());

        panel.enter("x^2 + * y", "");

        assertThat(panel.isValidFormula()).isFalse();
        assertThat(panel.markedRange()).containsExactly(6, 7);
        assertThat(panel.reportText()).contains("(column 7)").contains("  x^2 + * y" + System.lineSeparator() + "        ^");
    }

    @Test
    void anUnknownFunctionIsNamedWithTheKnownOnes() {
        FormulaPanel panel = new FormulaPanel(app.checkGradient());

        panel.enter("sine(x)", "");

        assertThat(panel.isValidFormula()).isFalse();
        assertThat(panel.reportText()).contains("sine").contains("did you mean sin?").contains("sigmoid");
        assertThat(panel.markedRange()).containsExactly(0, 1);
    }

    @Test
    void aMistakeInTheVariablesIsMarkedThere() {
        FormulaPanel panel = new FormulaPanel(app.checkGradient());

        panel.enter("x + y", "x");

        assertThat(panel.isValidFormula()).isFalse();
        assertThat(panel.reportText()).contains("y");
        assertThat(panel.markedRange()).containsExactly(4, 5);
    }
}
