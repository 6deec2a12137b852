package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.param.ChoiceParameter;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;
import java.util.List;
import java.util.Set;

/**
 * Provides {@link Lbfgs} under the id {@code lbfgs}: limited-memory BFGS with torch's optional
 * strong-Wolfe line search, exactly as torch.optim.LBFGS. Declares
 * {@link OptimizerCapability#EXTRA_EVALUATIONS}: one step evaluates the objective several times.
 */
public final class LbfgsProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("lbfgs", "L-BFGS",
            "Limited-memory BFGS: quasi-Newton directions from the last history_size gradient changes, several evaluations per step, "
                    + "optionally with a strong-Wolfe line search, exactly as torch.optim.LBFGS.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.logScale("lr", "learning rate: the step length tried along each direction (scaled down on the first iteration)", 1,
                    Range.atLeast(0)),
            new IntegerParameter("max_iter", "most quasi-Newton iterations in one optimizer step", 20, 1, Long.MAX_VALUE),
            new IntegerParameter("max_eval", "most objective evaluations in one optimizer step; 0 means max_iter * 5 / 4 (torch's default)", 0, 0,
                    Long.MAX_VALUE),
            RealParameter.logScale("tolerance_grad", "a step ends when the largest gradient component is at most this", 1e-7, Range.atLeast(0)),
            RealParameter.logScale("tolerance_change", "a step ends when the move or the change of value is smaller than this", 1e-9,
                    Range.atLeast(0)),
            new IntegerParameter("history_size", "curvature pairs kept for the quasi-Newton direction", 100, 1, 1_000_000),
            new ChoiceParameter("line_search_fn", "line search along each direction: none (fixed step lr) or torch's strong Wolfe", "none",
                    List.of("none", "strong_wolfe")));

    public LbfgsProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Set<OptimizerCapability> capabilities() {
        return Set.of(OptimizerCapability.EXTRA_EVALUATIONS, OptimizerCapability.STATE_VECTORS);
    }

    private static int atMostIntMax(long value) {
        return (int) Math.min(value, Integer.MAX_VALUE);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Lbfgs(atMostIntMax(values.integer("max_iter")), atMostIntMax(values.integer("max_eval")), values.real("tolerance_grad"),
                values.real("tolerance_change"), (int) values.integer("history_size"), values.choice("line_search_fn").equals("strong_wolfe"));
    }
}
