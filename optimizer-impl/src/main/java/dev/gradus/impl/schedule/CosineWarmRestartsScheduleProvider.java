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
 * {@code cosine-warm-restarts}: torch's CosineAnnealingWarmRestarts (SGDR). Half cosines from
 * {@code lr} to {@code eta_min}, restarting at {@code lr}; the first lasts {@code t_0} steps, each
 * next one {@code t_mult} times longer.
 */
public final class CosineWarmRestartsScheduleProvider implements ScheduleProvider {
    private static final ProviderInfo INFO = BuiltIns.info("cosine-warm-restarts", "Cosine with warm restarts",
            "torch's CosineAnnealingWarmRestarts (SGDR): half cosines down to eta_min, restarting at the learning rate; each "
                    + "period t_mult times the one before.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new IntegerParameter("t_0", "steps of the first period; 0 means a quarter of the run's step budget", 0, 0, Long.MAX_VALUE),
            new IntegerParameter("t_mult", "growth factor of the period after each restart", 1, 1, Long.MAX_VALUE),
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
        long t0 = values.integer("t_0");
        long tMult = values.integer("t_mult");
        double etaMin = values.real("eta_min");
        return new BuiltInSchedule("t_cur", "t_i") {
            @Override
            void start(ScheduleRun run, long budget) {
                run.set(0, 0);
                run.set(1, orBudget(t0, budget, 4));
            }

            @Override
            double next(ScheduleRun run, double loss) {
                double tCur = run.get(0) + 1;
                double tI = run.get(1);
                if (tCur >= tI) {
                    tCur = tCur - tI;
                    tI = tI * tMult;
                }
                run.set(0, tCur);
                run.set(1, tI);
                return etaMin + (run.base - etaMin) * (1 + Math.cos(Math.PI * tCur / tI)) / 2;
            }
        };
    }
}
