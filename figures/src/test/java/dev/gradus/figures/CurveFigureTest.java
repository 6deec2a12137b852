package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Box;
import java.awt.Point;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;

class CurveFigureTest {

    @Test
    void theTangentOfXSquaredAtOneHasSlopeTwoThroughThePoint() {
        CurveFigure figure = CurveFigure.of(TestObjectives.parabola());

        figure.setPoint(1, 1, 2);

        Line2D.Double tangent = figure.tangent();
        assertThat((tangent.y2 - tangent.y1) / (tangent.x2 - tangent.x1)).isCloseTo(2, within(1e-12));
        assertThat(tangent.ptLineDist(1, 1)).isCloseTo(0, within(1e-12));
        assertThat(tangent.x1).isLessThan(1);
        assertThat(tangent.x2).isGreaterThan(1);
        assertThat((tangent.x1 + tangent.x2) / 2).isCloseTo(1, within(1e-12));
    }

    @Test
    void theCurrentPointIsMarkedAtItsPixel() {
        CurveFigure figure = CurveFigure.of(TestObjectives.parabola());
        figure.setPoint(1, 1, 2);

        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = figure.render(400, 300, info);

        Point p = Pixels.of(figure.plot(), info, 1, 1);
        assertThat(Pixels.colour(image, new Point(p.x + 3, p.y - 3))).isEqualTo(Palette.run(0));
        Point elsewhere = Pixels.of(figure.plot(), info, -1, 3);
        assertThat(Pixels.colour(image, elsewhere)).isNotEqualTo(Palette.run(0));
    }

    @Test
    void anotherRunsMarkerIsDrawnInItsColourWhereItStands() {
        CurveFigure figure = CurveFigure.of(TestObjectives.parabola());
        int marker = figure.addMarker("2 adam", Palette.run(1));
        figure.setPoint(1, 1, 2);
        figure.setMarker(marker, -1, 1);
        ChartRenderingInfo info = new ChartRenderingInfo();

        BufferedImage image = figure.render(400, 300, info);

        Point p = Pixels.of(figure.plot(), info, -1, 1);
        assertThat(Pixels.colour(image, new Point(p.x + 2, p.y - 2))).isEqualTo(Palette.run(1));
        assertThat(figure.markerCount()).isEqualTo(1);
        figure.clearMarker(marker);
        BufferedImage cleared = figure.render(400, 300, info);
        assertThat(Pixels.colour(cleared, new Point(p.x + 2, p.y - 2))).isNotEqualTo(Palette.run(1));
    }

    @Test
    void theTrailOfEarlierPositionsIsDrawnTranslucentBehindThePointAndClearedWithIt() {
        CurveFigure figure = CurveFigure.of(TestObjectives.parabola());
        figure.setPoint(0.5, 0.25, 1);
        figure.setTangentVisible(false);
        figure.setTrail(new double[] {-1.3, -0.9}, new double[] {2.6, 2.6}, 2);
        ChartRenderingInfo info = new ChartRenderingInfo();

        BufferedImage image = figure.render(400, 300, info);

        assertThat(figure.trailLength()).isEqualTo(2);
        for (double x : new double[] {-1.3, -0.9}) {
            java.awt.Color c = Pixels.colour(image, Pixels.of(figure.plot(), info, x, 2.6));
            // the first run's colour at alpha 110 over the white plot
            java.awt.Color run = Palette.run(0);
            assertThat(Math.abs(c.getRed() - (run.getRed() * 110 + 255 * 145) / 255)).isLessThanOrEqualTo(3);
            assertThat(Math.abs(c.getGreen() - (run.getGreen() * 110 + 255 * 145) / 255)).isLessThanOrEqualTo(3);
            assertThat(Math.abs(c.getBlue() - (run.getBlue() * 110 + 255 * 145) / 255)).isLessThanOrEqualTo(3);
        }
        figure.clearPoint();
        assertThat(figure.trailLength()).isZero();
        BufferedImage cleared = figure.render(400, 300, info);
        assertThat(Pixels.colour(cleared, Pixels.of(figure.plot(), info, -1.3, 2.6))).isEqualTo(java.awt.Color.WHITE);
    }

    private static boolean firstRunColour(int rgb) {
        java.awt.Color run = Palette.run(0);
        return Math.abs((rgb >> 16 & 0xFF) - run.getRed()) < 40 && Math.abs((rgb >> 8 & 0xFF) - run.getGreen()) < 40
                && Math.abs((rgb & 0xFF) - run.getBlue()) < 40;
    }

