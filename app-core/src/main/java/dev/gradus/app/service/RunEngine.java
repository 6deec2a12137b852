package dev.gradus.app.service;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.app.port.in.ProviderFailedException;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.time.Duration;

/**
 * The step loop. For each row k = 0, 1, ...: evaluate the value and gradient at x_k, record and
 * report the row, stop if the row diverged, met the tolerance, used up the budget or was cancelled,
 * else let the optimizer update x in place. Everything the loop touches is allocated before it
 * starts; per step it does the estimator's and optimizer's work plus one O(n) pass for the gradient
 * norm (and one copy of x when a new best point is kept).
 */
final class RunEngine {

    RunResult run(PreparedRun run, RunObserver observer, Cancellation cancellation) {
        return loop(run, run.optimizer(), observer, cancellation);
    }

    private static <S extends OptimizerState> RunResult loop(PreparedRun run, Optimizer<S> optimizer, RunObserver observer,
                                                             Cancellation cancellation) {
        RunSetup setup = run.setup();
        GradientEstimator estimator = run.estimator();
        int n = setup.dimension();
        long budget = setup.steps();
        double tolerance = setup.tolerance();
        boolean keepPoints = setup.recordsPoints();

        double[] x = setup.start();
        double[] gradient = new double[n];
        double[] best = keepPoints ? new double[n] : null;
        double bestValue = Double.NaN;
        long bestStep = -1;
        TrajectoryRecorder recorder = new TrajectoryRecorder(n, keepPoints, run.trajectoryRows(), budget);
        LiveStep view = new LiveStep(x, gradient);
        EngineContext context = new EngineContext(setup, estimator);

        observer.started(setup);
        S state;
        try {
            state = optimizer.init(n);
        } catch (RuntimeException e) {
            throw new ProviderFailedException(ProviderKind.OPTIMIZER, setup.optimizer().id(), "to initialise its state", e);
        }
        long start = System.nanoTime();
        long k = 0;
        double loss = Double.NaN;
        double norm = Double.NaN;
        StopReason reason;
        String detail;
        while (true) {
            try {
                loss = estimator.valueAndGradient(x, gradient);
            } catch (RuntimeException e) {
                reason = StopReason.FAILED;
                detail = "evaluating objective '" + setup.objective().id() + "' with gradient '" + setup.gradient().id() + "' failed at step "
                        + k + ": " + ProviderFailedException.describe(e);
                loss = Double.NaN;
                norm = Double.NaN;
                break;
            }
            norm = norm(gradient);
            view.set(k, loss, norm);
            recorder.offer(k, loss, norm, x);
            observer.step(view);
            if (Double.isFinite(loss) && !(loss >= bestValue)) {
                bestValue = loss;
                bestStep = k;
                if (keepPoints) {
                    System.arraycopy(x, 0, best, 0, n);
                }
            }
            if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
                reason = StopReason.DIVERGED;
                detail = Double.isFinite(loss)
                        ? "the gradient became " + word(norm) + " at step " + k
                        : "the loss became " + word(loss) + " at step " + k;
                break;
            }
            if (tolerance > 0 && norm < tolerance) {
                reason = StopReason.GRADIENT_TOLERANCE;
                detail = String.format(java.util.Locale.ROOT, "gradient norm %.3g fell below the tolerance %.3g at step %d", norm, tolerance, k);
                break;
            }
            if (k >= budget) {
                reason = StopReason.STEP_BUDGET;
                detail = "reached the budget of " + budget + " steps";
                break;
            }
            if (cancellation.isCancelled()) {
                reason = StopReason.CANCELLED;
                detail = "cancelled after " + k + " steps";
                break;
            }
            context.value = loss;
            try {
                optimizer.update(state, x, gradient, context);
            } catch (RuntimeException e) {
                reason = StopReason.FAILED;
                detail = "optimizer '" + setup.optimizer().id() + "' failed at step " + k + ": " + ProviderFailedException.describe(e);
                break;
            }
            k++;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        recorder.close(k, loss, norm, x);
        RunResult result = new RunResult(setup, reason, detail, k, x, loss, norm, bestValue, bestStep, bestStep >= 0 ? best : null,
                estimator.functionEvaluations(), estimator.gradientEvaluations(), elapsed, recorder.toTrajectory());
        observer.finished(result);
        return result;
    }

    /**
     * The Euclidean norm. A plain sum of squares in the loop; only when that overflows (components
     * beyond about 1e154) is it recomputed scaled by the largest component, so a finite gradient
     * never reads as an infinite one.
     */
    static double norm(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value * value;
        }
        if (sum != Double.POSITIVE_INFINITY) {
            return Math.sqrt(sum);
        }
        double largest = 0;
        for (double value : v) {
            largest = Math.max(largest, Math.abs(value));
        }
        if (Double.isInfinite(largest)) {
            return largest;
        }
        double scaled = 0;
        for (double value : v) {
            double r = value / largest;
            scaled += r * r;
        }
        return largest * Math.sqrt(scaled);
    }

    private static String word(double value) {
        return Double.isNaN(value) ? "NaN" : "infinite";
    }

    /** The view of the current row handed to observers; one per run, updated in place. */
    private static final class LiveStep implements StepView {
        private final double[] point;
        private final double[] gradient;
        private long step;
        private double loss;
        private double norm;

        LiveStep(double[] point, double[] gradient) {
            this.point = point;
            this.gradient = gradient;
        }

        void set(long step, double loss, double norm) {
            this.step = step;
            this.loss = loss;
            this.norm = norm;
        }

        @Override
        public long step() {
            return step;
        }

        @Override
        public double loss() {
            return loss;
        }

        @Override
        public double gradientNorm() {
            return norm;
        }

        @Override
        public double[] point() {
            return point;
        }

        @Override
        public double[] gradient() {
            return gradient;
        }
    }

    /** The step context of one run: the learning rate, the current value, and counted extra evaluations. */
    private static final class EngineContext implements StepContext {
        private final double learningRate;
        private final GradientEstimator estimator;
        private final boolean extraEvaluations;
        private final String optimizerId;
        double value;

        EngineContext(RunSetup setup, GradientEstimator estimator) {
            this.learningRate = setup.optimizerParameters().has("lr") ? setup.optimizerParameters().real("lr") : Double.NaN;
            this.estimator = estimator;
            this.extraEvaluations = setup.capabilities().contains(OptimizerCapability.EXTRA_EVALUATIONS);
            this.optimizerId = setup.optimizer().id();
        }

        @Override
        public double learningRate() {
            return learningRate;
        }

        @Override
        public double value() {
            return value;
        }

        @Override
        public double evaluate(double[] point, double[] gradient) {
            if (!extraEvaluations) {
                throw new IllegalStateException("optimizer '" + optimizerId + "' asked for an extra evaluation without declaring "
                        + "OptimizerCapability.EXTRA_EVALUATIONS");
            }
            return estimator.valueAndGradient(point, gradient);
        }
    }
}
