package dev.gradus.learning.sampled;

import org.ejml.UtilEjml;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.qr.QRColPivDecompositionHouseholderColumn_DDRM;
import org.ejml.dense.row.linsol.qr.LinearSolverQrpHouseCol_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Least-squares fits of a polynomial of one degree to samples {@code (x_i, y_i)}, in the Legendre
 * basis of {@code t = x / halfWidth} ({@link LegendreSeries}): the coefficients {@code c} minimize
 * {@code sum_i (sum_k c_k P_k(x_i / halfWidth) - y_i)^2}.
 *
 * <p>Solver: EJML's Householder QR with column pivoting ({@code LinearSolverQrpHouseCol_DDRM}, what
 * {@code LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false)} builds), which never forms the
 * normal equations, so the error follows the condition number of the design matrix and not its
 * square, and which finds the rank of a batch. A pivot column whose remaining entries are all
 * at most {@code m * eps * sqrt(m)} (m rows; the entries are at most 1, so a column's norm is at
 * most {@code sqrt(m)}: numpy's {@code lstsq} cut-off {@code max(m, n) * eps} relative to it)
 * counts as dependent. When the samples have fewer distinct {@code x} than the degree plus one, the rank is
 * that number and the solver returns the minimum-norm least-squares solution: the polynomial with
 * the smallest {@code sum_k c_k^2} among those through the mean {@code y} of each distinct
 * {@code x}. It is finite, and exact where it can be.
 *
 * <p>Not thread-safe. The design matrix, right-hand side and solution are kept and reshaped, which
 * allocates only when the number of samples grows beyond every earlier one; EJML's decomposition
 * keeps its own work arrays under the same rule (its column-major copy of the design matrix, the
 * Householder vectors, the pivots and {@code R}), and so does the second small QR solver of the
 * minimum-norm step of a rank-deficient fit. Once they have grown to the largest batch a fit
 * allocates nothing at all, whatever its size and rank (SampledPolynomialTest measures it).
 */
final class LegendreFit {
    private final int terms;
    private final double halfWidth;
    private final QRColPivDecompositionHouseholderColumn_DDRM decomposition = new QRColPivDecompositionHouseholderColumn_DDRM();
    private final LinearSolverDense<DMatrixRMaj> solver = new LinearSolverQrpHouseCol_DDRM(decomposition, true);
    private final DMatrixRMaj design = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj targets = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj solution;

    /**
     * @param degree    the degree of the fitted polynomial, at least 0
     * @param halfWidth the {@code h} of {@code t = x / h}: half the width of the symmetric sample range
     */
    LegendreFit(int degree, double halfWidth) {
        if (degree < 0 || !(halfWidth > 0)) {
            throw new IllegalArgumentException("need degree >= 0 and halfWidth > 0, got " + degree + " and " + halfWidth);
        }
        this.terms = degree + 1;
        this.halfWidth = halfWidth;
        this.solution = new DMatrixRMaj(terms, 1);
        if (solver.modifiesA() || solver.modifiesB()) {
            throw new IllegalStateException("EJML's pivoted QR solver was expected to leave its inputs alone");
        }
    }

    /** The number of coefficients, the degree plus one. */
    int terms() {
        return terms;
    }

    /**
     * Fits the samples {@code (x[indices[i]], y[indices[i]])} for {@code i < count}.
     *
     * @param x            sample abscissae. Not modified.
     * @param y            sample values. Not modified.
     * @param indices      which samples, possibly repeated, each a valid index of {@code x} and {@code y}. Not modified.
     * @param count        how many of {@code indices} to use, at least 1
     * @param coefficients receives the {@link #terms()} Legendre coefficients. Modified.
     * @return the numerical rank of the fit, {@link #terms()} unless fewer distinct {@code x} were given
     */
    int fit(double[] x, double[] y, int[] indices, int count, double[] coefficients) {
        design.reshape(count, terms, false);
        targets.reshape(count, 1, false);
        double[] a = design.data;
        double[] b = targets.data;
        for (int row = 0; row < count; row++) {
            int i = indices[row];
            LegendreSeries.basis(x[i] / halfWidth, terms, a, row * terms);
            b[row] = y[i];
        }
        decomposition.setSingularThreshold(count * UtilEjml.EPS * Math.sqrt(count));
        if (!solver.setA(design)) {
            throw new IllegalStateException("EJML could not decompose the design matrix of " + count + " samples");
        }
        solver.solve(targets, solution);
        System.arraycopy(solution.data, 0, coefficients, 0, terms);
        return decomposition.getRank();
    }
}
