package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;

/**
 * A function of two coordinates {@code (x, y)} with its exact gradient. Subclasses write the
 * function on two scalars, which reads like the formula; this class unpacks the point. Subclasses
 * keep no mutable state, so instances may be shared between runs and threads.
 */
abstract class PlaneFunction implements DifferentiableObjective {
    /** What the provider of a plane function accepts: exactly two coordinates. */
    static final Dimensions DIMENSIONS = Dimensions.fixed(2);

    /** {@code f(x, y)}. */
    abstract double value(double x, double y);

    /**
     * {@code f(x, y)}, computed exactly as {@link #value(double, double)} does so that both return
     * the same double, with {@code df/dx} written to {@code gradient[0]} and {@code df/dy} to
     * {@code gradient[1]}.
     */
    abstract double valueAndGradient(double x, double y, double[] gradient);

    @Override
    public final int dimension() {
        return 2;
    }

    @Override
    public final double value(double[] x) {
        return value(x[0], x[1]);
    }

    @Override
    public final double valueAndGradient(double[] x, double[] gradient) {
        return valueAndGradient(x[0], x[1], gradient);
    }
}
