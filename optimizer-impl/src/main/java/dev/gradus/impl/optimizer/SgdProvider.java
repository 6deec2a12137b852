package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Sgd} under the id {@code sgd}: gradient descent with momentum, exactly as torch.optim.SGD. */
public final class SgdProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("sgd", "SGD",
            "Gradient descent with optional momentum, Nesterov momentum and weight decay, exactly as torch.optim.SGD.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
                    RealParameter.learningRate(1e-3),
                    RealParameter.of("momentum", "momentum factor: how much of the previous step is kept", 0, Range.atLeast(0)),
                    RealParameter.of("dampening", "dampening for momentum: from the second step on, the gradient enters the buffer "
                            + "weighted by 1 - dampening", 0, Range.all()),
                    Hyperparameters.l2WeightDecay(),
                    new BooleanParameter("nesterov", "use Nesterov momentum (needs momentum > 0 and dampening = 0)", false))
            .withRule("Nesterov momentum requires a momentum and zero dampening (momentum > 0, dampening = 0)",
                    v -> !v.bool("nesterov") || (v.real("momentum") > 0 && v.real("dampening") == 0),
                    "nesterov", "momentum", "dampening");

    public SgdProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Sgd(values.real("momentum"), values.real("dampening"), values.real("weight_decay"), values.bool("nesterov"));
    }
}
