package dev.gradus.tck;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.GradientSource;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCK test function as an objective with an exact gradient of a declared source, counting every
 * call made of it (from any thread): what the estimator contract hands the estimators; and
 * {@link ValueOnly}, the function without a gradient.
 */
final class Quadratic implements DifferentiableObjective {
    private final TestFunction function;
    private final GradientSource source;
    private final ObjectiveMetadata metadata;
    final AtomicLong values = new AtomicLong();
    final AtomicLong gradients = new AtomicLong();

    Quadratic(TestFunction function, GradientSource source) {
        this.function = function;
        this.source = source;
        this.metadata = metadataOf(function);
    }

    private static ObjectiveMetadata metadataOf(TestFunction function) {
        int n = function.dimension();
        double[] lower = new double[n];
        double[] upper = new double[n];
        java.util.Arrays.fill(lower, -5);
        java.util.Arrays.fill(upper, 5);
        return ObjectiveMetadata.builder(n).plotWindow(Box.of(lower, upper)).suggestedStart(function.start()).globalMinimum(new double[n], 0).build();
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
    public double valueAndGradient(double[] x, double[] gradient) {
        gradients.incrementAndGet();
        return function.valueAndGradient(x, gradient);
    }

    /** The exact gradient, not counted. */
    double[] gradient(double[] x) {
        double[] g = new double[x.length];
        function.valueAndGradient(x, g);
        return g;
    }

    @Override
    public GradientSource gradientSource() {
        return source;
    }

    @Override
    public ObjectiveMetadata metadata() {
        return metadata;
    }

    /** The same function with no gradient at all, counting its value calls: what a numerical estimator must cope with alone. */
    static final class ValueOnly implements Objective {
        private final TestFunction function;
        private final ObjectiveMetadata metadata;
        final AtomicLong values = new AtomicLong();

        ValueOnly(TestFunction function) {
            this.function = function;
            this.metadata = metadataOf(function);
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
}
