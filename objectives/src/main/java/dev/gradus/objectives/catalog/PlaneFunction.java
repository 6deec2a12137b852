package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;

/**
 * A fixed two-dimensional test function without parameters. It holds no state, so the provider is
 * its own objective: {@link #create} hands out this instance.
 */
abstract class PlaneFunction implements ObjectiveProvider, DifferentiableObjective {
    private final ProviderInfo info;
    private volatile ObjectiveMetadata metadata;

    PlaneFunction(ProviderInfo info) {
        this.info = info;
    }

    /** f(x, y). */
    abstract double value(double x, double y);

    /** f(x, y), writing ∂f/∂x and ∂f/∂y into {@code gradient[0]} and {@code gradient[1]}. */
    abstract double valueAndGradient(double x, double y, double[] gradient);

    /** The metadata, built on first use. */
    abstract ObjectiveMetadata describe();

    @Override
    public final ProviderInfo info() {
        return info;
    }

    @Override
    public final Dimensions dimensions() {
        return Dimensions.fixed(2);
    }

    @Override
    public final Objective create(ObjectiveContext context) {
        return this;
    }

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

    @Override
    public final ObjectiveMetadata metadata() {
        ObjectiveMetadata m = metadata;
        if (m == null) {
            m = describe();
            metadata = m;
        }
        return m;
    }
}
