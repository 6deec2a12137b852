package dev.gradus.impl.schedule;

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
 * {@code reduce-on-plateau}: torch's ReduceLROnPlateau, watching the loss of every step. When the
 * loss has not improved (by {@code threshold}, relative or absolute) for more than {@code patience}
 * steps, the rate is multiplied by {@code factor} (not below {@code min_lr}), then
 * {@code cooldown} steps pass before counting again.
 */
public final class ReduceOnPlateauScheduleProvider implements ScheduleProvider {
    private static final ProviderInfo INFO = BuiltIns.info("reduce-on-plateau", "Reduce on plateau",
            "torch's ReduceLROnPlateau on the loss of every step: multiply the learning rate by factor when the loss stops improving.");
    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            new ChoiceParameter("mode", "min: improving means falling; max: rising", "min", List.of("min", "max")),
            RealParameter.of("factor", "multiplies the learning rate at a plateau", 0.1, Range.closedOpen(0, 1)),
            new IntegerParameter("patience", "steps without improvement tolerated before reducing", 10, 0, Long.MAX_VALUE),
            RealParameter.of("threshold", "the least change that counts as an improvement", 1e-4, Range.atLeast(0)),
            new ChoiceParameter("threshold_mode", "rel: threshold relative to the best loss; abs: absolute", "rel", List.of("rel", "abs")),
            new IntegerParameter("cooldown", "steps after a reduction before counting again", 0, 0, Long.MAX_VALUE),
            RealParameter.of("min_lr", "the learning rate is never reduced below this", 0, Range.atLeast(0)),
            RealParameter.logScale("eps", "reductions smaller than this are skipped", 1e-8, Range.atLeast(0)));

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
        boolean minimize = values.choice("mode").equals("min");
        boolean relative = values.choice("threshold_mode").equals("rel");
        double factor = values.real("factor");
        long patience = values.integer("patience");
        double threshold = values.real("threshold");
        long cooldown = values.integer("cooldown");
        double minLr = values.real("min_lr");
        double eps = values.real("eps");
        return new BuiltInSchedule("best", "bad_steps", "cooldown_counter") {
            @Override
            void start(ScheduleRun run, long budget) {
                run.set(0, minimize ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            }

            @Override
            double next(ScheduleRun run, double loss) {
                double best = run.get(0);
                double bad = run.get(1);
                double cooling = run.get(2);
                if (better(loss, best)) {
                    run.set(0, loss);
                    bad = 0;
                } else {
                    bad += 1;
                }
                if (cooling > 0) {
                    cooling -= 1;
                    bad = 0;
                }
                double lr = run.lr;
                if (bad > patience) {
                    double reduced = Math.max(lr * factor, minLr);
                    if (lr - reduced > eps) {
                        lr = reduced;
                    }
                    cooling = cooldown;
                    bad = 0;
                }
                run.set(1, bad);
                run.set(2, cooling);
                return lr;
            }

            private boolean better(double a, double best) {
                if (minimize) {
                    return relative ? a < best * (1. - threshold) : a < best - threshold;
                }
                return relative ? a > best * (threshold + 1.) : a > best + threshold;
            }
        };
    }
}
