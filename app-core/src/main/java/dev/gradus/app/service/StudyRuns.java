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

    /** A pool of {@code threads} daemon threads named {@code gradus-NAME} for the runs of one study; shut it down when done. */
    static java.util.concurrent.ExecutorService pool(String name, int threads) {
        return java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gradus-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The value of a run's future; a run's unexpected failure is rethrown as it was. */
    static <T> T get(java.util.concurrent.Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a run", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
