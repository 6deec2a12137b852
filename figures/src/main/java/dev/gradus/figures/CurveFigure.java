package dev.gradus.figures;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Objective;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A 1-D objective as a {@link JFreeChart}: the curve {@code f(x)} over a window, the current point
 * as a marker with a trail of its earlier positions, the tangent line there, other runs' points as
 * markers, and optionally a second curve on top (a batch's fitted polynomial, say).
 *
 * <p>The curve is sampled once, when the figure is built; the axes are then fixed to the window
 * and the curve's finite range (plus a margin; a curve that towers at the window's edges over a
 * quiet middle is cut at three times the spread of its lowest three quarters, see
 * {@link #robustTop}), so moving the point, the tangent or the overlay neither resamples nor
 * rescales anything. {@link #setPoint} and {@link #setOverlay} copy into
 * storage the figure owns and fire one change event. The tangent is drawn over a fifth of the
 * window on either side of the point.
 *
 * <p>Builds charts and images only, never a window; confine a figure to one thread.
 */
public final class CurveFigure {

    /** Points at which the curve is sampled when no count is given. */
    public static final int DEFAULT_SAMPLES = 400;

    private static final int CURVE = 0;
    private static final int OVERLAY = 1;
    private static final int TANGENT = 2;
    private static final int POINT = 3;
    private static final int TRAIL = 4;

    private final Box window;
    private final Tracks tracks = new Tracks();
    private final XYLineAndShapeRenderer renderer;
    private final XYPlot plot;
    private final JFreeChart chart;
    private final double[] tangentXs = new double[2];
    private final double[] tangentYs = new double[2];
    private final double[] pointX = new double[1];
    private final double[] pointY = new double[1];
    private boolean hasTangent;
    private boolean tangentVisible = true;
    private int markers;
    private final double[] markerX = new double[1];
    private final double[] markerY = new double[1];
    private final PointGlyphs glyphs = new PointGlyphs();

    private CurveFigure(DoubleUnaryOperator f, Box window, int samples, String xName, String title) {
        if (window.dimension() != 1) {
            throw new IllegalArgumentException("a curve needs a 1-D window, was " + window);
        }
        if (samples < 2) {
            throw new IllegalArgumentException("a curve needs at least 2 samples, was " + samples);
        }
        this.window = window;
        double lo = window.lower(0);
        double step = (window.upper(0) - lo) / (samples - 1);
        double[] xs = new double[samples];
        double[] ys = new double[samples];
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < samples; k++) {
            xs[k] = lo + k * step;
            double y = f.applyAsDouble(xs[k]);
            ys[k] = Double.isFinite(y) ? y : Double.NaN; // NaN breaks the line; an infinity would wreck the range
            if (Double.isFinite(y)) {
                yMin = Math.min(yMin, y);
                yMax = Math.max(yMax, y);
            }
        }
        tracks.add("f");
        tracks.add("overlay");
        tracks.add("tangent");
        tracks.add("point");
        tracks.add("trail");
        tracks.set(CURVE, xs, ys, samples);

        NumberAxis xAxis = new NumberAxis(xName);
        xAxis.setRange(window.lower(0), window.upper(0));
        NumberAxis yAxis = new NumberAxis("f(" + xName + ")");
        if (!(yMin <= yMax)) {
            yMin = 0;
            yMax = 1;
        }
        yMax = Math.min(yMax, robustTop(ys, yMin));
        double margin = yMax > yMin ? 0.05 * (yMax - yMin) : 0.5;
        yAxis.setRange(yMin - margin, yMax + margin);

        renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultCreateEntities(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setSeriesPaint(CURVE, Color.DARK_GRAY);
        renderer.setSeriesStroke(CURVE, new BasicStroke(2.0f));
        renderer.setSeriesPaint(OVERLAY, Palette.run(1));
        renderer.setSeriesStroke(OVERLAY, new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6f, 4f}, 0f));
        renderer.setSeriesPaint(TANGENT, Palette.run(2));
        renderer.setSeriesStroke(TANGENT, new BasicStroke(1.5f));
        renderer.setSeriesPaint(POINT, Palette.run(0));
        renderer.setSeriesLinesVisible(POINT, false);
        renderer.setSeriesShapesVisible(POINT, true);
        renderer.setSeriesShape(POINT, new Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setSeriesVisibleInLegend(TANGENT, false);
        renderer.setSeriesVisibleInLegend(POINT, false);
        Color first = Palette.run(0);
        renderer.setSeriesPaint(TRAIL, new Color(first.getRed(), first.getGreen(), first.getBlue(), 110));
        renderer.setSeriesLinesVisible(TRAIL, false);
        renderer.setSeriesShapesVisible(TRAIL, true);
        renderer.setSeriesShape(TRAIL, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesVisibleInLegend(TRAIL, false);

        plot = new XYPlot(tracks, xAxis, yAxis, renderer);
        plot.addAnnotation(glyphs);
        // later series on top: the overlay over the curve, the tangent and the point over both
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        setOverlayVisibleInLegend();
    }

    /**
     * The top of the value axis when a few samples at the window's edges tower over the rest (a
     * polynomial fit that shoots up outside its data): three times the spread of the lowest three
     * quarters of the samples above the minimum, when the largest value is more than four times
     * that spread above it; else infinity (keep the largest).
     */
    static double robustTop(double[] ys, double yMin) {
        double[] finite = java.util.Arrays.stream(ys).filter(Double::isFinite).sorted().toArray();
        if (finite.length < 8) {
            return Double.POSITIVE_INFINITY;
        }
        double spread = finite[(int) (0.75 * (finite.length - 1))] - yMin;
        double top = finite[finite.length - 1];
        return spread > 0 && top - yMin > 4 * spread ? yMin + 3 * spread : Double.POSITIVE_INFINITY;
    }

    /**
     * The figure of a 1-D objective over its plot window, sampled at {@link #DEFAULT_SAMPLES}
     * points, the axis named by its coordinate name and its formula as title.
     *
     * @throws IllegalArgumentException when the objective is not 1-D
     */
    public static CurveFigure of(Objective objective) {
        if (objective.dimension() != 1) {
            throw new IllegalArgumentException("a curve needs a 1-D objective, this one has dimension " + objective.dimension());
        }
        double[] point = new double[1];
        String formula = objective.metadata().formula();
        return of(x -> {
            point[0] = x;
            return objective.value(point);
        }, objective.metadata().plotWindow(), DEFAULT_SAMPLES, objective.metadata().coordinateNames().get(0),
                formula.isEmpty() ? null : formula);
    }

    /**
     * The figure of {@code f} over a 1-D {@code window}, sampled at {@code samples} evenly spaced
     * points (called exactly that often, here and never again).
     *
     * @param xName the axis label, also used in the value axis label {@code f(xName)}
     * @param title the chart title, or null for none
     * @throws IllegalArgumentException when the window is not 1-D or {@code samples < 2}
     */
    public static CurveFigure of(DoubleUnaryOperator f, Box window, int samples, String xName, String title) {
        return new CurveFigure(Objects.requireNonNull(f, "f"), window, samples, Objects.requireNonNull(xName, "xName"), title);
    }

    /**
     * Moves the current point to {@code (x, value)} and the tangent to slope {@code slope} there
     * (the derivative, the 1-D gradient). A NaN slope draws no tangent.
     */
    public void setPoint(double x, double value, double slope) {
        chart.setNotify(false);
        pointX[0] = x;
        pointY[0] = value;
        tracks.set(POINT, pointX, pointY, 1);
        double half = (window.upper(0) - window.lower(0)) / 5;
        hasTangent = Double.isFinite(slope) && Double.isFinite(x) && Double.isFinite(value);
        if (hasTangent) {
            tangentXs[0] = x - half;
            tangentYs[0] = value - slope * half;
            tangentXs[1] = x + half;
            tangentYs[1] = value + slope * half;
        }
        showTangent();
        chart.setNotify(true);
    }

    /**
     * Adds a marker for another run's current point, drawn as a disc in {@code colour} and named
     * in the legend; the first run uses {@link #setPoint} with its tangent.
     *
     * @return the marker's index for {@link #setMarker}
     */
    public int addMarker(String name, Color colour) {
        int series = tracks.add(Objects.requireNonNull(name, "name"));
        renderer.setSeriesPaint(series, Objects.requireNonNull(colour, "colour"));
        renderer.setSeriesLinesVisible(series, false);
        renderer.setSeriesShapesVisible(series, true);
        renderer.setSeriesShape(series, new Ellipse2D.Double(-5, -5, 10, 10));
        markers++;
        return markers - 1;
    }

    /** The number of markers added. */
    public int markerCount() {
        return markers;
    }

    /** Moves marker {@code index} to {@code (x, value)}. */
    public void setMarker(int index, double x, double value) {
        if (index < 0 || index >= markers) {
            throw new IndexOutOfBoundsException("no marker " + index + "; there are " + markers);
        }
        markerX[0] = x;
        markerY[0] = value;
        tracks.set(TRAIL + 1 + index, markerX, markerY, 1);
    }

    /** Removes marker {@code index}'s point (the marker stays, to be moved again). */
    public void clearMarker(int index) {
        tracks.clear(TRAIL + 1 + index);
    }

    /**
     * Draws the trail of the current point: its earlier positions {@code (xs[i], ys[i])} for
     * {@code i < count}, as small translucent discs in the first run's colour. Not modified.
     */
    public void setTrail(double[] xs, double[] ys, int count) {
        tracks.set(TRAIL, xs, ys, count);
    }

    /** The number of trail points drawn. */
    public int trailLength() {
        return tracks.getItemCount(TRAIL);
    }

    /**
     * Sets the optimizer's named state vectors drawn at the current point, one component each: a
     * direction as a dotted horizontal arrow (in data units along x), a scale as a bar centred
     * above the point (see {@link StateGlyph}); an empty list draws none.
     *
     * @throws IllegalArgumentException when a glyph does not have 1 component
     */
    public void setStateGlyphs(java.util.List<StateGlyph> states) {
        for (StateGlyph g : states) {
            if (g.dimension() != 1) {
                throw new IllegalArgumentException("a state vector on a curve needs 1 component, " + g.name() + " has " + g.dimension());
            }
        }
        glyphs.states = java.util.List.copyOf(states);
        glyphs.changed();
    }

    /** The state glyphs drawn at the current point. */
    public java.util.List<StateGlyph> stateGlyphs() {
        return glyphs.states;
    }

    /** Removes the current point, its tangent, its trail and its state glyphs. */
    public void clearPoint() {
        chart.setNotify(false);
        glyphs.states = java.util.List.of();
        glyphs.changed();
        hasTangent = false;
        tracks.clear(POINT);
        tracks.clear(TANGENT);
        tracks.clear(TRAIL);
        chart.setNotify(true);
    }

    /** Shows or hides the tangent line; shown by default. */
    public void setTangentVisible(boolean visible) {
        tangentVisible = visible;
        showTangent();
    }

    private void showTangent() {
        if (hasTangent && tangentVisible) {
            tracks.set(TANGENT, tangentXs, tangentYs, 2);
        } else {
            tracks.clear(TANGENT);
        }
    }

    /**
     * The tangent segment in data coordinates, from left to right; null when no tangent is set.
     * Its slope is the one given to {@link #setPoint}.
     */
    public Line2D.Double tangent() {
        return hasTangent ? new Line2D.Double(tangentXs[0], tangentYs[0], tangentXs[1], tangentYs[1]) : null;
    }

    /** Draws a second curve through all points of {@code xs} and {@code ys}. Not modified. */
    public void setOverlay(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("overlay arrays differ in length: " + xs.length + " vs " + ys.length);
        }
        setOverlay(xs, ys, xs.length);
    }

    /** Draws a second curve through the first {@code count} points. Not modified. */
    public void setOverlay(double[] xs, double[] ys, int count) {
        tracks.set(OVERLAY, xs, ys, count);
        setOverlayVisibleInLegend();
    }

    /** The number of points of the second curve; 0 when there is none. */
    public int overlayLength() {
        return tracks.getItemCount(OVERLAY);
    }

    /** Removes the second curve. */
    public void clearOverlay() {
        tracks.clear(OVERLAY);
        setOverlayVisibleInLegend();
    }

    /** The legend names the second curve, say {@code "batch fit"}; default {@code "overlay"}. */
    public void setOverlayName(String name) {
        tracks.rename(OVERLAY, Objects.requireNonNull(name, "name"));
    }

    private void setOverlayVisibleInLegend() {
        renderer.setSeriesVisibleInLegend(OVERLAY, tracks.getItemCount(OVERLAY) > 0);
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

    /** The state glyphs at the current point, drawn over the series. */
    private final class PointGlyphs extends org.jfree.chart.annotations.AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private transient java.util.List<StateGlyph> states = java.util.List.of();

        void changed() {
            fireAnnotationChanged();
        }

        @Override
        public void draw(java.awt.Graphics2D g2, XYPlot plot, java.awt.geom.Rectangle2D dataArea, org.jfree.chart.axis.ValueAxis domainAxis,
                         org.jfree.chart.axis.ValueAxis rangeAxis, int rendererIndex, org.jfree.chart.plot.PlotRenderingInfo info) {
            if (states.isEmpty() || tracks.getItemCount(POINT) == 0 || !Double.isFinite(pointX[0]) || !Double.isFinite(pointY[0])) {
                return;
            }
            java.awt.geom.AffineTransform toJava2D = DataTransform.of(plot, dataArea, domainAxis, rangeAxis);
            java.awt.geom.Point2D at = toJava2D.transform(new java.awt.geom.Point2D.Double(pointX[0], pointY[0]), null);
            double maxLength = Math.min(dataArea.getWidth(), dataArea.getHeight()) / 3;
            Glyphs.states(g2, toJava2D, at, pointX[0], pointY[0], states, maxLength, Palette.run(0));
        }
    }
}
