package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Asgd} under the id {@code asgd}: SGD with a decaying step size and a running average of the iterates, exactly as torch.optim.ASGD. */
public final class AsgdProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("asgd", "ASGD",
            "Averaged stochastic gradient descent: SGD with a decaying step size that also keeps the running average of its iterates, "
                    + "exactly as torch.optim.ASGD.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-2),
            RealParameter.logScale("lambd", "decay term: shrinks the parameters and slows the step size", 1e-4, Range.atLeast(0)),
            RealParameter.of("alpha", "power of the step-size decay", 0.75, Range.atLeast(0)),
            RealParameter.of("t0", "step after which the iterates are averaged", 1e6, Range.atLeast(0)),
            Hyperparameters.l2WeightDecay());

    public AsgdProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Asgd(values.real("lambd"), values.real("alpha"), values.real("t0"), values.real("weight_decay"));
    }
}
