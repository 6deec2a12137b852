package dev.gradus.impl.schedule;

import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ChoiceParameter;
import dev.gradus.api.param.IntegerParameter;
import java.util.List;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.impl.BuiltIns;

/**
 * {@code one-cycle}: torch's OneCycleLR for the learning rate. The rate rises from
 * {@code max_lr / div_factor} to {@code max_lr} over the first {@code pct_start} of
 * {@code total_steps}, then anneals to {@code max_lr / div_factor / final_div_factor} (three phases
 * with {@code three_phase}). Gradus schedules the learning rate only: torch's momentum cycling
 * ({@code cycle_momentum}) has no counterpart, as if it were false. Past {@code total_steps}, where
 * torch raises an error, the rate stays at its final value.
 */
public final class OneCycleScheduleProvider implements ScheduleProvider {
    private static final ProviderInfo INFO = BuiltIns.info("one-cycle", "One cycle",
            "torch's OneCycleLR (learning rate only): up from max_lr/div_factor to max_lr, then down far below, over total_steps.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.logScale("max_lr", "the peak learning rate; 0 means the optimizer's lr", 0, Range.atLeast(0)),
            new IntegerParameter("total_steps", "length of the cycle; 0 means the run's step budget", 0, 0, Long.MAX_VALUE),
            RealParameter.of("pct_start", "fraction of the cycle spent rising", 0.3, Range.closed(0, 1)),
            new ChoiceParameter("anneal_strategy", "shape of the rise and fall", "cos", List.of("cos", "linear")),
            RealParameter.of("div_factor", "the starting rate is max_lr / div_factor", 25, Range.greaterThan(0)),
            RealParameter.of("final_div_factor", "the final rate is the starting rate / final_div_factor", 1e4, Range.greaterThan(0)),
            new BooleanParameter("three_phase", "rise, fall back to the starting rate, then anneal to the final rate", false));

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
        double maxLrValue = values.real("max_lr");
        long totalStepsValue = values.integer("total_steps");
        double pctStart = values.real("pct_start");
        boolean cosine = values.choice("anneal_strategy").equals("cos");
        double divFactor = values.real("div_factor");
        double finalDivFactor = values.real("final_div_factor");
        boolean threePhase = values.bool("three_phase");
        return new BuiltInSchedule("total_steps", "max_lr") {
            @Override
            void start(ScheduleRun run, long budget) {
                run.set(0, orBudget(totalStepsValue, budget, 1));
                run.set(1, maxLrValue > 0 ? maxLrValue : run.base);
                run.lr = rate(run, 0);
            }

            @Override
            double next(ScheduleRun run, double loss) {
                return run.steps > run.get(0) ? run.lr : rate(run, run.steps);
            }

            private double rate(ScheduleRun run, long step) {
                double total = run.get(0);
                double maxLr = run.get(1);
                double initial = maxLr / divFactor;
                double min = initial / finalDivFactor;
                double[] ends = threePhase
                        ? new double[] {pctStart * total - 1, 2 * pctStart * total - 2, total - 1}
                        : new double[] {pctStart * total - 1, total - 1};
                double[] from = threePhase ? new double[] {initial, maxLr, initial} : new double[] {initial, maxLr};
                double[] to = threePhase ? new double[] {maxLr, initial, min} : new double[] {maxLr, min};
                double startStep = 0;
                for (int phase = 0; phase < ends.length; phase++) {
                    if (step <= ends[phase] || phase == ends.length - 1) {
                        double pct = (step - startStep) / (ends[phase] - startStep);
                        return cosine ? to[phase] + (from[phase] - to[phase]) / 2.0 * (Math.cos(Math.PI * pct) + 1)
                                : (to[phase] - from[phase]) * pct + from[phase];
                    }
                    startStep = ends[phase];
                }
                throw new AssertionError("no phase for step " + step);
            }
        };
    }
}
