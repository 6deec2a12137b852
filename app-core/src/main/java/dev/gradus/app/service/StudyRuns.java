package dev.gradus.app.service;

import dev.gradus.api.objective.Sampling;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.util.function.BiPredicate;

/** What the studies (compare, sweep) share: how one of their runs is commanded, and how its first row at the target is found. */
final class StudyRuns {
    private StudyRuns() {
    }

    /** The objective and budget every run of a study shares. */
    record Common(ComponentChoice objective, DataChoice data, Integer dimension, long steps, double tolerance, Integer batchSize, Sampling sampling,
                  java.time.Duration timeLimit) {
    }

    static RunCommand command(Common common, double[] start, long seed, long steps, ComponentChoice optimizer, ComponentChoice gradient,
                              ComponentChoice schedule, Double clipNorm, Double clipValue) {
        return RunCommand.builder().objective(common.objective()).data(common.data()).dimension(common.dimension()).start(start).steps(steps)
                .seed(seed).tolerance(common.tolerance()).batchSize(common.batchSize()).sampling(common.sampling()).optimizer(optimizer)
                .gradient(gradient).schedule(schedule)
                .clipNorm(clipNorm == null ? Double.POSITIVE_INFINITY : clipNorm)
                .clipValue(clipValue == null ? Double.POSITIVE_INFINITY : clipValue).timeLimit(common.timeLimit()).build();
    }

    /** Watches for the first row whose loss and gradient norm reach a target. */
    static final class Target implements RunObserver {
        private final BiPredicate<Double, Double> reaches;
        long step = -1;
        long evaluations = -1;

        Target(BiPredicate<Double, Double> reaches) {
            this.reaches = reaches;
        }

        @Override
        public void step(StepView view) {
            if (step < 0 && view.lossEvaluated() && reaches.test(view.loss(), view.gradientNorm())) {
                step = view.step();
                evaluations = view.evaluations();
            }
        }
    }
}
