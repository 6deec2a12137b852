package dev.gradus.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A sweep's figures: the score against one swept parameter (a curve, on a log axis for a log
 * range), or against two (a heat map over the grid, one cell per point, viridis from the best
 * score to the worst, a diverged point grey). A score that is not finite (the point diverged or
 * never reached its target) breaks the curve, is marked by a red cross at the height of the worst
 * score, and greys the cell. Builds charts only, headless.
 */
public final class SweepFigure {
    private SweepFigure() {
    }

    /** Whether every finite score is > 0 (a log value axis then suits). */
    private static boolean positive(double[] scores) {
        boolean any = false;
        for (double s : scores) {
            if (Double.isFinite(s)) {
                if (s <= 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The score of each point against its one swept parameter.
     *
     * @param xs     the parameter's values
     * @param scores the score of each (NaN or infinite where there is none)
     * @param logX   whether the parameter was swept in the log
     */
    public static JFreeChart curve(String title, String parameter, String score, double[] xs, double[] scores, boolean logX) {
        if (xs.length != scores.length || xs.length == 0) {
            throw new IllegalArgumentException(xs.length + " values and " + scores.length + " scores");
        }
        XYSeries series = new XYSeries(score, true, true);
        XYSeries broken = new XYSeries("no score (diverged or never reached the target)", true, true);
        double top = Double.NEGATIVE_INFINITY;
        for (double v : scores) {
            if (Double.isFinite(v)) {
                top = Math.max(top, v);
            }
        }
        for (int i = 0; i < xs.length; i++) {
            series.add(xs[i], Double.isFinite(scores[i]) ? scores[i] : Double.NaN);
            if (!Double.isFinite(scores[i]) && Double.isFinite(top)) {
                broken.add(xs[i], top);
            }
        }
        XYSeriesCollection collection = new XYSeriesCollection(series);
        collection.addSeries(broken);
        ValueAxis x = logX ? new LogAxis(parameter) : new NumberAxis(parameter);
        ValueAxis y = positive(scores) ? new LogAxis(score) : new NumberAxis(score);
        if (x instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        }
        if (y instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Palette.run(0));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, new Color(176, 0, 32));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, org.jfree.chart.util.ShapeUtils.createDiagonalCross(5, 1.5f));
        XYPlot plot = new XYPlot(collection, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(Objects.requireNonNull(title, "title"), JFreeChart.DEFAULT_TITLE_FONT, plot, broken.getItemCount() > 0);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * The score over a grid of two swept parameters.
     *
     * @param xLabels the first parameter's values, as shown
     * @param yLabels the second's
     * @param scores  {@code scores[i][j]} at the i-th first and j-th second value (NaN where there is none)
     */
    public static JFreeChart heatMap(String title, String xName, String yName, String score, String[] xLabels, String[] yLabels, double[][] scores) {
        if (scores.length != xLabels.length || xLabels.length == 0 || yLabels.length == 0) {
            throw new IllegalArgumentException("scores must be " + xLabels.length + " x " + yLabels.length);
        }
        int n = xLabels.length * yLabels.length;
        double[][] data = new double[3][n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean log = true;
        for (double[] row : scores) {
            if (row.length != yLabels.length) {
                throw new IllegalArgumentException("scores must be " + xLabels.length + " x " + yLabels.length);
            }
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                    log &= v > 0;
                }
            }
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = 1;
            log = false;
        }
        boolean logScale = log && hi > lo;
        double from = logScale ? Math.log10(lo) : lo;
        double to = logScale ? Math.log10(hi) : hi;
        int k = 0;
        for (int i = 0; i < xLabels.length; i++) {
            for (int j = 0; j < yLabels.length; j++) {
                double v = scores[i][j];
                data[0][k] = i;
                data[1][k] = j;
                data[2][k++] = Double.isFinite(v) ? (logScale ? Math.log10(v) : v) : Double.NaN;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(score, data);
        double span = to > from ? to - from : 1;
        PaintScale scale = new PaintScale() {
            @Override
            public double getLowerBound() {
                return from;
            }

            @Override
            public double getUpperBound() {
                return from + span;
            }

            @Override
            public java.awt.Paint getPaint(double value) {
                return Double.isNaN(value) ? Palette.MISSING : Palette.viridis(Math.max(0, Math.min(1, (value - from) / span)));
            }
        };
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        SymbolAxis x = new SymbolAxis(xName, xLabels);
        SymbolAxis y = new SymbolAxis(yName, yLabels);
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(Objects.requireNonNull(title, "title"), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis barAxis = new NumberAxis(logScale ? "log10 " + score : score);
        barAxis.setRange(from, from + span);
        PaintScaleLegend legend = new PaintScaleLegend(scale, barAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        return chart;
    }
}
