package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Box;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class LandscapeFigureTest {

    private static Landscape sphere() {
        return Landscape.sample(p -> p[0] * p[0] + p[1] * p[1], Box.cube(2, -2, 2), 200, 200);
    }

    @Test
    void runsWithoutADisplay() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void aPathIsDrawnWhereItsDataPointsMapAndNowhereElse() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();
        int path = figure.addPath("red", Color.RED);
        figure.setPath(path, new double[] {-1, 1}, new double[] {-1, 1}, 2);

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 400, info);
        XYPlot plot = figure.plot();

        Point centre = Pixels.of(plot, info, 0, 0);
        assertThat(Pixels.near(image, centre, 1, Pixels::reddish)).as("red at (0, 0)").isTrue();
        assertThat(Pixels.near(image, Pixels.of(plot, info, 0.5, 0.5), 1, Pixels::reddish)).isTrue();

        Point from = Pixels.of(plot, info, -1, -1);
        Point to = Pixels.of(plot, info, 1, 1);
        Line2D.Double segment = new Line2D.Double(from, to);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        int far = 0;
        for (int y = (int) area.getMinY() + 1; y < area.getMaxY() - 1; y++) {
            for (int x = (int) area.getMinX() + 1; x < area.getMaxX() - 1; x++) {
                if (segment.ptSegDist(x, y) > 12 && Pixels.reddish(image.getRGB(x, y) & 0xFFFFFF)) {
                    far++;
                }
            }
        }
        assertThat(far).as("red pixels far from the path").isZero();
    }

    @Test
    void theCurrentPointIsMarkedLargerThanTheOthers() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();
        int path = figure.addPath("red", Color.RED);
        figure.setPath(path, new double[] {-1, 1}, new double[] {-1, 1}, 2);

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 400, info);

        Point current = Pixels.of(figure.plot(), info, 1, 1);
        Point start = Pixels.of(figure.plot(), info, -1, -1);
        // the current point's disc fills its neighbourhood; the start's small marker and the line do not
        assertThat(Pixels.count(image, current, 4, Pixels::reddish)).isGreaterThan(60);
        assertThat(Pixels.count(image, start, 4, Pixels::reddish)).isLessThan(40);
    }

    @Test
    void missingSamplesAreDrawnInTheMissingColourWithoutFailing() {
        Landscape halfNan = Landscape.sample(p -> p[0] < 0 ? Double.NaN : p[0] * p[0] + p[1] * p[1], Box.cube(2, -2, 2), 200, 200);
        LandscapeFigure figure = LandscapeFigure.builder(halfNan).build();

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 400, info);

        assertThat(Pixels.colour(image, Pixels.of(figure.plot(), info, -1, 0.5))).isEqualTo(Palette.MISSING);
        assertThat(Pixels.colour(image, Pixels.of(figure.plot(), info, -1.5, -1.5))).isEqualTo(Palette.MISSING);
        assertThat(Pixels.colour(image, Pixels.of(figure.plot(), info, 1.2, 0.3))).isNotEqualTo(Palette.MISSING);
    }

    @Test
    void aLandscapeWithNoFiniteSampleStillRenders() {
        LandscapeFigure figure = LandscapeFigure.builder(Landscape.sample(p -> Double.NaN, Box.cube(2, -1, 1), 20, 20)).build();
        int path = figure.addPath("lost");
        figure.setPath(path, new double[] {0, Double.NaN}, new double[] {0, Double.NaN}, 2);

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(300, 300, info);

        assertThat(figure.contours()).isEmpty();
        assertThat(Pixels.colour(image, Pixels.of(figure.plot(), info, 0.5, 0.5))).isEqualTo(Palette.MISSING);
    }

    @Test
    void theColourBarSpansTheLevelRange() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();

        assertThat(figure.colourBarRange().getLowerBound()).isEqualTo(figure.levels().lower());
        assertThat(figure.colourBarRange().getUpperBound()).isEqualTo(figure.levels().upper());
        assertThat(figure.colourBar().getScale().getLowerBound()).isEqualTo(figure.levels().lower());
        assertThat(figure.colourBar().getScale().getUpperBound()).isEqualTo(figure.levels().upper());
        assertThat(figure.colourBar().getAxis().getRange()).isEqualTo(figure.colourBarRange());
        assertThat(figure.levels().upper()).isEqualTo(8);
    }

    @Test
    void aLogarithmicColourBarRunsInDecadesUpToTheTopLevel() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).logScaled(true).build();
        ContourLevels levels = figure.levels();

        assertThat(levels.spacing()).isEqualTo(ContourLevels.Spacing.LOGARITHMIC);
        assertThat(figure.colourBar().getAxis().getLowerBound()).isEqualTo(-levels.decades());
        assertThat(figure.colourBar().getAxis().getUpperBound()).isZero();
        assertThat(figure.colourBarRange().getUpperBound()).isEqualTo(levels.upper());
        assertThat(figure.colourBarRange().getLowerBound()).isCloseTo(levels.level(0), within(1e-12));
        figure.render(300, 300);
    }

    @Test
    void theKnownMinimaAreMarkedAtTheirPoints() {
        AtomicInteger calls = new AtomicInteger();
        LandscapeFigure figure = LandscapeFigure.of(TestObjectives.shiftedBowl(calls));

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 400, info);

        assertThat(Pixels.whitish(Pixels.colour(image, Pixels.of(figure.plot(), info, 1, -0.5)).getRGB() & 0xFFFFFF)).isTrue();
        assertThat(Pixels.near(image, Pixels.of(figure.plot(), info, -1, 1), 3, Pixels::whitish)).isFalse();
    }

    @Test
    void anObjectivesFigureUsesItsMetadata() {
        LandscapeFigure figure = LandscapeFigure.of(TestObjectives.shiftedBowl(new AtomicInteger()));

        assertThat(figure.plot().getDomainAxis().getLabel()).isEqualTo("u");
        assertThat(figure.plot().getRangeAxis().getLabel()).isEqualTo("v");
        assertThat(figure.plot().getDomainAxis()).isInstanceOf(NumberAxis.class);
        assertThat(figure.levels().spacing()).isEqualTo(ContourLevels.Spacing.LOGARITHMIC);
        assertThat(figure.chart().getTitle().getText()).isEqualTo("(u - 1)^2 + (v + 0.5)^2");
        assertThat(figure.landscape().nx()).isEqualTo(Landscape.DEFAULT_RESOLUTION);
        assertThat(figure.contours()).hasSize(figure.levels().count());
    }

    @Test
    void pathsTakeRunColoursInOrderAndTheirNamesInTheLegend() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();
        int a = figure.addPath("adam");
        int b = figure.addPath("sgd");

        assertThat(figure.pathColour(a)).isEqualTo(Palette.run(0));
        assertThat(figure.pathColour(b)).isEqualTo(Palette.run(1));
        assertThat(figure.plot().getLegendItems().get(1).getLabel()).isEqualTo("sgd");
        assertThat(figure.plot().getLegendItems().get(1).getLinePaint()).isEqualTo(Palette.run(1));
    }

    @Test
    void arrowsAreDrawnFromTheCurrentPointAndCanBeTurnedOff() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();
        int path = figure.addPath("red", Color.RED);
        figure.setPath(path, new double[] {-1, 0}, new double[] {-1, 0}, 2);
        figure.setArrows(path, null, new double[] {1, 0});

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage shown = figure.render(400, 400, info);
        Point alongStep = Pixels.of(figure.plot(), info, 0.5, 0);
        assertThat(Pixels.near(shown, alongStep, 1, Pixels::reddish)).isTrue();

        figure.setArrowsVisible(false);
        BufferedImage hidden = figure.render(400, 400, info);
        assertThat(Pixels.near(hidden, alongStep, 2, Pixels::reddish)).isFalse();

        figure.setArrowsVisible(true);
        figure.clearArrows(path);
        assertThat(Pixels.near(figure.render(400, 400, info), alongStep, 2, Pixels::reddish)).isFalse();
    }

    @Test
    void stateVectorsAreDrawnAsArrowsFromTheCurrentPointAndClearedWithTheOthers() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();
        int path = figure.addPath("red", Color.RED);
        figure.appendPoint(path, 0, 0);
        figure.setStateVectors(path, java.util.List.of("velocity"), java.util.List.of(new double[] {-1, 0}));

        ChartRenderingInfo info = new ChartRenderingInfo();
        Point along = Pixels.of(figure.plot(), info, -0.5, 0);
        BufferedImage shown = figure.render(400, 400, info);
        along = Pixels.of(figure.plot(), info, -0.5, 0);
        assertThat(Pixels.near(shown, along, 3, Pixels::reddish)).isTrue();

        figure.clearArrows(path);
        assertThat(Pixels.near(figure.render(400, 400, info), along, 3, Pixels::reddish)).isFalse();
    }

    @Test
    void aScaleStateVectorIsAnEllipseWhoseHalfWidthsGoAsTheRootsOfItsComponents() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();
        int path = figure.addPath("red", Color.RED);
        figure.appendPoint(path, 0, 0);
        // components 1 and 1/4 against a largest of 1: half-widths R and R/2
        figure.setStateGlyphs(path, java.util.List.of(StateGlyph.scale("second moment", new double[] {1, 0.25}, 1)));

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 400, info);
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        int r = (int) Math.round(Math.min(area.getWidth(), area.getHeight()) / 6);
        Point at = Pixels.of(figure.plot(), info, 0, 0);

        assertThat(Pixels.near(image, new Point(at.x + r, at.y), 2, Pixels::reddish)).as("right end at R").isTrue();
        assertThat(Pixels.near(image, new Point(at.x - r, at.y), 2, Pixels::reddish)).as("left end at R").isTrue();
        assertThat(Pixels.near(image, new Point(at.x, at.y + r / 2), 2, Pixels::reddish)).as("bottom at R/2").isTrue();
        assertThat(Pixels.near(image, new Point(at.x, at.y + r), 3, Pixels::reddish)).as("nothing at R below").isFalse();
        assertThat(Pixels.near(image, new Point(at.x + r + 8, at.y), 3, Pixels::reddish)).as("nothing beyond R").isFalse();
        assertThatThrownBy(() -> figure.setStateGlyphs(path, java.util.List.of(StateGlyph.direction("v", new double[] {1}))))
                .hasMessageContaining("2 components");
    }

    @Test
    void aPointStateVectorIsADiamondWhereItIsNotFromTheCurrentPoint() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();
        int path = figure.addPath("red", Color.RED);
        figure.appendPoint(path, 0, 0);
        figure.setStateGlyphs(path, java.util.List.of(StateGlyph.point("average", new double[] {0.5, 0.5})));

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 400, info);
        Point at = Pixels.of(figure.plot(), info, 0.5, 0.5);

        assertThat(Pixels.near(image, new Point(at.x + 7, at.y), 1, Pixels::reddish)).as("its right corner").isTrue();
        assertThat(Pixels.near(image, new Point(at.x, at.y + 7), 1, Pixels::reddish)).as("its bottom corner").isTrue();
        assertThat(Pixels.near(image, at, 2, Pixels::reddish)).as("hollow").isFalse();
        assertThatThrownBy(() -> new StateGlyph("v", dev.gradus.api.optimizer.StateVectorKind.POINT, new double[] {1, 1}, 2.0))
                .hasMessageContaining("only a scale glyph");
    }

    @Test
    void aGradientArrowIsDrawnDashedAlongTheGradient() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();
        int path = figure.addPath("red", Color.RED);
        figure.appendPoint(path, 0, 0);
        figure.setArrows(path, new double[] {0, 1}, null);

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 400, info);

        Point start = Pixels.of(figure.plot(), info, 0, 0);
        Point tip = Pixels.of(figure.plot(), info, 0, 1);
        int red = 0;
        int gaps = 0;
        for (int y = tip.y + 10; y < start.y - 10; y++) {
            if (Pixels.near(image, new Point(start.x, y), 0, Pixels::reddish)) {
                red++;
            } else {
                gaps++;
            }
        }
        assertThat(red).isPositive();
        assertThat(gaps).as("dashes").isPositive();
    }

    @Test
    void updatingAPathAThousandTimesNeverResamplesOrRecoloursTheLandscape() {
        AtomicInteger calls = new AtomicInteger();
        LandscapeFigure figure = LandscapeFigure.of(TestObjectives.shiftedBowl(calls));
        BufferedImage landscapeImage = figure.landscapeImage();
        int path = figure.addPath("run");
        double[] xs = new double[1000];
        double[] ys = new double[1000];

        for (int k = 0; k < 1000; k++) {
            xs[k] = -1.5 + k * 0.0025;
            ys[k] = 1.5 - k * 0.002;
            figure.setPath(path, xs, ys, k + 1);
            figure.setArrows(path, new double[] {0.1, 0.1}, new double[] {-0.01, 0.01});
        }
        figure.render(200, 200);

        assertThat(calls).hasValue(Landscape.DEFAULT_RESOLUTION * Landscape.DEFAULT_RESOLUTION);
        assertThat(figure.landscapeImage()).isSameAs(landscapeImage);
    }

    @Test
    void rejectsACountBeyondTheArrays() {
        LandscapeFigure figure = LandscapeFigure.builder(sphere()).build();
        int path = figure.addPath("run");

        assertThatThrownBy(() -> figure.setPath(path, new double[2], new double[3], 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> figure.setPath(5, new double[2], new double[2], 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> figure.setArrows(path, new double[3], null)).isInstanceOf(IllegalArgumentException.class);
    }
}
