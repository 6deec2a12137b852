package dev.gradus.gui.lab;

import java.util.Arrays;

/**
 * Thins long series for drawing, so a million-step run draws as fast as a short one: a series of
 * more points than asked for keeps, per bucket of consecutive points, its lowest and highest value
 * (so spikes and the envelope survive) and always its first and last point.
 */
final class Decimation {
    private Decimation() {
    }

    /** The thinned series. */
    record Series(long[] steps, double[] values, int count) {
    }

    /**
     * Keeps at most about {@code 2 * buckets + 2} of the first {@code count} points.
     */
    static Series minMax(long[] steps, double[] values, int count, int buckets) {
        if (count <= 2 * buckets + 2) {
            return new Series(steps, values, count);
        }
        long[] s = new long[2 * buckets + 2];
        double[] v = new double[2 * buckets + 2];
        int n = 0;
        s[n] = steps[0];
        v[n++] = values[0];
        double width = (count - 2) / (double) buckets;
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) (b * width);
            int to = Math.min(count - 1, 1 + (int) ((b + 1) * width));
            int lo = -1;
            int hi = -1;
            for (int i = from; i < to; i++) {
                if (Double.isNaN(values[i])) {
                    continue;
                }
                if (lo < 0 || values[i] < values[lo]) {
                    lo = i;
                }
                if (hi < 0 || values[i] > values[hi]) {
                    hi = i;
                }
            }
            if (lo < 0) {
                continue;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            s[n] = steps[first];
            v[n++] = values[first];
            if (second != first) {
                s[n] = steps[second];
                v[n++] = values[second];
            }
        }
        s[n] = steps[count - 1];
        v[n++] = values[count - 1];
        return new Series(Arrays.copyOf(s, n), Arrays.copyOf(v, n), n);
    }

    /**
     * The rows to draw of a path up to {@code last} (inclusive): every one when there are at most
     * {@code max}, else evenly spaced ones, always with the first and {@code last}.
     */
    static int[] pathRows(int last, int max) {
        int count = last + 1;
        if (count <= max) {
            int[] all = new int[count];
            for (int i = 0; i < count; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] rows = new int[max];
        for (int i = 0; i < max - 1; i++) {
            rows[i] = (int) ((long) i * last / (max - 1));
        }
        rows[max - 1] = last;
        return rows;
    }
}
