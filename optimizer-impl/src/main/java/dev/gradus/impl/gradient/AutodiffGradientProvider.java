package dev.gradus.impl.gradient;

import dev.gradus.api.objective.GradientSource;
import dev.gradus.impl.BuiltIns;

/**
 * The gradient a formula objective gets by reverse-mode automatic differentiation, id
 * {@code autodiff}: one function and one gradient evaluation per call, the gradient costing a small
 * constant multiple of one evaluation whatever the dimension. Applies to
 * {@link dev.gradus.api.objective.DifferentiableObjective}s whose gradient source is
 * {@link GradientSource#AUTOMATIC_DIFFERENTIATION}.
 */
public final class AutodiffGradientProvider extends ExactGradientProvider {
    public AutodiffGradientProvider() {
        super(BuiltIns.info("autodiff", "Automatic differentiation",
                "The exact gradient of a formula by reverse-mode automatic differentiation: one sweep forward, one back."),
                GradientSource.AUTOMATIC_DIFFERENTIATION);
    }
}
