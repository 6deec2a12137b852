package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gradus.api.error.SyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of random formulas at random points: the gradient by automatic differentiation
 * agrees with a high-order finite difference wherever the formula is smooth and finite there,
 * and {@code value} agrees with {@code valueAndGradient} bit for bit everywhere. Seeds are fixed:
 * a failure names the formula and point and replays exactly.
 */
class GradientPropertyTest {
    private static final int FORMULAS = 600;
    private static final int POINTS = 4;
    private static final List<List<String>> VARIABLE_SETS = List.of(List.of("x"), List.of("x", "y"), List.of("x", "y", "z"), List.of("a", "b2", "b10", "c"));

    @Test
    void automaticDifferentiationAgreesWithFiniteDifferencesWhereTheFormulaIsSmooth() {
        Random random = new Random(20_260_601);
        int formulasChecked = 0;
        int partialsChecked = 0;
        int partialsSeen = 0;
        for (int k = 0; k < FORMULAS; k++) {
            List<String> variables = VARIABLE_SETS.get(random.nextInt(VARIABLE_SETS.size()));
            String text = new RandomFormulas(random, variables).next(1 + random.nextInt(4));
            Formula formula = parseOrNull(text);
            if (formula == null) {
                continue;
            }
            boolean checkedThisFormula = false;
            for (int p = 0; p < POINTS; p++) {
                double[] x = randomPoint(random, formula.dimension());
                partialsSeen += formula.dimension();
                int checked = checkAt(formula, x);
                partialsChecked += checked;
                checkedThisFormula |= checked > 0;
            }
            formulasChecked += checkedThisFormula ? 1 : 0;
        }
        // the property must not hold by skipping: most formulas and partials are smooth and finite at most points
        assertThat(formulasChecked).as("formulas with a checked partial").isGreaterThan(FORMULAS * 2 / 3);
        assertThat(partialsChecked).as("partials checked of %d", partialsSeen).isGreaterThan(partialsSeen / 2);
    }

    @Test
    void valueAgreesWithValueAndGradientBitForBitEverywhere() {
        Random random = new Random(99);
        for (int k = 0; k < FORMULAS; k++) {
            String text = new RandomFormulas(random, List.of("x", "y")).next(1 + random.nextInt(4));
            Formula formula = parseOrNull(text);
            if (formula == null) {
                continue;
            }
            double[] g = new double[formula.dimension()];
            for (int p = 0; p < POINTS; p++) {
                double[] x = randomPoint(random, formula.dimension());
                assertThat(Double.doubleToLongBits(formula.value(x))).as("%s at %s", text, Arrays.toString(x))
                        .isEqualTo(Double.doubleToLongBits(formula.valueAndGradient(x, g)));
            }
        }
    }

    /** The generator makes only formulas the grammar allows; one with no variable left ({@code sin(2)}) is the only refusal. */
    private static Formula parseOrNull(String text) {
        try {
            return Formula.parse(text);
        } catch (SyntaxException e) {
            assertThat(e.problem()).as("%s is refused only for lacking variables", text).startsWith("the formula has no variables");
            return null;
        }
    }

    private static double[] randomPoint(Random random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 + 4 * random.nextDouble();
        }
        return x;
    }

    /**
     * Checks every partial at {@code x} that the finite difference can measure: the value, the
     * gradient and every stencil value are finite, and the estimates from steps {@code h} and
     * {@code h/2} agree (so no kink, pole or domain edge lies within the stencil).
     *
     * @return how many partials were checked
     */
    private static int checkAt(Formula formula, double[] x) {
        double[] g = new double[x.length];
        double f = formula.valueAndGradient(x, g);
        if (!Double.isFinite(f) || Arrays.stream(g).anyMatch(v -> !Double.isFinite(v))) {
            return 0;
        }
        int checked = 0;
        for (int i = 0; i < x.length; i++) {
            double h = 1e-3 * Math.max(1, Math.abs(x[i]));
            Stencil coarse = Stencil.at(formula, x, i, h);
            Stencil fine = Stencil.at(formula, x, i, h / 2);
            if (coarse == null || fine == null) {
                continue;
            }
            // rounding in a difference quotient is about eps |f| / h: allow well above it
            double noise = 1e-10 * Math.max(coarse.largest, fine.largest) / h;
            double scale = Math.max(1, Math.abs(fine.slope));
            if (Math.abs(coarse.slope - fine.slope) > 1e-5 * scale + noise) {
                continue;
            }
            // one Richardson step: the five-point rule errs by O(h^4), so (16 D(h/2) - D(h)) / 15 errs by O(h^6)
            double estimate = (16 * fine.slope - coarse.slope) / 15;
            if (Math.abs(g[i] - estimate) > 1e-6 * scale + noise) {
                fail("d/d%s of %s at %s: autodiff %s, finite differences %s (steps %s and %s gave %s and %s)", formula.variables().get(i),
                        formula.expression(), Arrays.toString(x), g[i], estimate, h, h / 2, coarse.slope, fine.slope);
            }
            checked++;
        }
        return checked;
    }

    /** The five-point central difference along coordinate {@code i}, and the largest |f| it used. */
    private record Stencil(double slope, double largest) {
        static Stencil at(Formula formula, double[] x, int i, double h) {
            double[] p = x.clone();
            double[] offsets = {-2, -1, 1, 2};
            double[] f = new double[4];
            double largest = 0;
            for (int j = 0; j < 4; j++) {
                p[i] = x[i] + offsets[j] * h;
                f[j] = formula.value(p);
                if (!Double.isFinite(f[j])) {
                    return null;
                }
                largest = Math.max(largest, Math.abs(f[j]));
            }
            return new Stencil((f[0] - 8 * f[1] + 8 * f[2] - f[3]) / (12 * h), largest);
        }
    }
}
