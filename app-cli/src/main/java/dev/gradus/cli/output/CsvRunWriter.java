package dev.gradus.cli.output;

import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.io.Writer;

/**
 * Streams a run as CSV: a header {@code step,loss,grad_norm,} followed by the coordinate names, then
 * one row per step as it happens. Row k is the point after k updates. Numbers are written in full
 * round-trip precision ({@link Double#toString}); non-finite values as {@code NaN}, {@code Infinity},
 * {@code -Infinity}. When only losses are recorded, the coordinate columns are left out.
 */
public final class CsvRunWriter implements RunObserver {
    private final Writer writer;
    private final StringBuilder line = new StringBuilder(256);
    private boolean points;

    public CsvRunWriter(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void started(RunSetup setup) {
        points = setup.recordsPoints();
        line.setLength(0);
        line.append("step,loss,grad_norm");
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
        line.append(step.step()).append(',').append(step.loss()).append(',').append(step.gradientNorm());
        if (points) {
            for (double v : step.point()) {
                line.append(',').append(v);
            }
        }
        line.append('\n');
        OutputTarget.write(writer, line.toString());
    }
}