    @Test
    void stateVectorsOnACurveAreAHorizontalArrowForADirectionAndABarForAScale() {
        CurveFigure figure = CurveFigure.of(TestObjectives.parabola());
        figure.setPoint(0, 0, 0);
        figure.setTangentVisible(false);
        ChartRenderingInfo info = new ChartRenderingInfo();
        figure.render(400, 300, info);
        Point at = Pixels.of(figure.plot(), info, 0, 0);
        Point alongArrow = Pixels.of(figure.plot(), info, -0.5, 0);

        figure.setStateGlyphs(java.util.List.of(StateGlyph.direction("velocity", new double[] {-1})));
        BufferedImage arrow = figure.render(400, 300, info);
        assertThat(Pixels.near(arrow, alongArrow, 2, CurveFigureTest::firstRunColour)).as("the arrow to the left").isTrue();

        figure.setStateGlyphs(java.util.List.of(StateGlyph.scale("second moment", new double[] {0.25}, 1)));
        BufferedImage bar = figure.render(400, 300, info);
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        int half = (int) Math.round(Math.min(area.getWidth(), area.getHeight()) / 6 * 0.5);
        assertThat(Pixels.near(bar, new Point(at.x + half, at.y - 12), 2, CurveFigureTest::firstRunColour)).as("the bar's right end").isTrue();
        assertThat(Pixels.near(bar, new Point(at.x + half + 10, at.y - 12), 2, CurveFigureTest::firstRunColour)).as("nothing beyond it").isFalse();
        assertThat(Pixels.near(bar, alongArrow, 2, CurveFigureTest::firstRunColour)).as("the arrow is gone").isFalse();

        figure.clearPoint();
        assertThat(figure.stateGlyphs()).isEmpty();
        assertThatThrownBy(() -> figure.setStateGlyphs(java.util.List.of(StateGlyph.direction("v", new double[] {1, 2}))))
                .hasMessageContaining("1 component");
    }

    @Test
    void aCurveThatTowersAtTheEdgesIsCutSoItsMiddleShowsAndAParabolaIsNot() {
        // flat in the middle, shooting up near the edges: x^8 on [-2, 2] reaches 256, its lowest three quarters stay under 1.5^8 = 25.6
        CurveFigure towering = CurveFigure.of(x -> Math.pow(x, 8), Box.interval(-2, 2), 401, "x", null);
        CurveFigure parabola = CurveFigure.of(TestObjectives.parabola());

        double top = towering.plot().getRangeAxis().getUpperBound();
        assertThat(top).isLessThan(100).isGreaterThan(3 * 20.0);
        assertThat(parabola.plot().getRangeAxis().getUpperBound()).as("x^2 keeps its whole range").isGreaterThanOrEqualTo(4.0);
    }

    @Test
    void movingThePointKeepsTheAxesAndTheCurve() {
        CurveFigure figure = CurveFigure.of(TestObjectives.parabola());
        double low = figure.plot().getRangeAxis().getLowerBound();
        double high = figure.plot().getRangeAxis().getUpperBound();

        for (int k = 0; k < 100; k++) {
            double x = 1.5 - k * 0.01;
            figure.setPoint(x, x * x, 2 * x);
        }

        assertThat(figure.plot().getRangeAxis().getLowerBound()).isEqualTo(low);
        assertThat(figure.plot().getRangeAxis().getUpperBound()).isEqualTo(high);
        assertThat(figure.plot().getDomainAxis().getLowerBound()).isEqualTo(-2);
        assertThat(figure.plot().getDomainAxis().getUpperBound()).isEqualTo(2);
        assertThat(high).isGreaterThan(4);
        assertThat(low).isLessThan(0);
    }

    @Test
    void theCurveIsSampledOnceAndNonFiniteValuesBreakItWithoutFailing() {
        AtomicInteger calls = new AtomicInteger();
        CurveFigure figure = CurveFigure.of(x -> {
            calls.incrementAndGet();
            return x < 0 ? Double.NaN : x > 1.5 ? Double.POSITIVE_INFINITY : Math.sqrt(x);
        }, Box.interval(-1, 2), 301, "w", null);

        figure.setPoint(1, 1, 0.5);
        figure.render(300, 200);
        figure.setPoint(0.5, Math.sqrt(0.5), Double.NaN);
        figure.render(300, 200);

        assertThat(calls).hasValue(301);
        assertThat(figure.tangent()).isNull();
        assertThat(figure.plot().getRangeAxis().getUpperBound()).isLessThan(2);
        assertThat(figure.plot().getDomainAxis().getLabel()).isEqualTo("w");
    }

    @Test
    void anOverlayCanBeSetNamedAndCleared() {
        CurveFigure figure = CurveFigure.of(TestObjectives.parabola());

        figure.setOverlay(new double[] {-2, 0, 2}, new double[] {3, 0.5, 3});
        figure.setOverlayName("batch fit");

        assertThat(figure.plot().getLegendItems().getItemCount()).isEqualTo(2);
        assertThat(figure.plot().getLegendItems().get(1).getLabel()).isEqualTo("batch fit");
        assertThat(figure.plot().getDataset().getItemCount(1)).isEqualTo(3);

        figure.clearOverlay();
        assertThat(figure.plot().getDataset().getItemCount(1)).isZero();
        assertThat(figure.plot().getLegendItems().getItemCount()).isEqualTo(1);
    }

    @Test
    void theTangentCanBeHiddenAndThePointCleared() {
        CurveFigure figure = CurveFigure.of(TestObjectives.parabola());
        figure.setPoint(1, 1, 2);

        figure.setTangentVisible(false);
        assertThat(figure.plot().getDataset().getItemCount(2)).isZero();
        figure.setTangentVisible(true);
        assertThat(figure.plot().getDataset().getItemCount(2)).isEqualTo(2);

        figure.clearPoint();
        assertThat(figure.tangent()).isNull();
        assertThat(figure.plot().getDataset().getItemCount(3)).isZero();
    }

    @Test
    void rejectsObjectivesThatAreNot1D() {
        assertThatThrownBy(() -> CurveFigure.of(TestObjectives.shiftedBowl(new AtomicInteger())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurveFigure.of(x -> x, Box.cube(2, 0, 1), 10, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
