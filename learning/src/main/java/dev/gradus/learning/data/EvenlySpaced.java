package dev.gradus.learning.data;

/** numpy's {@code linspace}, one element at a time, computed as numpy does: {@code i * step + start}. */
final class EvenlySpaced {

    private EvenlySpaced() {
    }

    /**
     * Element {@code i} of {@code linspace(start, stop, n)}: both ends included, exactly {@code stop}
     * last, and {@code start} alone when {@code n = 1}.
     */
    static double closed(double start, double stop, int i, int n) {
        if (n == 1) {
            return start;
        }
        if (i == n - 1) {
            return stop;
        }
        return i * ((stop - start) / (n - 1)) + start;
    }

    /** Element {@code i} of {@code linspace(start, stop, n, endpoint=False)}: {@code n} points, {@code stop} left out. */
    static double halfOpen(double start, double stop, int i, int n) {
        return i * ((stop - start) / n) + start;
    }
}
