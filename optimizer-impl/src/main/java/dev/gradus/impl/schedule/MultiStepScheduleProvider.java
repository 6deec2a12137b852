package dev.gradus.impl.schedule;

import dev.gradus.api.param.IntegerListParameter;
import java.util.List;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.impl.BuiltIns;

/** {@code multistep}: torch's MultiStepLR. The rate is multiplied by {@code gamma} at each milestone. */
public final class MultiStepScheduleProvider implements ScheduleProvider {
    private static final ProviderInfo INFO = BuiltIns.info("multistep", "Multi-step decay",
            "torch's MultiStepLR: the learning rate is multiplied by gamma at each milestone step (a milestone listed twice applies twice).");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerListParameter("milestones", "the steps after which the rate decays, e.g. 300-600-900 (the default suits the "
                    + "default budget of 1000 steps)", List.of(500L, 750L), 1, Long.MAX_VALUE),
            RealParameter.of("gamma", "multiplies the learning rate at each milestone", 0.1, Range.greaterThan(0)));

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
        long[] milestones = values.integers("milestones").stream().mapToLong(Long::longValue).toArray();
        double gamma = values.real("gamma");
        return new BuiltInSchedule() {
            @Override
            void start(ScheduleRun run, long budget) {
                // the first step runs at the base rate
            }

            @Override
            double next(ScheduleRun run, double loss) {
                int times = 0;
                for (long milestone : milestones) {
                    if (milestone == run.steps) {
                        times++;
                    }
                }
                return times == 0 ? run.lr : run.lr * Math.pow(gamma, times);
            }
        };
    }
}
