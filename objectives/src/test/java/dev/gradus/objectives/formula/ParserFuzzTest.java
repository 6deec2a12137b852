package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gradus.api.error.SyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, parsing terminates quickly, never overflows the stack, and either gives a
 * formula that evaluates without throwing or throws a {@link SyntaxException} with a position
 * inside the text. Random texts, mutations of valid formulas and pathological shapes; fixed seeds.
 */
class ParserFuzzTest {
    /** Characters the grammar uses, blanks, near misses and a few it never allows. */
    private static final String ALPHABET = "xyz019.eE+-*/^(),  sincoatqrlgmpbhIP_#=[]\u2212\u00b2\u03c0\t\u00a0";
    private static final List<String> VALID = List.of("x^2/20 + y^2", "100*(y - x^2)^2 + (1 - x)^2", "sin(x)*cos(y) + atan2(y, x)",
            "-x^2 + 2^-y^3^2", "min(x, y, 1e-3) - max(abs(x), hypot(x, y))", "sigmoid(x1) + softplus(x10) / log10(x2)", "pow(x, .5) + cbrt(-y)",
            "exp(-(x - 1)^2) * tanh(y) - pi*e", "((x))*(((y)))");

    @Test
    void randomTextsParseOrFailWithAPositionInsideTheText() {
        Random random = new Random(1);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int k = 0; k < 20_000; k++) {
                int length = random.nextInt(40);
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    text.append(random.nextInt(50) == 0 ? (char) random.nextInt(0x10000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                assertParsesOrFailsWell(text.toString(), "");
            }
        });
    }

    @Test
    void mutatedValidFormulasParseOrFailWithAPositionInsideTheText() {
        Random random = new Random(2);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int k = 0; k < 20_000; k++) {
                StringBuilder text = new StringBuilder(VALID.get(random.nextInt(VALID.size())));
                int mutations = 1 + random.nextInt(4);
                for (int m = 0; m < mutations; m++) {
                    mutate(text, random);
                }
                assertParsesOrFailsWell(text.toString(), "");
            }
        });
    }

    @Test
    void randomVariableListsAreReadOrRefusedOnVars() {
        Random random = new Random(3);
        String alphabet = "xyzab01_, ,pieEsin#";
        for (int k = 0; k < 10_000; k++) {
            StringBuilder vars = new StringBuilder();
            int length = random.nextInt(15);
            for (int i = 0; i < length; i++) {
                vars.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertParsesOrFailsWell("x + y", vars.toString());
        }
    }

    @Test
    void pathologicalShapesFinishQuicklyWithoutOverflowingTheStack() {
        int n = 100_000;
        List<String> shapes = List.of("(".repeat(n), ")".repeat(n), "(".repeat(n) + "x" + ")".repeat(n), "sin(".repeat(n) + "x", "-".repeat(n) + "x",
                "x" + "^x".repeat(n), "x" + "^-x".repeat(n), "x+".repeat(n) + "x", "x*".repeat(n), "1".repeat(n) + "x", "x".repeat(n), ",".repeat(n),
                "min(x" + ",x".repeat(n) + ")", ".".repeat(n), "1e" + "9".repeat(n) + "*x", "0." + "0".repeat(n) + "1*x", " ".repeat(n) + "x",
                "((x)+".repeat(n / 10) + "x");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String shape : shapes) {
                assertParsesOrFailsWell(shape, "");
            }
        });
    }

    @Test
    void aSumOfTenThousandTermsCompilesAndEvaluates() {
        StringBuilder text = new StringBuilder("x1");
        for (int i = 2; i <= 10_000; i++) {
            text.append(" + ").append(i % 7).append("*x").append(i % 100 + 1);
        }
        Formula formula = Formula.parse(text.toString());
        double[] x = new double[100];
        Arrays.fill(x, 1);
        double[] g = new double[100];

        // every term is (i mod 7) * x_(i mod 100 + 1); at x = 1 the value is 1 + sum of (i mod 7) for i = 2..10000
        double expected = 1;
        for (int i = 2; i <= 10_000; i++) {
            expected += i % 7;
        }
        assertThat(formula.valueAndGradient(x, g)).isEqualTo(expected);
        assertThat(formula.dimension()).isEqualTo(100);
    }

    private static void mutate(StringBuilder text, Random random) {
        int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        switch (random.nextInt(5)) {
            case 0 -> text.insert(at, c);
            case 1 -> {
                if (at < text.length()) {
                    text.deleteCharAt(at);
                }
            }
            case 2 -> {
                if (at < text.length()) {
                    text.setCharAt(at, c);
                }
            }
            case 3 -> {
                int end = Math.min(text.length(), at + random.nextInt(6));
                text.insert(at, text.substring(at, end));
            }
            default -> text.insert(at, "(".repeat(random.nextInt(300)));
        }
    }

    /** Parses and, when that succeeds, evaluates; anything but a well-formed SyntaxException fails, naming the text. */
    private static void assertParsesOrFailsWell(String expression, String vars) {
        String shown = expression.length() > 80 ? expression.substring(0, 80) + "... (" + expression.length() + " chars)" : expression;
        assertThatCode(() -> {
            try {
                Formula formula = Formula.parse(expression, vars);
                double[] x = new double[formula.dimension()];
                Arrays.fill(x, 0.5);
                formula.value(x);
                formula.valueAndGradient(x, new double[x.length]);
            } catch (SyntaxException e) {
                String text = e.parameter().equals("vars") ? vars : expression;
                assertThat(e.parameter()).isIn("expression", "vars");
                assertThat(e.text()).isEqualTo(text);
                assertThat(e.position()).isBetween(0, text.length());
                assertThat(e.problem()).isNotBlank();
            }
        }).as("'%s' with vars '%s'", shown, vars).doesNotThrowAnyException();
    }
}
