package dev.gradus.impl.schedule;

import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.impl.BuiltIns;

/** {@code exponential}: torch's ExponentialLR. The rate is multiplied by {@code gamma} after every step. */
public final class ExponentialScheduleProvider implements ScheduleProvider {
    private static final ProviderInfo INFO = BuiltIns.info("exponential", "Exponential decay",
            "torch's ExponentialLR: the learning rate is multiplied by gamma after every step.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.of("gamma", "multiplies the learning rate after every step", 0.99, Range.greaterThan(0)));

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
        double gamma = values.real("gamma");
        return new BuiltInSchedule() {
            @Override
            void start(ScheduleRun run, long budget) {
                // the first step runs at the base rate
            }

            @Override
            double next(ScheduleRun run, double loss) {
                return run.lr * gamma;
            }
        };
    }
}
