package dev.gradus.tck;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCK test function as an objective with no gradient, in the window [-5, 5]^n, counting its value
 * calls (from any thread): what a numerical estimator must cope with alone, and the base of
 * {@link Quadratic}.
 */
class ValueOnlyFunction implements Objective {
    final TestFunction function;
    private final ObjectiveMetadata metadata;
    final AtomicLong values = new AtomicLong();

    ValueOnlyFunction(TestFunction function) {
        this.function = function;
        int n = function.dimension();
        double[] lower = new double[n];
        double[] upper = new double[n];
        java.util.Arrays.fill(lower, -5);
        java.util.Arrays.fill(upper, 5);
        this.metadata = ObjectiveMetadata.builder(n).plotWindow(Box.of(lower, upper)).suggestedStart(function.start())
                .globalMinimum(new double[n], 0).build();
    }

    @Override
    public int dimension() {
        return function.dimension();
    }

    @Override
    public double value(double[] x) {
        values.incrementAndGet();
        return function.value(x);
    }

    @Override
    public ObjectiveMetadata metadata() {
        return metadata;
    }
}
