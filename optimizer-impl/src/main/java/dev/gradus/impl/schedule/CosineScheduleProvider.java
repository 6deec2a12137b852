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
 * {@code cosine}: torch's CosineAnnealingLR. The rate follows half a cosine from {@code lr} down to
 * {@code eta_min} over {@code t_max} steps, computed recursively as torch does (so it climbs back
 * past {@code t_max}, as torch's does).
 */
public final class CosineScheduleProvider implements ScheduleProvider {
    private static final ProviderInfo INFO = BuiltIns.info("cosine", "Cosine annealing",
            "torch's CosineAnnealingLR: half a cosine from the learning rate down to eta_min over t_max steps.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerParameter("t_max", "steps of the half cosine; 0 means the run's step budget", 0, 0, Long.MAX_VALUE),
            RealParameter.of("eta_min", "the lowest learning rate", 0, Range.atLeast(0)));

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
        long tMaxValue = values.integer("t_max");
        double etaMin = values.real("eta_min");
        return new BuiltInSchedule("t_max") {
            @Override
            void start(ScheduleRun run, long budget) {
                run.set(0, orBudget(tMaxValue, budget, 1));
            }

            @Override
            double next(ScheduleRun run, double loss) {
                double tMax = run.get(0);
                long e = run.steps;
                // torch: (last_epoch - 1 - T_max) % (2 * T_max) == 0, the step after each trough
                if (Math.floorMod(e - 1 - (long) tMax, 2 * (long) tMax) == 0) {
                    return run.lr + (run.base - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2;
                }
                return (1 + Math.cos(Math.PI * e / tMax)) / (1 + Math.cos(Math.PI * (e - 1) / tMax)) * (run.lr - etaMin) + etaMin;
            }
        };
    }
}
