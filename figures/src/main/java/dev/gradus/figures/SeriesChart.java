package dev.gradus.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * One quantity (loss, gradient norm, accuracy) against step for several named series, one per
 * run, as a {@link JFreeChart} line chart.
 *
 * <p>Series grow point by point ({@link #append}) or are set whole ({@link #setSeries}). Values that
 * are NaN or infinite (a diverged run, an undefined accuracy) are skipped rather than stored, so
 * they neither break the line nor wreck the axis range. Series take the
 * {@linkplain Palette#run(int) run colours} in the order added, the same as the paths of a
 * {@link LandscapeFigure}, so a run has one colour in every view.
 *
 * <p>The value axis is {@linkplain YScale#AUTOMATIC automatically} logarithmic when every stored
 * value is positive and they span more than two decades (largest over smallest above 100), and
 * linear otherwise; {@link #setYScale} overrides that. A vertical cursor ({@link #setCursor}) marks
 * the step an animation or a replay is at.
 *
 * <p>Builds charts and images only, never a window; confine a chart to one thread.
 */
public final class SeriesChart {

    /** How the value axis is scaled. */
    public enum YScale {
        /** Logarithmic when all values are positive and span more than two decades, else linear. */
        AUTOMATIC,
        /** Always linear. */
        LINEAR,
        /** Always logarithmic; non-positive values are then left off the axis. */
        LOGARITHMIC
    }

    /** Largest over smallest value beyond which the automatic scale turns logarithmic: two decades. */
    static final double LOG_SPAN = 100;

    private final Tracks tracks = new Tracks();
    private final List<Color> colours = new ArrayList<>();
    private final XYLineAndShapeRenderer renderer;
    private final NumberAxis linearAxis;
    private final LogAxis logAxis;
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ValueMarker cursor = new ValueMarker(0, Color.GRAY, new BasicStroke(1.0f));
    private boolean cursorShown;
    private YScale yScale = YScale.AUTOMATIC;
    private double smallest = Double.POSITIVE_INFINITY;
    private double largest = Double.NEGATIVE_INFINITY;
    private boolean anyNonPositive;

    /**
     * An empty chart.
     *
     * @param title     the chart title, or null for none
     * @param valueName the value axis label, say {@code "loss"}
     */
    public SeriesChart(String title, String valueName) {
        NumberAxis stepAxis = new NumberAxis("step");
        stepAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        stepAxis.setAutoRangeIncludesZero(false);
        linearAxis = new NumberAxis(Objects.requireNonNull(valueName, "valueName"));
        linearAxis.setAutoRangeIncludesZero(false);
        logAxis = new LogAxis(valueName);
        logAxis.setSmallestValue(Double.MIN_NORMAL);

        renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultCreateEntities(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultStroke(new BasicStroke(1.5f));

        plot = new XYPlot(tracks, stepAxis, linearAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    }

    /** Adds an empty series in the next run colour and returns its index, counting from 0. */
    public int addSeries(String name) {
        return addSeries(name, Palette.run(colours.size()));
    }

    /** Adds an empty series in {@code colour} and returns its index, counting from 0. */
    public int addSeries(String name, Color colour) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        int index = colours.size();
        colours.add(colour);
        renderer.setSeriesPaint(index, colour, false);
        return tracks.add(name);
    }

    /** How many series have been added. */
    public int seriesCount() {
        return colours.size();
    }

    /** The name of series {@code index}. */
    public String seriesName(int index) {
        return String.valueOf(tracks.getSeriesKey(index));
    }

    /** The colour of series {@code index}. */
    public Color seriesColour(int index) {
        return colours.get(index);
    }

    /** How many points series {@code index} holds: the finite values given to it. */
    public int pointCount(int index) {
        return tracks.getItemCount(index);
    }

    /** Adds {@code value} at {@code step} to a series; a NaN or infinite value is skipped. */
    public void append(int series, long step, double value) {
        if (!Double.isFinite(value)) {
            tracks.requireSeries(series);
            return;
        }
        tracks.append(series, step, value);
        note(value);
    }

    /**
     * Replaces a series by the finite values among the first {@code count} pairs.
     *
     * @param steps  the steps. Not modified.
     * @param values the values. Not modified.
     */
    public void setSeries(int series, long[] steps, double[] values, int count) {
        if (count < 0 || count > steps.length || count > values.length) {
            throw new IllegalArgumentException("count " + count + " does not fit arrays of length " + steps.length + " and " + values.length);
        }
        chart.setNotify(false);
        tracks.clear(series);
        recomputeRange();
        for (int k = 0; k < count; k++) {
            if (Double.isFinite(values[k])) {
                tracks.append(series, steps[k], values[k]);
                note(values[k]);
            }
        }
        chart.setNotify(true);
    }

    /** Empties a series. */
    public void clear(int series) {
        tracks.clear(series);
        recomputeRange();
    }

    /** Draws the vertical cursor at {@code step}, moving it if shown. */
    public void setCursor(long step) {
        cursor.setValue(step);
        if (!cursorShown) {
            plot.addDomainMarker(cursor);
            cursorShown = true;
        }
    }

    /** Removes the cursor. */
    public void clearCursor() {
        if (cursorShown) {
            plot.removeDomainMarker(cursor);
            cursorShown = false;
        }
    }

    /** The cursor's step; NaN when no cursor is shown. */
    public double cursor() {
        return cursorShown ? cursor.getValue() : Double.NaN;
    }

    /** Sets how the value axis is scaled; {@link YScale#AUTOMATIC} by default. */
    public void setYScale(YScale scale) {
        this.yScale = Objects.requireNonNull(scale, "scale");
        chooseAxis();
    }

    /** How the value axis is scaled, as set. */
    public YScale yScale() {
        return yScale;
    }

    /** Whether the value axis is logarithmic now. */
    public boolean isLogarithmic() {
        return plot.getRangeAxis() == logAxis;
    }

    private void note(double value) {
        smallest = Math.min(smallest, value);
        largest = Math.max(largest, value);
        anyNonPositive |= value <= 0;
        chooseAxis();
    }

    private void recomputeRange() {
        smallest = Double.POSITIVE_INFINITY;
        largest = Double.NEGATIVE_INFINITY;
        anyNonPositive = false;
        for (int s = 0; s < tracks.getSeriesCount(); s++) {
            for (int k = 0; k < tracks.getItemCount(s); k++) {
                double v = tracks.getYValue(s, k);
                smallest = Math.min(smallest, v);
                largest = Math.max(largest, v);
                anyNonPositive |= v <= 0;
            }
        }
        chooseAxis();
    }

    private void chooseAxis() {
        boolean log = switch (yScale) {
            case LINEAR -> false;
            case LOGARITHMIC -> true;
            case AUTOMATIC -> !anyNonPositive && smallest > 0 && largest / smallest > LOG_SPAN;
        };
        ValueAxis wanted = log ? logAxis : linearAxis;
        if (plot.getRangeAxis() != wanted) {
            plot.setRangeAxis(wanted);
        }
    }

    /** The chart, for a {@code ChartPanel} or further styling. */
    public JFreeChart chart() {
        return chart;
    }

    /** The plot inside {@link #chart()}. */
    public XYPlot plot() {
        return plot;
    }

    /** Draws the chart into a new {@code width} by {@code height} image; works headless. */
    public BufferedImage render(int width, int height) {
        return chart.createBufferedImage(width, height);
    }

    /** Draws the chart into a new image and records where its parts went, the data area among them. */
    public BufferedImage render(int width, int height, ChartRenderingInfo info) {
        return chart.createBufferedImage(width, height, info);
    }
}
