package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.ObjectiveMetadata;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The plain-text formulas of the catalog's functions of any dimension: written with the coordinate
 * names up to three dimensions ({@code x^2 + y^2}), as a sum over {@code x_i} beyond, the way
 * {@link Sphere} and {@link Rosenbrock} write theirs.
 */
final class FormulaText {
    private FormulaText() {
    }

    /**
     * The terms {@code term(name)} joined by {@code " + "} for each coordinate name when
     * {@code n <= 3}; {@code sum_{i=1}^{n} term(x_i)} beyond, the term in brackets when it is itself
     * a sum or difference ({@code sum_{i=1}^{10} [x_i^2 - 10*cos(2*pi*x_i)]}).
     */
    static String sum(int n, UnaryOperator<String> term) {
        if (n > 3) {
            String general = term.apply("x_i");
            return "sum_{i=1}^{" + n + "} " + (hasOuterSum(general) ? "[" + general + "]" : general);
        }
        List<String> names = ObjectiveMetadata.defaultCoordinateNames(n);
        StringBuilder sum = new StringBuilder();
        for (String name : names) {
            sum.append(sum.length() == 0 ? "" : " + ").append(term.apply(name));
        }
        return sum.toString();
    }

    /** Whether {@code term} adds or subtracts outside every parenthesis. */
    private static boolean hasOuterSum(String term) {
        int depth = 0;
        for (int i = 0; i < term.length(); i++) {
            char ch = term.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (depth == 0 && (ch == '+' || ch == '-') && i > 0 && term.charAt(i - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code value} in plain decimal notation with the fewest digits that read back to the same
     * double: {@code 100} rather than {@code 100.0}, {@code 0.00001} rather than {@code 1.0E-5}, since
     * formulas have no exponent notation.
     */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
