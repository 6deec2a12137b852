package dev.gradus.cli;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.CompareCommand;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.port.in.Starts;
import java.util.List;

/**
 * Runs a specification from the command line ({@code run --spec}, {@code scenario run}): a spec of
 * one run streams it as {@code gradus run} does; a spec of several is a study, written as
 * {@code gradus compare} writes one (its one start and seed).
 */
final class SpecRuns {
    private SpecRuns() {
    }

    static int run(CliContext context, GradusApplication app, RunSpec spec, OutputFormat format, String output, PlotOptions plot) {
        if (spec.runs().size() == 1) {
            return RunSubcommand.runOne(context, app, spec.commands().get(0), format, output, plot);
        }
        CompareCommand study = new CompareCommand(spec.objective(), spec.data(), spec.dimension(), spec.runs(),
                spec.start() == null ? Starts.suggested() : Starts.of(List.of(spec.start())), List.of(spec.seed()), spec.steps(), spec.tolerance(),
                spec.batchSize(), spec.sampling(), null, null, Runtime.getRuntime().availableProcessors());
        return CompareSubcommand.execute(context, app, study, format, output, plot);
    }
}
