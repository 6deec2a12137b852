package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Nadam} under the id {@code nadam}: Adam with Nesterov momentum and a momentum schedule, exactly as torch.optim.NAdam (torch 2.x). */
public final class NadamProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("nadam", "NAdam", "Adam with Nesterov momentum: the step looks ahead along a scheduled momentum, exactly as torch.optim.NAdam (torch 2.x).");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(2e-3),
            Hyperparameters.beta1(),
            Hyperparameters.beta2("decay rate of the second moment"),
            Hyperparameters.eps("added to the root of the bias-corrected second moment", 1e-8),
            Hyperparameters.l2WeightDecay(),
            RealParameter.of("momentum_decay", "how fast the momentum schedule approaches beta1", 4e-3, Range.atLeast(0)));

    public NadamProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Nadam(values.real("beta1"), values.real("beta2"), values.real("eps"), values.real("weight_decay"), values.real("momentum_decay"));
    }
}
