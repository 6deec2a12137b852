package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/** Provides {@link Rprop} under the id {@code rprop}: sign-based steps with per-coordinate adaptive sizes, exactly as torch.optim.Rprop. */
public final class RpropProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("rprop", "Rprop",
            "Resilient backpropagation: each coordinate steps against the sign of its gradient by its own step size, which grows "
                    + "while the sign holds and shrinks when it flips, exactly as torch.optim.Rprop.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
                    RealParameter.logScale("lr", "initial step size of every coordinate (torch fills the step sizes with lr)", 1e-2,
                            Range.atLeast(0)),
                    RealParameter.of("eta_minus", "factor a step size shrinks by when the gradient's sign flips (torch's etas[0])", 0.5,
                            Range.open(0, 1)),
                    RealParameter.of("eta_plus", "factor a step size grows by while the gradient's sign holds (torch's etas[1])", 1.2,
                            Range.greaterThan(1)),
                    RealParameter.logScale("step_size_min", "smallest step size (torch's step_sizes[0])", 1e-6, Range.atLeast(0)),
                    RealParameter.logScale("step_size_max", "largest step size (torch's step_sizes[1])", 50, Range.greaterThan(0)))
            .withRule("the smallest step size must not exceed the largest (step_size_min <= step_size_max)",
                    v -> v.real("step_size_min") <= v.real("step_size_max"), "step_size_min", "step_size_max");

    public RpropProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Rprop(values.real("eta_minus"), values.real("eta_plus"), values.real("step_size_min"), values.real("step_size_max"));
    }
}
