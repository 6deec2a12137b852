package dev.gradus.learning.sampled;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * An independent least-squares fit for checking {@link LegendreFit}: the normal equations
 * {@code A^T A c = A^T y} of the plain monomial (Vandermonde) basis in {@code x} itself, formed
 * exactly in {@link BigDecimal} from the doubles and solved by Gaussian elimination at 100 digits.
 * Squaring the condition number of a degree-6 Vandermonde matrix on {@code [-10, 10]} costs some
 * 20 digits, which 100 digits absorb: no basis change, no EJML, no rounding worth the name.
 */
final class ExactMonomialFit {
    private static final MathContext DIGITS = new MathContext(100);

    private final BigDecimal[] c;

    private ExactMonomialFit(BigDecimal[] c) {
        this.c = c;
    }

    /** The fit of degree {@code degree} to {@code (x[indices[i]], y[indices[i]])}, {@code i < count}. */
    static ExactMonomialFit of(double[] x, double[] y, int[] indices, int count, int degree) {
        int n = degree + 1;
        BigDecimal[][] normal = new BigDecimal[n][n + 1];
        for (BigDecimal[] row : normal) {
            Arrays.fill(row, BigDecimal.ZERO);
        }
        for (int r = 0; r < count; r++) {
            BigDecimal xi = new BigDecimal(x[indices[r]]);
            BigDecimal yi = new BigDecimal(y[indices[r]]);
            BigDecimal[] powers = new BigDecimal[2 * n - 1];
            powers[0] = BigDecimal.ONE;
            for (int k = 1; k < powers.length; k++) {
                powers[k] = powers[k - 1].multiply(xi);
            }
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    normal[j][k] = normal[j][k].add(powers[j + k]);
                }
                normal[j][n] = normal[j][n].add(powers[j].multiply(yi));
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (normal[r][col].abs().compareTo(normal[pivot][col].abs()) > 0) {
                    pivot = r;
                }
            }
            BigDecimal[] swap = normal[col];
            normal[col] = normal[pivot];
            normal[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                BigDecimal factor = normal[r][col].divide(normal[col][col], DIGITS);
                for (int k = col; k <= n; k++) {
                    normal[r][k] = normal[r][k].subtract(factor.multiply(normal[col][k], DIGITS), DIGITS);
                }
            }
        }
        BigDecimal[] c = new BigDecimal[n];
        for (int r = n - 1; r >= 0; r--) {
            BigDecimal sum = normal[r][n];
            for (int k = r + 1; k < n; k++) {
                sum = sum.subtract(normal[r][k].multiply(c[k], DIGITS), DIGITS);
            }
            c[r] = sum.divide(normal[r][r], DIGITS);
        }
        return new ExactMonomialFit(c);
    }

    /** {@code sum_k c_k w^k}, rounded once to a double. */
    double value(double w) {
        BigDecimal x = new BigDecimal(w);
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            sum = sum.multiply(x, DIGITS).add(c[k], DIGITS);
        }
        return sum.doubleValue();
    }

    /** {@code sum_k k c_k w^(k-1)}, rounded once to a double. */
    double derivative(double w) {
        BigDecimal x = new BigDecimal(w);
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = c.length - 1; k >= 1; k--) {
            sum = sum.multiply(x, DIGITS).add(c[k].multiply(BigDecimal.valueOf(k)), DIGITS);
        }
        return sum.doubleValue();
    }
}
