package dev.gradus.learning.model;

import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;

/** The parameters every model shares, each declared once. */
final class ModelParameters {
    /** Weight decay as a penalty on the loss, the same in the full and the batch objective. */
    static final RealParameter L2 = RealParameter.of("l2",
            "coefficient of the penalty l2/2 * (sum of the squared weights, not the biases) added to the mean loss of the data and of each batch",
            0, Range.atLeast(0));
    /** Seed 003's guard against log(0), as an option; 0 is torch's exact cross-entropy. */
    static final RealParameter LOG_EPSILON = RealParameter.of("log_epsilon",
            "added to the target's probability inside the cross-entropy's log, -log(p + log_epsilon): 0 for the exact log-softmax as torch, "
                    + "1e-7 for seed 003's formula",
            0, Range.atLeast(0));

    private ModelParameters() {
    }
}
