package dev.gradus.cli.output;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.app.port.in.Recording;
import dev.gradus.app.port.in.RunSetup;
import java.util.Set;

/** A run setup for output tests that need one without running anything. */
final class SetupFixture {
    private SetupFixture() {
    }

    static RunSetup withSteps(long steps) {
        ProviderInfo info = new ProviderInfo("fixture", "Fixture", "1.0", GradusApi.VERSION, "A setup for tests.");
        return new RunSetup(info, ParameterSpace.empty().defaults(),
                ObjectiveMetadata.builder(2).suggestedStart(0, 0).plotWindow(Box.of(-1, 1, -1, 1)).build(), info,
                ParameterSpace.empty().defaults(), Set.of(), info, ParameterSpace.empty().defaults(), new double[] {0, 0}, steps, 0, 0,
                Recording.FULL, null, null, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, false, 0, null, null);
    }
}
