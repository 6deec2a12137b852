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
 * {@code linear}: torch's LinearLR, the usual warm-up. The factor on the rate moves linearly from
 * {@code start_factor} to {@code end_factor} over {@code total_iters} steps, then stays.
 */
public final class LinearScheduleProvider implements ScheduleProvider {
    private static final ProviderInfo INFO = BuiltIns.info("linear", "Linear warm-up",
            "torch's LinearLR: the factor on the learning rate moves linearly from start_factor to end_factor over total_iters "
                    + "steps, then stays.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.of("start_factor", "factor on the learning rate at the first step", 1.0 / 3, Range.openClosed(0, 1)),
            RealParameter.of("end_factor", "factor on the learning rate from total_iters on", 1.0, Range.closed(0, 1)),
            new IntegerParameter("total_iters", "steps over which the factor moves", 5, 1, Long.MAX_VALUE));

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
        double startFactor = values.real("start_factor");
        double endFactor = values.real("end_factor");
        long totalIters = values.integer("total_iters");
        return new BuiltInSchedule() {
            @Override
            void start(ScheduleRun run, long budget) {
                run.lr = run.lr * startFactor;
            }

            @Override
            double next(ScheduleRun run, double loss) {
                if (run.steps > totalIters) {
                    return run.lr;
                }
                return run.lr * (1. + (endFactor - startFactor)
                        / (totalIters * startFactor + (run.steps - 1) * (endFactor - startFactor)));
            }
        };
    }
}
