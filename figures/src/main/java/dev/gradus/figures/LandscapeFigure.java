package dev.gradus.figures;

import dev.gradus.api.objective.KnownMinimum;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * A 2-D objective's landscape as a {@link JFreeChart}: the function filled with viridis, its
 * contour lines, a colour bar, the known minima, and any number of run paths on top.
 *
 * <p>Everything that depends on the function is computed once, when the figure is built: the
 * samples, the levels, one contour path per level and the coloured image (one pixel per grid node,
 * drawn stretched over the window in the plot's background layer). What moves during an animation
 * is only the paths: {@link #setPath}, {@link #appendPoint} and {@link #setArrows} copy a few
 * numbers into arrays the figure already owns and fire one change event, which repaints the chart.
 * The landscape is never sampled or coloured again.
 *
 * <p>Each path is a polyline in its colour with a small marker per point; its last point is the
 * <em>current point</em>, drawn as a larger disc with a white rim. Optional arrows start there: the
 * gradient dashed, the step solid, both in data units (see {@link #setArrows}). Global minima are
 * white stars, local minima white crosses.
 *
 * <p>Builds charts and images only, never a window, so it works headless. Not thread-safe: confine a
 * figure to one thread (in Swing, the event dispatch thread); to move several paths in one frame
 * without a repaint per path, bracket the calls with {@code chart().setNotify(false)} and
 * {@code setNotify(true)}.
 *
 * <pre>{@code
 * LandscapeFigure figure = LandscapeFigure.of(objective);
 * int adam = figure.addPath("adam");
 * figure.setPath(adam, xs, ys, steps);        // each frame
 * BufferedImage png = figure.render(800, 600); // export
 * }</pre>
 */
public final class LandscapeFigure {

    private static final Color CONTOUR = new Color(255, 255, 255, 120);

    private final Landscape landscape;
    private final ContourLevels levels;
    private final List<Contours.ContourLine> contours;
    private final LandscapeImage image;
    private final Tracks tracks = new Tracks();
    private final List<String> names = new ArrayList<>();
    private final List<Color> colours = new ArrayList<>();
    private final XYLineAndShapeRenderer renderer;
    private final PathOverlay overlay;
    private final PaintScaleLegend colourBar;
    private final XYPlot plot;
    private final JFreeChart chart;

    private LandscapeFigure(Builder b) {
        this.landscape = b.landscape;
        this.levels = b.levels != null ? b.levels : ContourLevels.of(landscape, b.logScaled, b.levelCount);
        this.contours = Contours.trace(landscape, levels);
        this.image = new LandscapeImage(landscape, levels);

        NumberAxis xAxis = new NumberAxis(b.xName);
        xAxis.setRange(landscape.window().lower(0), landscape.window().upper(0));
        NumberAxis yAxis = new NumberAxis(b.yName);
        yAxis.setRange(landscape.window().lower(1), landscape.window().upper(1));

        renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setDefaultStroke(new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setDefaultCreateEntities(false);
        renderer.addAnnotation(image, Layer.BACKGROUND);
        renderer.addAnnotation(new ContourLayer(contours, CONTOUR), Layer.BACKGROUND);

        plot = new XYPlot(tracks, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Palette.MISSING);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        plot.addAnnotation(new MinimaLayer(b.globalMinima, b.localMinima));
        overlay = new PathOverlay(tracks);
        plot.addAnnotation(overlay);

        chart = new JFreeChart(b.title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        colourBar = ColourBar.of(levels, b.valueName);
        chart.addSubtitle(colourBar);
    }

    /**
     * The figure of a 2-D objective over its plot window on the default grid, with levels spaced as
     * its metadata says, axes named by its coordinate names, its formula as title and its known
     * minima marked. Calls the objective {@code 200 * 200} times, here and never again.
     *
     * @throws IllegalArgumentException when the objective is not 2-D
     */
    public static LandscapeFigure of(Objective objective) {
        ObjectiveMetadata m = objective.metadata();
        Builder b = builder(Landscape.sample(objective))
                .logScaled(m.logScaledContours())
                .axisNames(m.coordinateNames().get(0), m.coordinateNames().get(1))
                .title(m.formula().isEmpty() ? null : m.formula());
        m.globalMinima().forEach(b::globalMinimum);
        m.localMinima().forEach(b::localMinimum);
        return b.build();
    }

    /** Starts a figure of an already sampled landscape. */
    public static Builder builder(Landscape landscape) {
        return new Builder(landscape);
    }

    /**
     * Adds an empty path in the next {@linkplain Palette#run(int) run colour}.
     *
     * @param name shown in the legend
     * @return the path's index, counting from 0 in the order paths are added
     */
    public int addPath(String name) {
        return addPath(name, Palette.run(names.size()));
    }

    /**
     * Adds an empty path in {@code colour}.
     *
     * @param name shown in the legend
     * @return the path's index, counting from 0 in the order paths are added
     */
    public int addPath(String name, Color colour) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        int index = names.size();
        names.add(name);
        colours.add(colour);
        renderer.setSeriesPaint(index, colour, false);
        overlay.add(colour);
        return tracks.add(name);
    }

    /** Shows or hides path {@code index} in the legend (many paths of one group name it once); shown by default. */
    public void setPathInLegend(int index, boolean shown) {
        renderer.setSeriesVisibleInLegend(index, shown, false);
    }

    /** How many paths have been added. */
    public int pathCount() {
        return names.size();
    }

    /** The name of path {@code index}. */
    public String pathName(int index) {
        return names.get(index);
    }

    /** The colour of path {@code index}. */
    public Color pathColour(int index) {
        return colours.get(index);
    }

    /**
     * Replaces path {@code index} by its first {@code count} points; the last is the current point.
     * The arrays are copied into storage the figure keeps, so the caller may reuse them.
     *
     * @param xs first coordinates. Not modified.
     * @param ys second coordinates. Not modified.
     * @throws IllegalArgumentException  when {@code count} is negative or beyond either array
     * @throws IndexOutOfBoundsException when there is no such path
     */
    public void setPath(int index, double[] xs, double[] ys, int count) {
        tracks.set(index, xs, ys, count);
    }

    /** Adds one point to path {@code index}; it becomes the current point. */
    public void appendPoint(int index, double x, double y) {
        tracks.append(index, x, y);
    }

    /** Empties path {@code index}: no line, no current point, no arrows drawn. */
    public void clearPath(int index) {
        tracks.clear(index);
    }

    /**
     * Sets the arrows drawn from path {@code index}'s current point: the gradient there (dashed,
     * pointing uphill as a gradient does) and the step taken from it (solid), both as vectors in
     * data units. Pass {@code null} for either to hide it. Pass a scaled gradient (say, the learning
     * rate times it) to compare it with the step; an arrow longer than a third of the plot's
     * smaller side is shortened to that on screen, its direction kept.
     *
     * @param gradient 2 components, or null. Not modified.
     * @param step     2 components, or null. Not modified.
     * @throws IllegalArgumentException when an array does not have 2 components
     */
    public void setArrows(int index, double[] gradient, double[] step) {
        overlay.setArrows(index, gradient, step);
    }

    /**
     * Sets the optimizer's named state vectors (velocity, first moment, ...) to draw as dotted
     * arrows from path {@code index}'s current point, each labelled with its name; empty lists
     * draw none. Shortened on screen as the other arrows are.
     *
     * @param names   one name per vector
     * @param vectors 2 components each. Not modified.
     */
    public void setStateVectors(int index, java.util.List<String> names, java.util.List<double[]> vectors) {
        if (names.size() != vectors.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + vectors.size() + " state vectors");
        }
        java.util.List<StateGlyph> glyphs = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            glyphs.add(StateGlyph.direction(names.get(i), vectors.get(i)));
        }
        setStateGlyphs(index, glyphs);
    }

    /**
     * Sets the optimizer's named state vectors drawn at path {@code index}'s current point, each
     * as its {@link StateGlyph} says (an arrow for a direction, an ellipse for a scale) with its
     * name; an empty list draws none.
     *
     * @throws IllegalArgumentException when a glyph does not have 2 components
     */
    public void setStateGlyphs(int index, java.util.List<StateGlyph> glyphs) {
        overlay.setStates(index, glyphs);
    }

    /** Hides both arrows of path {@code index}. */
    public void clearArrows(int index) {
        overlay.setArrows(index, null, null);
        overlay.setStates(index, java.util.List.of());
    }

    /** Shows or hides all arrows at once, keeping what was set; shown by default. */
    public void setArrowsVisible(boolean visible) {
        overlay.setArrowsVisible(visible);
    }

    /** Whether arrows are shown. */
    public boolean arrowsVisible() {
        return overlay.arrowsVisible();
    }

    /** Shows or hides the small marker on every path point (the current point stays marked); shown by default. */
    public void setPointMarkersVisible(boolean visible) {
        renderer.setDefaultShapesVisible(visible);
    }

    /** The landscape drawn. */
    public Landscape landscape() {
        return landscape;
    }

    /** The contour levels, which are also the colour map's range. */
    public ContourLevels levels() {
        return levels;
    }

    /** The contour lines drawn, one per level that crosses the landscape. */
    public List<Contours.ContourLine> contours() {
        return contours;
    }

    /**
     * The range of function values the colour bar shows: the levels' range, except that for
     * logarithmic levels it starts at their lowest reach ({@link ContourLevels#valueAt(double)
     * valueAt(0)}), below which everything has the bottom colour.
     */
    public Range colourBarRange() {
        return ColourBar.valueRange(colourBar, levels);
    }

    /** The colour bar, a subtitle of {@link #chart()}. */
    public PaintScaleLegend colourBar() {
        return colourBar;
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

    /** The coloured landscape image, made once; for tests that it is not made again. */
    BufferedImage landscapeImage() {
        return image.image();
    }

    /** Builds a {@link LandscapeFigure}; every setting has a default. */
    public static final class Builder {
        private final Landscape landscape;
        private ContourLevels levels;
        private boolean logScaled;
        private int levelCount = ContourLevels.DEFAULT_COUNT;
        private String xName = "x";
        private String yName = "y";
        private String valueName = "f";
        private String title;
        private final List<double[]> globalMinima = new ArrayList<>();
        private final List<double[]> localMinima = new ArrayList<>();

        private Builder(Landscape landscape) {
            this.landscape = Objects.requireNonNull(landscape, "landscape");
        }

        /** These levels instead of ones computed from the landscape's range. */
        public Builder levels(ContourLevels levels) {
            this.levels = Objects.requireNonNull(levels, "levels");
            return this;
        }

        /** Whether computed levels are spaced logarithmically; default false. */
        public Builder logScaled(boolean logScaled) {
            this.logScaled = logScaled;
            return this;
        }

        /** How many levels to compute; default {@link ContourLevels#DEFAULT_COUNT}. */
        public Builder levelCount(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("level count must be >= 0, was " + count);
            }
            this.levelCount = count;
            return this;
        }

        /** The axis labels; default {@code x} and {@code y}. */
        public Builder axisNames(String x, String y) {
            this.xName = Objects.requireNonNull(x, "x");
            this.yName = Objects.requireNonNull(y, "y");
            return this;
        }

        /** The colour bar's label; default {@code f}. */
        public Builder valueName(String name) {
            this.valueName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The chart title; none by default. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Marks a global minimum with a star. */
        public Builder globalMinimum(double x, double y) {
            globalMinima.add(new double[] {x, y});
            return this;
        }

        /** Marks a global minimum with a star; it must be 2-D. */
        public Builder globalMinimum(KnownMinimum minimum) {
            return globalMinimum(coordinate(minimum, 0), coordinate(minimum, 1));
        }

        /** Marks a local minimum with a cross. */
        public Builder localMinimum(double x, double y) {
            localMinima.add(new double[] {x, y});
            return this;
        }

        /** Marks a local minimum with a cross; it must be 2-D. */
        public Builder localMinimum(KnownMinimum minimum) {
            return localMinimum(coordinate(minimum, 0), coordinate(minimum, 1));
        }

        private static double coordinate(KnownMinimum minimum, int i) {
            if (minimum.dimension() != 2) {
                throw new IllegalArgumentException("a landscape marks 2-D minima, not " + minimum);
            }
            return minimum.coordinate(i);
        }

        /** The figure; samples nothing, the landscape already holds the values. */
        public LandscapeFigure build() {
            return new LandscapeFigure(this);
        }
    }
}
