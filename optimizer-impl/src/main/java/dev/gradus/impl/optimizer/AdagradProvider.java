package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Adagrad} under the id {@code adagrad}: per-coordinate rates from the sum of squared gradients, exactly as torch.optim.Adagrad. */
public final class AdagradProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("adagrad", "Adagrad",
            "Adaptive gradient: each coordinate's step is divided by the root of the sum of its squared gradients, "
                    + "exactly as torch.optim.Adagrad.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-2),
            RealParameter.of("lr_decay", "learning-rate decay: step t uses lr / (1 + (t - 1) * lr_decay)", 0, Range.atLeast(0)),
            Hyperparameters.l2WeightDecay(),
            RealParameter.of("initial_accumulator_value", "starting value of the sum of squared gradients", 0, Range.atLeast(0)),
            Hyperparameters.eps("added to the root of the accumulated squares (outside the root)", 1e-10));

    public AdagradProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Adagrad(values.real("lr_decay"), values.real("weight_decay"), values.real("initial_accumulator_value"), values.real("eps"));
    }
}
