package dev.gradus.impl.optimizer;

import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;

/** The hyperparameters several built-in optimizers share, declared once with torch's names and ranges. */
final class Hyperparameters {

    private Hyperparameters() {
    }

    /** torch's {@code betas[0]}: in [0, 1), default 0.9. */
    static RealParameter beta1() {
        return RealParameter.of("beta1", "decay rate of the first moment (torch's betas[0])", 0.9, Range.closedOpen(0, 1));
    }

    /** torch's {@code betas[1]}: in [0, 1), default 0.999. */
    static RealParameter beta2(String description) {
        return RealParameter.of("beta2", description + " (torch's betas[1])", 0.999, Range.closedOpen(0, 1));
    }

    /** The denominator's safety term: above 0, on a log scale. */
    static RealParameter eps(String whereItSits, double defaultValue) {
        return RealParameter.logScale("eps", whereItSits, defaultValue, Range.greaterThan(0));
    }

    /** Coupled L2 weight decay: at least 0, default 0. */
    static RealParameter l2WeightDecay() {
        return RealParameter.of("weight_decay", "L2 penalty: weight_decay * x is added to the gradient", 0, Range.atLeast(0));
    }
}
