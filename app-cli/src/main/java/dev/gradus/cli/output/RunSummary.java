package dev.gradus.cli.output;

import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.out.RunObserver;
import java.io.Writer;
import java.util.Locale;

/** Writes a short human summary of a run when it finishes: the {@code table} format. */
public final class RunSummary implements RunObserver {
    private final Writer writer;

    public RunSummary(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void finished(RunResult result) {
        OutputTarget.write(writer, text(result));
    }

    /** The summary as text, one fact per line. */
    public static String text(RunResult result) {
        RunSetup setup = result.setup();
        StringBuilder sb = new StringBuilder();
        line(sb, "objective", setup.objective().id() + " (" + setup.dimension() + "-D)" + parameters(setup.objectiveParameters().toString()));
        line(sb, "optimizer", setup.optimizer().id() + parameters(setup.optimizerParameters().toString()));
        if (setup.data() != null) {
            line(sb, "data", setup.data().name() + (setup.data().parameters() == null ? "" : parameters(setup.data().parameters().toString()))
                    + ": " + setup.data().description());
        }
        if (setup.stochastic() != null) {
            line(sb, "batches", setup.stochastic().batchSize() + " of " + setup.stochastic().examples() + " examples, "
                    + setup.stochastic().sampling().id() + (setup.stochastic().fullBatch() ? " (full batch: plain gradient descent)" : "")
                    + "; seed " + setup.seed());
        }
        line(sb, "gradient", setup.gradient().id() + parameters(setup.gradientParameters().toString()));
        line(sb, "start", Numbers.point(setup.start()));
        line(sb, "stopped", result.stopReason().words() + ": " + result.stopDetail());
        line(sb, "steps", Long.toString(result.steps()));
        line(sb, "final loss", Numbers.brief(result.finalValue()));
        line(sb, "final |grad|", Numbers.brief(result.finalGradientNorm()));
        if (setup.stochastic() != null && setup.stochastic().classifier()) {
            line(sb, "accuracy", String.format(Locale.ROOT, "%.1f %%", 100 * result.finalAccuracy()));
        }
        line(sb, "final point", Numbers.point(result.finalPoint()));
        if (result.bestStep() >= 0) {
            line(sb, "best loss", Numbers.brief(result.bestValue()) + " at step " + result.bestStep());
        }
        result.nearestKnownMinimum().ifPresent(nearest -> line(sb, "to minimum", Numbers.brief(nearest.distanceTo(result.finalPoint()))
                + " from the global minimum at " + Numbers.point(nearest.point()) + " (f = " + Numbers.brief(nearest.value()) + ")"));
        line(sb, "evaluations", result.functionEvaluations() + " function, " + result.gradientEvaluations() + " gradient");
        line(sb, "time", String.format(Locale.ROOT, "%.3f s", result.elapsed().toNanos() / 1e9));
        return sb.toString();
    }

    private static String parameters(String text) {
        return text.isEmpty() ? "" : "  " + text;
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-13s %s%n", label, value));
    }
}
