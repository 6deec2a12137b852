package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntBinaryOperator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

class RegionsFigureTest {

    /** Off the origin and not square, so a swapped or flipped axis would show. */
    private static final RegionGrid XOR_GRID = new RegionGrid(-1, 3, 10, 12, 2, 2);

    private static RegionsFigure figure(RegionGrid grid, String... classNames) {
        return RegionsFigure.builder(grid, List.of(classNames)).build();
    }

    /** Every cell sure of {@code classOf(column, row)} with probability {@code top}, the rest shared evenly. */
    private static double[] probabilities(RegionGrid grid, int classes, IntBinaryOperator classOf, double top) {
        double[] p = new double[grid.cells() * classes];
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                int base = (r * grid.columns() + c) * classes;
                int k = classOf.applyAsInt(c, r);
                for (int j = 0; j < classes; j++) {
                    p[base + j] = j == k ? top : (1 - top) / (classes - 1);
                }
            }
        }
        return p;
    }

    private static Color at(RegionsFigure figure, BufferedImage image, ChartRenderingInfo info, double x, double y) {
        return Pixels.colour(image, Pixels.of(figure.plot(), info, x, y));
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void xorRegionsAreDrawnInTheirClassColoursWithRowZeroAtTheBottom() {
        RegionsFigure figure = figure(XOR_GRID, "same", "different");
        figure.setProbabilities(probabilities(XOR_GRID, 2, (c, r) -> c == r ? 0 : 1, 0.9));

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 400, info);

        Color same = figure.regionColour(0, 0.9);
        Color different = figure.regionColour(1, 0.9);
        assertThat(same).isNotEqualTo(different);
        assertThat(at(figure, image, info, XOR_GRID.centreX(0), XOR_GRID.centreY(0))).as("cell (0, 0)").isEqualTo(same);
        assertThat(at(figure, image, info, XOR_GRID.centreX(0), XOR_GRID.centreY(1))).as("cell (0, 1)").isEqualTo(different);
        assertThat(at(figure, image, info, XOR_GRID.centreX(1), XOR_GRID.centreY(0))).as("cell (1, 0)").isEqualTo(different);
        assertThat(at(figure, image, info, XOR_GRID.centreX(1), XOR_GRID.centreY(1))).as("cell (1, 1)").isEqualTo(same);
        // the cells fill the grid to its corners
        assertThat(at(figure, image, info, -0.95, 10.05)).isEqualTo(same);
        assertThat(at(figure, image, info, -0.95, 11.95)).isEqualTo(different);
    }

    @Test
    void everyCellIsDrawnAtItsOwnColumnAndRow() {
        RegionGrid grid = new RegionGrid(0, 3, 0, 2, 3, 2);
        RegionsFigure figure = figure(grid, "a", "b", "c");
        IntBinaryOperator classOf = (c, r) -> (c + 2 * r) % 3; // no symmetry: a swap or flip changes the picture
        figure.setProbabilities(probabilities(grid, 3, classOf, 1.0));

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(450, 300, info);

        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                assertThat(at(figure, image, info, grid.centreX(c), grid.centreY(r))).as("cell (%d, %d)", c, r)
                        .isEqualTo(figure.regionColour(classOf.applyAsInt(c, r), 1.0));
            }
        }
    }

    @Test
    void aDataPointIsDrawnInItsClassColourWithADarkOutline() {
        RegionsFigure figure = RegionsFigure.builder(XOR_GRID, List.of("same", "different"))
                .points(new double[] {-0.5, 2.5}, new double[] {11.5, 11.5}, new int[] {0, 1})
                .build();
        figure.setProbabilities(probabilities(XOR_GRID, 2, (c, r) -> c == r ? 0 : 1, 1.0));

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 400, info);

        // each point sits in the other class's region, and its own colour shows there
        Point first = Pixels.of(figure.plot(), info, -0.5, 11.5);
        Point second = Pixels.of(figure.plot(), info, 2.5, 11.5);
        assertThat(Pixels.colour(image, first)).isEqualTo(figure.classColour(0));
        assertThat(Pixels.colour(image, second)).isEqualTo(figure.classColour(1));
        assertThat(Pixels.near(image, second, 6, rgb -> (rgb >> 16 & 0xFF) < 90 && (rgb >> 8 & 0xFF) < 90 && (rgb & 0xFF) < 90))
                .as("a dark outline").isTrue();
        assertThat(Pixels.near(image, second, 12, rgb -> rgb == (figure.regionColour(1, 1.0).getRGB() & 0xFFFFFF)))
                .as("no region of its own class near it").isFalse();
        assertThat(figure.pointCount()).isEqualTo(2);
    }

    @Test
    void pointsAreDarkerThanEvenTheFullestRegionOfTheirClass() {
        RegionsFigure figure = figure(XOR_GRID, "a", "b");

        for (int k = 0; k < 2; k++) {
            assertThat(luminance(figure.classColour(k))).isLessThan(luminance(figure.regionColour(k, 1.0)));
        }
        assertThat(figure.classColour(1)).isEqualTo(Palette.run(1));
    }

    @Test
    void aTieGivesThePalestShadeAndCertaintyTheFullest() {
        RegionsFigure figure = figure(XOR_GRID, "a", "b");
        figure.setProbabilities(probabilities(XOR_GRID, 2, (c, r) -> 0, 0.5));

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(300, 300, info);

        Color palest = figure.regionColour(0, 0.5);
        assertThat(at(figure, image, info, XOR_GRID.centreX(1), XOR_GRID.centreY(0))).isEqualTo(palest);
        assertThat(figure.regionColour(0, 0.2)).as("below chance is clamped").isEqualTo(palest);
        assertThat(figure.regionColour(0, 1.0)).isEqualTo(figure.regionColour(0, 1.5));
        assertThat(luminance(palest)).isGreaterThan(luminance(figure.regionColour(0, 0.75)));
        assertThat(luminance(figure.regionColour(0, 0.75))).isGreaterThan(luminance(figure.regionColour(0, 1.0)));
        assertThat(palest).as("pale but still tinted").isNotEqualTo(Color.WHITE);
        assertThat(Math.min(palest.getRed(), Math.min(palest.getGreen(), palest.getBlue()))).as("near white").isGreaterThan(220);
    }

    @Test
    void theChanceLevelDependsOnTheNumberOfClasses() {
        RegionsFigure three = figure(XOR_GRID, "a", "b", "c");

        assertThat(three.regionColour(2, 1.0 / 3)).isEqualTo(three.regionColour(2, 0.0));
        assertThat(three.regionColour(2, 0.5)).isNotEqualTo(three.regionColour(2, 1.0 / 3));
    }

    @Test
    void aCellWithANanProbabilityIsDrawnMissing() {
        RegionsFigure figure = figure(XOR_GRID, "a", "b");
        double[] p = probabilities(XOR_GRID, 2, (c, r) -> 1, 0.8);
        p[(1 * 2 + 0) * 2 + 1] = Double.NaN; // column 0, row 1, class 1
        figure.setProbabilities(p);

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(300, 300, info);

        assertThat(at(figure, image, info, XOR_GRID.centreX(0), XOR_GRID.centreY(1))).isEqualTo(Palette.MISSING);
        assertThat(at(figure, image, info, XOR_GRID.centreX(0), XOR_GRID.centreY(0))).isEqualTo(figure.regionColour(1, 0.8));
    }

    @Test
    void theRegionsAreBlankUntilTheFirstProbabilities() {
        RegionsFigure figure = figure(XOR_GRID, "a", "b");

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(300, 300, info);

        assertThat(figure.hasRegions()).isFalse();
        assertThat(at(figure, image, info, 1, 11)).isEqualTo(Color.WHITE);
    }

    @Test
    void updatingAHundredTimesReusesOneImageAndFiresOneChangeEach() {
        RegionGrid grid = new RegionGrid(-2, 2, -2, 2, 40, 30);
        RegionsFigure figure = figure(grid, "a", "b", "c");
        BufferedImage regions = figure.regionsImage();
        AtomicInteger changes = new AtomicInteger();
        figure.chart().addChangeListener(event -> changes.incrementAndGet());
        double[] p = new double[grid.cells() * 3];

        for (int step = 0; step < 100; step++) {
            int k = step % 3;
            for (int cell = 0; cell < grid.cells(); cell++) {
                for (int j = 0; j < 3; j++) {
                    p[cell * 3 + j] = j == k ? 0.6 : 0.2;
                }
            }
            figure.setProbabilities(p);
        }

        assertThat(changes).hasValue(100);
        assertThat(figure.regionsImage()).isSameAs(regions);
        assertThat(regions.getWidth()).isEqualTo(40);
        assertThat(regions.getHeight()).isEqualTo(30);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(300, 300, info);
        assertThat(at(figure, image, info, 0.3, -0.7)).as("the last update shows").isEqualTo(figure.regionColour(0, 0.6));
    }

    @Test
    void theLegendNamesTheClassesInTheirColours() {
        RegionsFigure figure = figure(XOR_GRID, "setosa", "versicolor", "virginica");

        LegendItemCollection items = figure.plot().getLegendItems();

        assertThat(items.getItemCount()).isEqualTo(3);
        for (int k = 0; k < 3; k++) {
            assertThat(items.get(k).getLabel()).isEqualTo(figure.className(k));
            assertThat(items.get(k).getFillPaint()).isEqualTo(Palette.run(k));
        }
        assertThat(figure.chart().getLegend()).isNotNull();
    }

    @Test
    void theAxesSpanTheGridAndAreNamedByTheFeatures() {
        RegionsFigure figure = RegionsFigure.builder(XOR_GRID, List.of("a", "b")).featureNames("petal length", "petal width").build();

        assertThat(figure.plot().getDomainAxis().getLabel()).isEqualTo("petal length");
        assertThat(figure.plot().getRangeAxis().getLabel()).isEqualTo("petal width");
        assertThat(figure.plot().getDomainAxis().getLowerBound()).isEqualTo(-1);
        assertThat(figure.plot().getDomainAxis().getUpperBound()).isEqualTo(3);
        assertThat(figure.plot().getRangeAxis().getLowerBound()).isEqualTo(10);
        assertThat(figure.plot().getRangeAxis().getUpperBound()).isEqualTo(12);
    }

    @Test
    void theTitleCanBeSetChangedAndRemoved() {
        RegionsFigure figure = RegionsFigure.builder(XOR_GRID, List.of("a", "b")).title("step 0").build();
        assertThat(figure.title()).isEqualTo("step 0");

        figure.setTitle("step 100, accuracy 100 %");
        assertThat(figure.title()).isEqualTo("step 100, accuracy 100 %");
        assertThat(figure.chart().getTitle().getText()).isEqualTo("step 100, accuracy 100 %");
        figure.render(300, 300);

        figure.setTitle(null);
        assertThat(figure.title()).isNull();
        figure.render(300, 300);
    }

    @Test
    void rejectsProbabilitiesOfTheWrongLength() {
        RegionsFigure figure = figure(XOR_GRID, "a", "b");

        assertThatThrownBy(() -> figure.setProbabilities(new double[7])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 x 2 cells x 2 classes = 8").hasMessageContaining("got 7");
        assertThatThrownBy(() -> figure.setProbabilities(new double[4])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 4");
        assertThat(figure.hasRegions()).isFalse();
    }

    @Test
    void rejectsPointsThatDoNotMatchOrNameNoClass() {
        RegionsFigure.Builder builder = RegionsFigure.builder(XOR_GRID, List.of("a", "b"));

        assertThatThrownBy(() -> builder.points(new double[2], new double[3], new int[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x1 2, x2 3, classes 2");
        assertThatThrownBy(() -> builder.points(new double[2], new double[2], new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 1 has class 2");
        assertThatThrownBy(() -> builder.points(new double[] {0, Double.NaN}, new double[2], new int[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 1 is not finite");
    }

    @Test
    void rejectsFewerThanTwoClassesAndRepeatedNames() {
        assertThatThrownBy(() -> RegionsFigure.builder(XOR_GRID, List.of("only")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 classes");
        assertThatThrownBy(() -> RegionsFigure.builder(XOR_GRID, List.of("a", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
    }
}
