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

/** {@code step}: torch's StepLR. The rate is multiplied by {@code gamma} every {@code step_size} steps. */
public final class StepScheduleProvider implements ScheduleProvider {
    private static final ProviderInfo INFO = BuiltIns.info("step", "Step decay",
            "torch's StepLR: the learning rate is multiplied by gamma every step_size steps.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerParameter("step_size", "steps between decays; 0 means a third of the run's step budget", 0, 0, Long.MAX_VALUE),
            RealParameter.of("gamma", "multiplies the learning rate at each decay", 0.1, Range.greaterThan(0)));

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
        long stepSize = values.integer("step_size");
        double gamma = values.real("gamma");
        return new BuiltInSchedule("step_size") {
            @Override
            void start(ScheduleRun run, long budget) {
                run.set(0, orBudget(stepSize, budget, 3));
            }

            @Override
            double next(ScheduleRun run, double loss) {
                return run.steps % (long) run.get(0) != 0 ? run.lr : run.lr * gamma;
            }
        };
    }
}
