package dev.gradus.gui.lab;

import dev.gradus.api.objective.Box;
import dev.gradus.app.port.out.StepView;
import java.util.Arrays;

/**
 * The mini-batch objective's own curve at every row of a 1-D stochastic run, sampled over the plot
 * window when the row happens (seed 000's fitted polynomial of each step), with the batch loss at
 * the row's point. Kept for the first {@value #MAX_ROWS} rows, {@value #SAMPLES} values each as
 * {@code float}s (about 6 MB at most per run). Filled on the run's thread, read on the UI thread
 * after the run is reported finished.
 */
public final class BatchCurves {
    /** Points at which each row's batch curve is sampled. */
    public static final int SAMPLES = 161;
    /** The most rows whose batch curve is kept. */
    public static final int MAX_ROWS = 10_000;

    private final double[] xs = new double[SAMPLES];
    private final double[] probe = new double[1];
    private float[] values = new float[64 * SAMPLES];
    private double[] batchLosses = new double[64];
    private int rows;

    /** Samples over the 1-D {@code window}. */
    BatchCurves(Box window) {
        if (window.dimension() != 1) {
            throw new IllegalArgumentException("batch curves need a 1-D window, was " + window);
        }
        double lo = window.lower(0);
        double step = (window.upper(0) - lo) / (SAMPLES - 1);
        for (int k = 0; k < SAMPLES; k++) {
            xs[k] = lo + k * step;
        }
    }

    /** Samples the batch objective of the row {@code step} shows; ignored past {@link #MAX_ROWS}. */
    void add(StepView step) {
        if (rows == MAX_ROWS) {
            return;
        }
        if (rows == batchLosses.length) {
            int grown = Math.min(MAX_ROWS, 2 * rows);
            values = Arrays.copyOf(values, grown * SAMPLES);
            batchLosses = Arrays.copyOf(batchLosses, grown);
        }
        int base = rows * SAMPLES;
        for (int k = 0; k < SAMPLES; k++) {
            probe[0] = xs[k];
            double v = step.batchValueAt(probe);
            values[base + k] = Double.isFinite(v) ? (float) v : Float.NaN;
        }
        batchLosses[rows] = step.batchLoss();
        rows++;
    }

    /** The rows whose batch curve is kept: the first ones of the run. */
    public int rows() {
        return rows;
    }

    /** The sample positions, a copy. */
    public double[] xs() {
        return xs.clone();
    }

    /** Writes row {@code row}'s batch curve into {@code into} ({@value #SAMPLES} values; NaN where the batch objective failed). */
    public void curve(int row, double[] into) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("no batch curve for row " + row + "; there are " + rows);
        }
        int base = row * SAMPLES;
        for (int k = 0; k < SAMPLES; k++) {
            into[k] = values[base + k];
        }
    }

    /** The batch loss at row {@code row}'s point: the value the row's gradient is the slope of. */
    public double batchLoss(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("no batch curve for row " + row + "; there are " + rows);
        }
        return batchLosses[row];
    }
}
