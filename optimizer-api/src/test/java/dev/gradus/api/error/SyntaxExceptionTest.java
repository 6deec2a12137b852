package dev.gradus.api.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SyntaxExceptionTest {

    @Test
    void putsTheCaretUnderTheCharacterAtFault() {
        SyntaxException e = new SyntaxException("expression", "x^2 + * y", 6, "expected a number, a variable, a function or '('");

        assertThat(e.position()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.problem()).isEqualTo("expected a number, a variable, a function or '('");
        assertThat(e.parameter()).isEqualTo("expression");
        assertThat(e.getMessage()).isEqualTo("expression: expected a number, a variable, a function or '(' (column 7)");
        assertThat(e.caret("  ")).isEqualTo("  x^2 + * y" + System.lineSeparator() + "        ^");
    }

    @Test
    void theEndOfTheTextIsAPosition() {
        SyntaxException e = new SyntaxException("expression", "sin(x", 5, "expected ')'");

        assertThat(e.caret("")).endsWith(System.lineSeparator() + "     ^");
        assertThatThrownBy(() -> new SyntaxException("vars", "x", 2, "?")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntaxException("vars", "x", -1, "?")).isInstanceOf(IllegalArgumentException.class);
    }
}
