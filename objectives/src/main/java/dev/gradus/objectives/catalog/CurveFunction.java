package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;

/**
 * A function of one coordinate {@code x} with its exact derivative, drawn as a curve. Subclasses
 * write the function on one scalar, which reads like the formula; this class unpacks the point.
 * Subclasses keep no mutable state, so instances may be shared between runs and threads.
 */
abstract class CurveFunction implements DifferentiableObjective {
    /** What the provider of a curve function accepts: exactly one coordinate. */
    static final Dimensions DIMENSIONS = Dimensions.fixed(1);

    /** {@code f(x)}. */
    abstract double value(double x);

    /** {@code f'(x)}. */
    abstract double derivative(double x);

    @Override
    public final int dimension() {
        return 1;
    }

    @Override
    public final double value(double[] x) {
        return value(x[0]);
    }

    @Override
    public final double valueAndGradient(double[] x, double[] gradient) {
        gradient[0] = derivative(x[0]);
        return value(x[0]);
    }
}
