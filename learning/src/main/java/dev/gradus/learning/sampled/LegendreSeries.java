package dev.gradus.learning.sampled;

/**
 * Polynomials written as {@code sum_k c_k P_k(t)} over the Legendre polynomials {@code P_0 = 1},
 * {@code P_1 = t}, {@code (k + 1) P_(k+1) = (2k + 1) t P_k - k P_(k-1)}. On {@code [-1, 1]} every
 * {@code |P_k| <= 1} and the {@code P_k} are orthogonal for the uniform measure, so a design matrix
 * of equally spaced samples has nearly orthogonal columns of equal size: the reason the fits use
 * this basis rather than the powers of {@code x}, whose columns for {@code x} up to 10 differ by six
 * orders of magnitude and are nearly parallel.
 *
 * <p>The forward recurrence is stable on {@code [-1, 1]}; beyond it the {@code P_k} grow like the
 * powers of {@code t} and the recurrence follows that dominant growth, so points outside the
 * sample range evaluate just as well. Nothing here allocates.
 */
final class LegendreSeries {

    private LegendreSeries() {
    }

    /**
     * Writes {@code P_0(t), ..., P_(terms-1)(t)} into {@code row[offset .. offset + terms)}.
     *
     * @param row receives the basis values. Modified.
     */
    static void basis(double t, int terms, double[] row, int offset) {
        double previous = 1;
        double current = t;
        row[offset] = previous;
        if (terms > 1) {
            row[offset + 1] = current;
        }
        for (int k = 1; k + 1 < terms; k++) {
            double next = ((2 * k + 1) * t * current - k * previous) / (k + 1);
            row[offset + k + 1] = next;
            previous = current;
            current = next;
        }
    }

    /**
     * {@code sum_k c_k P_k(t)}.
     *
     * @param c the coefficients, lowest degree first. Not modified.
     */
    static double value(double[] c, double t) {
        double previous = 1;
        double current = t;
        double sum = c[0];
        if (c.length > 1) {
            sum += c[1] * t;
        }
        for (int k = 1; k + 1 < c.length; k++) {
            double next = ((2 * k + 1) * t * current - k * previous) / (k + 1);
            sum += c[k + 1] * next;
            previous = current;
            current = next;
        }
        return sum;
    }

    /**
     * {@code d/dt sum_k c_k P_k(t)}, by {@code P'_(k+1) = P'_(k-1) + (2k + 1) P_k} with
     * {@code P'_0 = 0} and {@code P'_1 = 1}.
     *
     * @param c the coefficients, lowest degree first. Not modified.
     */
    static double slope(double[] c, double t) {
        if (c.length < 2) {
            return 0;
        }
        double previous = 1;
        double current = t;
        double previousSlope = 0;
        double currentSlope = 1;
        double sum = c[1];
        for (int k = 1; k + 1 < c.length; k++) {
            double next = ((2 * k + 1) * t * current - k * previous) / (k + 1);
            double nextSlope = previousSlope + (2 * k + 1) * current;
            sum += c[k + 1] * nextSlope;
            previous = current;
            current = next;
            previousSlope = currentSlope;
            currentSlope = nextSlope;
        }
        return sum;
    }
}
