package dev.gradus.impl.gradient;

import dev.gradus.api.objective.GradientSource;
import dev.gradus.impl.BuiltIns;

/**
 * The objective's own gradient, derived by hand or by hand-written back-propagation, id
 * {@code analytic}: one function and one gradient evaluation per call. Applies to
 * {@link dev.gradus.api.objective.DifferentiableObjective}s whose gradient source is
 * {@link GradientSource#ANALYTIC}.
 */
public final class AnalyticGradientProvider extends ExactGradientProvider {
    public AnalyticGradientProvider() {
        super(BuiltIns.info("analytic", "Analytic gradient",
                "The exact gradient the objective computes itself (derived by hand or by back-propagation)."), GradientSource.ANALYTIC);
    }
}
