package dev.gradus.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The decision regions of a classifier over 2-D data as a {@link JFreeChart}: every cell of a
 * {@link RegionGrid} filled with the colour of the class the classifier finds most probable at its
 * centre, and the data points on top, each in its class colour, with a legend naming the classes.
 *
 * <p>A region's colour is class {@code k}'s {@linkplain Palette#run(int) run colour}, lightened,
 * and its strength follows the top probability: palest at {@code 1 / classes} (a tie), full at 1.
 * The boundary between two classes therefore shows as a fade through pale shades rather than as a
 * hard edge, and a classifier growing surer during training is seen to sharpen it. Points keep the
 * unlightened class colour with a thin dark outline, so they stand out on any region, their own
 * class's included. A cell with a NaN probability is drawn in {@link Palette#MISSING}.
 *
 * <p>Everything but the regions is fixed when the figure is built: the axes span the grid, the
 * points are stored once. {@link #setProbabilities} writes the new shades into the one image the
 * figure owns (one pixel per cell) and fires one change event, which repaints the chart; an
 * update allocates nothing. Until the first update the plot is blank white.
 *
 * <p>Builds charts and images only, never a window, so it works headless. Not thread-safe: confine a
 * figure to one thread (in Swing, the event dispatch thread); a training thread should hand its
 * probabilities over rather than call {@link #setProbabilities} itself.
 *
 * <pre>{@code
 * RegionGrid grid = new RegionGrid(-2, 2, -2, 2, 80, 80);
 * RegionsFigure figure = RegionsFigure.builder(grid, List.of("inside", "outside"))
 *         .points(x1, x2, labels)
 *         .featureNames("x1", "x2")
 *         .build();
 * double[] centres = grid.centres();                // ask the classifier about these
 * figure.setProbabilities(probabilities);           // each frame: cells * classes values
 * figure.setTitle("step 100, accuracy 100 %");
 * BufferedImage png = figure.render(800, 600);      // export
 * }</pre>
 */
public final class RegionsFigure {

    private static final Color OUTLINE = new Color(0x303030);
    private static final double POINT_RADIUS = 4;

    private final RegionGrid grid;
    private final List<String> classNames;
    private final int pointCount;
    private final RegionImage regions;
    private final XYPlot plot;
    private final JFreeChart chart;

    private RegionsFigure(Builder b) {
        this.grid = b.grid;
        this.classNames = b.classNames;
        int classes = classNames.size();
        this.regions = new RegionImage(grid, classes);

        Tracks points = new Tracks();
        for (String name : classNames) {
            points.add(name);
        }
        for (int i = 0; i < b.x1.length; i++) {
            points.append(b.classes[i], b.x1[i], b.x2[i]);
        }
        this.pointCount = b.x1.length;

        NumberAxis xAxis = new NumberAxis(b.x1Name);
        xAxis.setRange(grid.xMin(), grid.xMax());
        NumberAxis yAxis = new NumberAxis(b.x2Name);
        yAxis.setRange(grid.yMin(), grid.yMax());

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-POINT_RADIUS, -POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS));
        renderer.setUseOutlinePaint(true);
        renderer.setDefaultOutlinePaint(OUTLINE);
        renderer.setAutoPopulateSeriesOutlineStroke(false);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.0f));
        renderer.setDefaultCreateEntities(false);
        for (int k = 0; k < classes; k++) {
            renderer.setSeriesPaint(k, Palette.run(k), false);
        }
        renderer.addAnnotation(regions, Layer.BACKGROUND);

        plot = new XYPlot(points, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        chart = new JFreeChart(b.title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    }

    /**
     * Starts a figure over {@code grid} for a classifier with these classes, class {@code k} being
     * {@code classNames.get(k)}.
     *
     * @throws IllegalArgumentException when there are fewer than 2 classes or two share a name
     */
    public static Builder builder(RegionGrid grid, List<String> classNames) {
        return new Builder(grid, classNames);
    }

    /**
     * Redraws the regions from the classifier's probabilities at the cell centres: the value for
     * class {@code k} at column {@code c}, row {@code r} (row 0 at the bottom) is at index {@code
     * (r * columns + c) * classes + k}, cells in the order of {@link RegionGrid#centres()}. Each
     * cell takes its most probable class (the first one on a tie), and that probability sets how
     * strong its colour is. Values are not checked to sum to 1; a top probability below {@code
     * 1 / classes} draws the palest shade, one above 1 the full colour.
     *
     * @param probabilities {@code columns * rows * classes} values. Not modified.
     * @throws IllegalArgumentException when the array has another length
     */
    public void setProbabilities(double[] probabilities) {
        Objects.requireNonNull(probabilities, "probabilities");
        int expected = grid.cells() * classNames.size();
        if (probabilities.length != expected) {
            throw new IllegalArgumentException("expected " + grid.columns() + " x " + grid.rows() + " cells x "
                    + classNames.size() + " classes = " + expected + " probabilities, got " + probabilities.length);
        }
        regions.fill(probabilities);
    }

    /** Whether regions have been drawn, that is whether {@link #setProbabilities} has been called. */
    public boolean hasRegions() {
        return regions.filled();
    }

    /** Sets the chart title, say {@code "step 100, accuracy 100 %"}; null removes it. */
    public void setTitle(String title) {
        chart.setTitle(title);
    }

    /** The chart title, or null when there is none. */
    public String title() {
        return chart.getTitle() == null ? null : chart.getTitle().getText();
    }

    /** The grid the regions are drawn on. */
    public RegionGrid grid() {
        return grid;
    }

    /** How many classes. */
    public int classCount() {
        return classNames.size();
    }

    /** The name of class {@code k}, as in the legend. */
    public String className(int k) {
        return classNames.get(k);
    }

    /** The colour class {@code k}'s points are drawn in: {@link Palette#run(int) Palette.run(k)}. */
    public Color classColour(int k) {
        return Palette.run(Objects.checkIndex(k, classNames.size()));
    }

    /**
     * The colour of a cell whose most probable class is {@code k} with probability {@code top}:
     * the palest shade of the lightened class colour at {@code 1 / classCount()} or below, the full
     * region colour at 1 or above, {@link Palette#MISSING} for NaN.
     */
    public Color regionColour(int k, double top) {
        return new Color(regions.shadeRgb(Objects.checkIndex(k, classNames.size()), top));
    }

    /** How many data points are drawn. */
    public int pointCount() {
        return pointCount;
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

    /**
     * Draws the chart into a new image and records where its parts went; {@code
     * info.getPlotInfo().getDataArea()} is then the rectangle the data coordinates map onto.
     */
    public BufferedImage render(int width, int height, ChartRenderingInfo info) {
        return chart.createBufferedImage(width, height, info);
    }

    /** The regions image, one pixel per cell, made once; for tests that updates reuse it. */
    BufferedImage regionsImage() {
        return regions.image();
    }

    /** Builds a {@link RegionsFigure}; the points, names and title have defaults. */
    public static final class Builder {
        private final RegionGrid grid;
        private final List<String> classNames;
        private double[] x1 = new double[0];
        private double[] x2 = new double[0];
        private int[] classes = new int[0];
        private String x1Name = "x1";
        private String x2Name = "x2";
        private String title;

        private Builder(RegionGrid grid, List<String> classNames) {
            this.grid = Objects.requireNonNull(grid, "grid");
            this.classNames = List.copyOf(Objects.requireNonNull(classNames, "classNames"));
            if (this.classNames.size() < 2) {
                throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + this.classNames);
            }
            if (new HashSet<>(this.classNames).size() != this.classNames.size()) {
                throw new IllegalArgumentException("class names must differ, got " + this.classNames);
            }
        }

        /**
         * The data points to draw: point {@code i} at {@code (x1[i], x2[i])} of class {@code
         * classes[i]}. The arrays are copied. Points outside the grid are clipped away. None by default.
         *
         * @param x1      first features, finite. Not modified.
         * @param x2      second features, finite. Not modified.
         * @param classes class indices, each in {@code [0, classCount)}. Not modified.
         * @throws IllegalArgumentException when the lengths differ, a feature is not finite or a
         *                                  class index is out of range, naming the point
         */
        public Builder points(double[] x1, double[] x2, int[] classes) {
            Objects.requireNonNull(x1, "x1");
            Objects.requireNonNull(x2, "x2");
            Objects.requireNonNull(classes, "classes");
            if (x1.length != x2.length || x1.length != classes.length) {
                throw new IllegalArgumentException("points need equally long arrays, got x1 " + x1.length + ", x2 "
                        + x2.length + ", classes " + classes.length);
            }
            for (int i = 0; i < x1.length; i++) {
                if (!Double.isFinite(x1[i]) || !Double.isFinite(x2[i])) {
                    throw new IllegalArgumentException("point " + i + " is not finite: (" + x1[i] + ", " + x2[i] + ")");
                }
                if (classes[i] < 0 || classes[i] >= classNames.size()) {
                    throw new IllegalArgumentException("point " + i + " has class " + classes[i] + ", outside [0, "
                            + classNames.size() + ")");
                }
            }
            this.x1 = x1.clone();
            this.x2 = x2.clone();
            this.classes = classes.clone();
            return this;
        }

        /** The axis labels; default {@code x1} and {@code x2}. */
        public Builder featureNames(String x1, String x2) {
            this.x1Name = Objects.requireNonNull(x1, "x1");
            this.x2Name = Objects.requireNonNull(x2, "x2");
            return this;
        }

        /** The chart title; none by default, and {@link RegionsFigure#setTitle} changes it later. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The figure, with blank regions until the first {@link RegionsFigure#setProbabilities}. */
        public RegionsFigure build() {
            return new RegionsFigure(this);
        }
    }
}
