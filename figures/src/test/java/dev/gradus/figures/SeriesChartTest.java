package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.api.objective.Box;
import java.awt.Color;
import java.util.Collection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class SeriesChartTest {

    @Test
    void nanAndInfiniteValuesAreSkipped() {
        SeriesChart chart = new SeriesChart(null, "loss");
        int run = chart.addSeries("adam");

        chart.append(run, 0, 1.0);
        chart.append(run, 1, Double.NaN);
        chart.append(run, 2, 0.5);
        chart.append(run, 3, Double.POSITIVE_INFINITY);
        chart.setSeries(chart.addSeries("sgd"), new long[] {0, 1, 2}, new double[] {Double.NaN, 2, 1}, 3);

        assertThat(chart.pointCount(run)).isEqualTo(2);
        assertThat(chart.plot().getDataset().getXValue(run, 1)).isEqualTo(2);
        assertThat(chart.pointCount(1)).isEqualTo(2);
        chart.render(300, 200);
    }

    @Test
    void theValueAxisTurnsLogarithmicForPositiveValuesSpanningMoreThanTwoDecades() {
        SeriesChart chart = new SeriesChart(null, "loss");
        int run = chart.addSeries("adam");

        for (int k = 0; k <= 8; k++) {
            chart.append(run, k, Math.pow(10, -k));
        }

        assertThat(chart.isLogarithmic()).isTrue();
        assertThat(chart.plot().getRangeAxis()).isInstanceOf(LogAxis.class);
        chart.render(300, 200);
    }

    @Test
    void theValueAxisStaysLinearForNarrowSpans() {
        SeriesChart chart = new SeriesChart(null, "loss");
        int run = chart.addSeries("adam");

        chart.append(run, 0, 1);
        chart.append(run, 1, 0.011);

        assertThat(chart.isLogarithmic()).isFalse();
    }

    @Test
    void theValueAxisStaysLinearWhenAValueIsZeroOrNegative() {
        SeriesChart withZero = new SeriesChart(null, "accuracy");
        int a = withZero.addSeries("a");
        withZero.append(a, 0, 1e-8);
        withZero.append(a, 1, 1);
        assertThat(withZero.isLogarithmic()).isTrue();
        withZero.append(a, 2, 0);
        assertThat(withZero.isLogarithmic()).isFalse();
        assertThat(withZero.plot().getRangeAxis()).isInstanceOf(NumberAxis.class);

        SeriesChart withNegative = new SeriesChart(null, "f");
        int b = withNegative.addSeries("b");
        withNegative.append(b, 0, 1e-8);
        withNegative.append(b, 1, -1);
        withNegative.append(b, 2, 1);
        assertThat(withNegative.isLogarithmic()).isFalse();
    }

    @Test
    void clearingTheOffendingSeriesLetsTheAxisTurnLogarithmicAgain() {
        SeriesChart chart = new SeriesChart(null, "loss");
        int good = chart.addSeries("good");
        int bad = chart.addSeries("bad");
        chart.append(good, 0, 1);
        chart.append(good, 1, 1e-6);
        chart.append(bad, 0, -3);
        assertThat(chart.isLogarithmic()).isFalse();

        chart.clear(bad);

        assertThat(chart.isLogarithmic()).isTrue();
    }

    @Test
    void theScaleCanBeForced() {
        SeriesChart chart = new SeriesChart(null, "loss");
        int run = chart.addSeries("adam");
        chart.append(run, 0, 1);
        chart.append(run, 1, 1e-8);

        chart.setYScale(SeriesChart.YScale.LINEAR);
        assertThat(chart.isLogarithmic()).isFalse();
        chart.setYScale(SeriesChart.YScale.AUTOMATIC);
        assertThat(chart.isLogarithmic()).isTrue();

        SeriesChart narrow = new SeriesChart(null, "loss");
        narrow.setYScale(SeriesChart.YScale.LOGARITHMIC);
        assertThat(narrow.isLogarithmic()).isTrue();
        assertThat(narrow.yScale()).isEqualTo(SeriesChart.YScale.LOGARITHMIC);
    }

    @Test
    void theCursorMarksAStepAndMoves() {
        SeriesChart chart = new SeriesChart(null, "loss");
        chart.append(chart.addSeries("adam"), 0, 1);

        assertThat(chart.cursor()).isNaN();
        chart.setCursor(40);
        chart.setCursor(41);

        Collection<?> shown = chart.plot().getDomainMarkers(Layer.FOREGROUND);
        assertThat(chart.cursor()).isEqualTo(41);
        assertThat(shown).hasSize(1);
        chart.clearCursor();
        Collection<?> hidden = chart.plot().getDomainMarkers(Layer.FOREGROUND);
        assertThat(chart.cursor()).isNaN();
        assertThat(hidden).isNullOrEmpty();
    }

    @Test
    void seriesTakeTheSameRunColoursAsLandscapePaths() {
        SeriesChart chart = new SeriesChart(null, "loss");
        LandscapeFigure figure = LandscapeFigure.builder(
                Landscape.sample(p -> p[0] + p[1], Box.cube(2, 0, 1), 3, 3)).build();

        for (int k = 0; k < 3; k++) {
            chart.addSeries("run " + k);
            figure.addPath("run " + k);
            assertThat(chart.seriesColour(k)).isEqualTo(figure.pathColour(k));
        }
        assertThat(chart.plot().getLegendItems().get(2).getLinePaint()).isEqualTo(Palette.run(2));
        assertThat(chart.addSeries("mine", Color.MAGENTA)).isEqualTo(3);
        assertThat(chart.seriesName(3)).isEqualTo("mine");
    }

    @Test
    void rejectsSeriesThatDoNotExist() {
        SeriesChart chart = new SeriesChart(null, "loss");

        assertThatThrownBy(() -> chart.append(0, 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> chart.append(0, 0, Double.NaN)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
