package dev.gradus.cli;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.CompareCommand;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.port.in.Starts;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a specification from the command line ({@code run --spec}, {@code scenario run}): a spec of
 * one run from one start with one seed streams it as {@code gradus run} does; a spec of several
 * runs, or a study (several starts or seeds, targets), is written as {@code gradus compare} writes
 * one. The spec's figures are drawn after it has run, with any {@code --plot} of the command line;
 * all are checked before any run.
 */
final class SpecRuns {
    private SpecRuns() {
    }

    static int run(CliContext context, GradusApplication app, RunSpec spec, OutputFormat format, String output, List<Plots.Target> plots) {
        List<Plots.Target> figures = new ArrayList<>(plots);
        for (int i = 0; i < spec.study().figures().size(); i++) {
            RunSpec.Figure figure = spec.study().figures().get(i);
            figures.add(PlotOptions.check("spec", figure.file(), figure.width(), figure.height()));
        }
        RunSpec.Study study = spec.study();
        if (spec.runs().size() == 1 && !study.isStudy()) {
            return RunSubcommand.runOne(context, app, spec.commands().get(0), format, output, figures);
        }
        Starts starts = study.starts() != null ? study.starts() : spec.start() == null ? Starts.suggested() : Starts.of(List.of(spec.start()));
        CompareCommand command = new CompareCommand(spec.objective(), spec.data(), spec.dimension(), spec.runs(), starts,
                study.seeds() != null ? study.seeds() : List.of(spec.seed()), spec.steps(), spec.tolerance(), spec.batchSize(), spec.sampling(),
                study.targetLoss(), study.targetGradientNorm(), Runtime.getRuntime().availableProcessors(), spec.timeLimit());
        return CompareSubcommand.execute(context, app, command, format, output, figures);
    }
}
