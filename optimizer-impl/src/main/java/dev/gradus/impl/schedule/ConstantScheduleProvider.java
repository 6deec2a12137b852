package dev.gradus.impl.schedule;

import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.impl.BuiltIns;

/**
 * {@code constant}: torch's ConstantLR. The rate is {@code factor * lr} for the first
 * {@code total_iters} steps, then {@code lr}.
 */
public final class ConstantScheduleProvider implements ScheduleProvider {
    private static final ProviderInfo INFO = BuiltIns.info("constant", "Constant factor",
            "torch's ConstantLR: the learning rate times factor for the first total_iters steps, then the learning rate itself.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.of("factor", "multiplies the learning rate until total_iters", 1.0 / 3, Range.openClosed(0, 1)),
            new IntegerParameter("total_iters", "steps at the reduced rate", 5, 0, Long.MAX_VALUE));

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public LearningRateSchedule<?> create(ParameterValues values) {
        double factor = values.real("factor");
        long totalIters = values.integer("total_iters");
        return new BuiltInSchedule() {
            @Override
            void start(ScheduleRun run, long budget) {
                run.lr = run.lr * factor;
            }

            @Override
            double next(ScheduleRun run, double loss) {
                return run.steps == totalIters ? run.lr * (1.0 / factor) : run.lr;
            }
        };
    }
}
