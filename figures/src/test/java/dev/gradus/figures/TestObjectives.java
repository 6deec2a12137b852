package dev.gradus.figures;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Small objectives with metadata, counting their calls. */
final class TestObjectives {

    private TestObjectives() {
    }

    /** A shifted bowl {@code (u - 1)^2 + (v + 0.5)^2} over {@code [-2, 2]^2}, coordinates named u, v, log-scaled contours. */
    static Objective shiftedBowl(AtomicInteger calls) {
        ObjectiveMetadata metadata = ObjectiveMetadata.builder(2)
                .formula("(u - 1)^2 + (v + 0.5)^2")
                .coordinateNames(List.of("u", "v"))
                .suggestedStart(-1.5, 1.5)
                .plotWindow(Box.cube(2, -2, 2))
                .globalMinimum(new double[] {1, -0.5}, 0)
                .logScaledContours(true)
                .build();
        return new Objective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] x) {
                calls.incrementAndGet();
                return (x[0] - 1) * (x[0] - 1) + (x[1] + 0.5) * (x[1] + 0.5);
            }

            @Override
            public ObjectiveMetadata metadata() {
                return metadata;
            }
        };
    }

    /** {@code x^2} over {@code [-2, 2]}. */
    static Objective parabola() {
        ObjectiveMetadata metadata = ObjectiveMetadata.builder(1)
                .formula("x^2")
                .suggestedStart(1.5)
                .plotWindow(Box.interval(-2, 2))
                .globalMinimum(new double[] {0}, 0)
                .build();
        return new Objective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double value(double[] x) {
                return x[0] * x[0];
            }

            @Override
            public ObjectiveMetadata metadata() {
                return metadata;
            }
        };
    }
}
