package dev.gradus.cli.output;

import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.io.Writer;

/**
 * Streams a run as CSV: a header {@code step,loss,grad_norm,} followed by the coordinate names, then
 * one row per step as it happens. Row k is the point after k updates. Numbers are written in full
 * round-trip precision ({@link Double#toString}); non-finite values as {@code NaN}, {@code Infinity},
 * {@code -Infinity}. When only losses are recorded, the coordinate columns are left out. A run on a
 * stochastic objective adds {@code batch_loss} (the loss on the step's mini-batch; {@code loss} is on
 * all the data) and, for a classifier, {@code accuracy}; rows that {@code --eval-every} skips leave
 * {@code loss} and {@code accuracy} empty.
 */
public final class CsvRunWriter implements RunObserver {
    private final Writer writer;
    private final StringBuilder line = new StringBuilder(256);
    private boolean points;
    private boolean stochastic;
    private boolean classifier;

    public CsvRunWriter(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void started(RunSetup setup) {
        points = setup.recordsPoints();
        stochastic = setup.stochastic() != null;
        classifier = stochastic && setup.stochastic().classifier();
        line.setLength(0);
        line.append("step,loss,grad_norm");
        if (stochastic) {
            line.append(",batch_loss");
        }
        if (classifier) {
            line.append(",accuracy");
        }
        if (points) {
            for (String name : setup.metadata().coordinateNames()) {
                line.append(',').append(name);
            }
        }
        line.append('\n');
        OutputTarget.write(writer, line.toString());
    }

    @Override
    public void step(StepView step) {
        line.setLength(0);
        line.append(step.step()).append(',');
        if (step.lossEvaluated()) {
            line.append(step.loss());
        }
        line.append(',').append(step.gradientNorm());
        if (stochastic) {
            line.append(',').append(step.batchLoss());
        }
        if (classifier) {
            line.append(',');
            if (step.lossEvaluated()) {
                line.append(step.accuracy());
            }
        }
        if (points) {
            for (double v : step.point()) {
                line.append(',').append(v);
            }
        }
        line.append('\n');
        OutputTarget.write(writer, line.toString());
    }
}
