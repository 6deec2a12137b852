package dev.gradus.tck;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.GradientSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCK test function as an objective with an exact gradient of a declared source, counting every
 * call made of it (from any thread): what the estimator contract hands the estimators.
 */
final class Quadratic extends ValueOnlyFunction implements DifferentiableObjective {
    private final GradientSource source;
    final AtomicLong gradients = new AtomicLong();

    Quadratic(TestFunction function, GradientSource source) {
        super(function);
        this.source = source;
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
}
