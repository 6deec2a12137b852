package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Point;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class SweepFigureTest {

    @Test
    void aCurveOfPositiveScoresOverALogRangeHasLogAxesAndBreaksAtADivergedPoint() {
        JFreeChart chart = SweepFigure.curve("sgd", "lr", "final-loss", new double[] {1e-3, 1e-2, 1e-1, 1}, new double[] {1, 1e-2, 1e-6,
            Double.POSITIVE_INFINITY}, true);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getDataset().getYValue(0, 3)).isNaN();
        assertThat(plot.getDataset().getYValue(0, 2)).isEqualTo(1e-6);
        assertThat(plot.getDataset().getItemCount(1)).as("the diverged point marked").isEqualTo(1);
        assertThat(plot.getDataset().getXValue(1, 0)).isEqualTo(1.0);
        assertThat(plot.getDataset().getYValue(1, 0)).as("at the worst score's height").isEqualTo(1.0);
        assertThat(chart.createBufferedImage(400, 300).getWidth()).isEqualTo(400);
    }

    @Test
    void aHeatMapColoursTheBestCellDarkestTheWorstBrightestAndADivergedOneGrey() {
        double[][] scores = {{1e-6, 1e-3}, {1, Double.NaN}};
        JFreeChart chart = SweepFigure.heatMap("adam", "lr", "beta1", "final-loss", new String[] {"0.01", "0.1"}, new String[] {"0.9", "0.99"},
                scores);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(500, 400, info);
        XYPlot plot = chart.getXYPlot();

        Point best = Pixels.of(plot, info, 0, 0);
        Point worst = Pixels.of(plot, info, 1, 0);
        Point diverged = Pixels.of(plot, info, 1, 1);
        assertThat(Pixels.colour(image, best)).isEqualTo(Palette.viridis(0));
        assertThat(Pixels.colour(image, worst)).isEqualTo(Palette.viridis(1));
        assertThat(Pixels.colour(image, diverged)).isEqualTo(Palette.MISSING);
        assertThatThrownBy(() -> SweepFigure.heatMap("x", "a", "b", "s", new String[] {"1"}, new String[] {"1", "2"}, new double[][] {{1}}))
                .hasMessageContaining("1 x 2");
    }
}
