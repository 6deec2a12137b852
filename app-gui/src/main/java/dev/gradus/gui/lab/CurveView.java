package dev.gradus.gui.lab;

import dev.gradus.api.objective.Objective;
import dev.gradus.figures.CurveFigure;
import dev.gradus.figures.Palette;
import dev.gradus.figures.StateGlyph;
import java.util.List;
import org.jfree.chart.ChartPanel;

/**
 * A 1-D objective's curve: the first run's point with its tangent, a trail of its last positions
 * and, for a stochastic objective, the curve of the row's own mini-batch (the point and tangent
 * then sit on it: the gradient is the batch's slope); a marker for every other run.
 */
final class CurveView implements RaceView {
    /** Earlier positions drawn behind the first run's point. */
    static final int TRAIL = 12;

    private final CurveFigure curve;
    private final ChartPanel panel;

    CurveView(Objective objective) {
        curve = CurveFigure.of(objective);
        panel = RaceView.named(new ChartPanel(curve.chart()));
    }

    @Override
    public ChartPanel chartPanel() {
        return panel;
    }

    @Override
    public void reset(List<String> labels) {
        curve.clearPoint();
        curve.clearOverlay();
        for (int i = curve.markerCount() + 1; i < labels.size(); i++) {
            curve.addMarker(labels.get(i), Palette.run(i));
        }
        for (int i = 0; i < curve.markerCount(); i++) {
            curve.clearMarker(i);
        }
    }

    @Override
    public void show(int run, Recorded r, int row, Shown shown) {
        if (run == 0) {
            showFirst(r, row, shown);
        } else if (run - 1 < curve.markerCount()) {
            curve.setMarker(run - 1, r.coordinate(row, 0), r.loss(row));
        }
    }

    private void showFirst(Recorded r, int row, Shown shown) {
        int from = Math.max(0, row - TRAIL);
        double[] xs = new double[row - from];
        double[] ys = new double[row - from];
        for (int j = from; j < row; j++) {
            xs[j - from] = r.coordinate(j, 0);
            ys[j - from] = r.loss(j);
        }
        BatchCurves batches = r.batchCurves();
        curve.chart().setNotify(false);
        curve.setTrail(xs, ys, xs.length);
        if (batches != null && row < batches.rows()) {
            double[] values = new double[BatchCurves.SAMPLES];
            batches.curve(row, values);
            curve.setOverlayName("batch fit of this step");
            curve.setOverlay(batches.xs(), values);
            curve.setPoint(r.coordinate(row, 0), batches.batchLoss(row), r.gradient(row, 0));
        } else {
            curve.clearOverlay();
            curve.setPoint(r.coordinate(row, 0), r.loss(row), r.gradient(row, 0));
        }
        curve.setStateGlyphs(RaceView.stateGlyphs(r, row, shown.internals()));
        curve.chart().setNotify(true);
    }

    /** How many other runs' markers there are. */
    int markers() {
        return curve.markerCount();
    }

    /** The batch-fit points and the trail points at the cursor. */
    int[] overlayAndTrail() {
        return new int[] {curve.overlayLength(), curve.trailLength()};
    }

    /** The glyphs drawn at the first run's point. */
    List<StateGlyph> glyphs() {
        return curve.stateGlyphs();
    }
}
