package dev.gradus.app.service;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.schedule.ScheduleState;
import dev.gradus.app.port.in.Checkpoint;
import dev.gradus.app.port.in.ProviderFailedException;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The step loop. For each row k: evaluate the value and gradient at x_k, record and report the row,
 * stop if the row diverged, met the tolerance, used up the budget or was cancelled; else hand the
 * optimizer the gradient it should see (negated to maximize, clipped, when asked) and the scheduled
 * learning rate, let it update x in place, and step the schedule. Everything the loop touches is
 * allocated before it starts; per step it does the estimator's and optimizer's work plus O(n) passes
 * for the gradient norm, a transformed gradient when one is asked for, and a copy of x when a new
 * best point is kept.
 */
final class RunEngine {

    RunResult run(PreparedRun run, RunObserver observer, Cancellation cancellation) {
        return loop(run, run.optimizer(), run.schedule(), observer, cancellation, false);
    }

    /**
     * As {@link #run}, and says which provider call the run is in ({@link StepView#calling()}) for
     * a watchdog; the step loop pays for that (a volatile write per call) only when asked.
     */
    RunResult runTracked(PreparedRun run, RunObserver observer, Cancellation cancellation) {
        return loop(run, run.optimizer(), run.schedule(), observer, cancellation, true);
    }

    @SuppressWarnings("unchecked")
    private static <S extends OptimizerState, T extends ScheduleState> RunResult loop(PreparedRun run, Optimizer<S> optimizer,
                                                                                      LearningRateSchedule<T> schedule,
                                                                                      RunObserver observer, Cancellation cancellation,
                                                                                      boolean tracked) {
        RunSetup setup = run.setup();
        GradientEstimator estimator = run.estimator();
        int n = setup.dimension();
        long first = setup.firstStep();
        long last = setup.lastStep();
        double tolerance = setup.tolerance();
        boolean keepPoints = setup.recordsPoints();
        double sign = setup.maximize() ? -1 : 1;

        double[] x = setup.start();
        double[] gradient = new double[n];
        double[] seen = setup.transformsGradient() ? new double[n] : gradient;
        double[] best = keepPoints ? new double[n] : null;
        double bestValue = Double.NaN;
        long bestStep = -1;
        TrajectoryRecorder recorder = new TrajectoryRecorder(n, keepPoints, run.trajectoryRows(), first, setup.steps());
        StochasticObjective stochastic = run.stochastic();
        BatchSampler sampler = run.sampler();
        Classifier classifier = stochastic instanceof Classifier c ? c : null;
        long evalEvery = setup.stochastic() == null ? 1 : setup.stochastic().evalEvery();
        boolean everyExample = setup.stochastic() != null && setup.stochastic().fullBatch();

        observer.started(setup);
        S state;
        try {
            state = run.optimizerState() != null ? (S) run.optimizerState() : optimizer.init(n);
        } catch (RuntimeException e) {
            throw new ProviderFailedException(ProviderKind.OPTIMIZER, setup.optimizer().id(), "to initialise its state", e);
        }
        double baseRate = setup.optimizerParameters().has("lr") ? setup.optimizerParameters().real("lr") : Double.NaN;
        T scheduleState = schedule == null ? null
                : run.scheduleState() != null ? (T) run.scheduleState() : schedule.init(baseRate, setup.steps());
        LiveStep view = new LiveStep(x, gradient, state, stochastic == null ? null : stochastic.batch(), estimator);
        String evaluating = tracked ? "objective '" + setup.objective().id() + "' with gradient '" + setup.gradient().id() + "'" : null;
        String updating = tracked ? "optimizer '" + setup.optimizer().id() + "'" : null;
        String scheduling = tracked && schedule != null ? "schedule '" + setup.schedule().id() + "'" : null;
        EngineContext context = new EngineContext(setup, estimator, sign);
        context.learningRate = baseRate;

        long start = System.nanoTime();
        long k = first;
        double loss = Double.NaN;
        double batchLoss = Double.NaN;
        double accuracy = Double.NaN;
        boolean evaluated = true;
        double norm = Double.NaN;
        StopReason reason;
        String detail;
        while (true) {
            try {
                if (stochastic != null) {
                    sampler.next();
                    stochastic.select(sampler.indices(), sampler.size());
                }
                if (tracked) {
                    view.calling = evaluating;
                }
                batchLoss = estimator.valueAndGradient(x, gradient);
                if (stochastic == null) {
                    loss = batchLoss;
                } else {
                    evaluated = (k - first) % evalEvery == 0 || k >= last;
                    // a batch of every example in order is the full data: its value is the loss, not evaluated twice
                    loss = !evaluated ? Double.NaN : everyExample ? batchLoss : stochastic.value(x);
                    accuracy = evaluated && classifier != null ? classifier.accuracy(x) : Double.NaN;
                }
            } catch (RuntimeException e) {
                reason = StopReason.FAILED;
                detail = "evaluating objective '" + setup.objective().id() + "' with gradient '" + setup.gradient().id() + "' failed at step "
                        + k + ": " + ProviderFailedException.describe(e);
                loss = Double.NaN;
                norm = Double.NaN;
                break;
            }
            norm = norm(gradient);
            view.set(k, loss, norm, batchLoss, accuracy, evaluated);
            recorder.offer(k, loss, norm, x);
            observer.step(view);
            if (evaluated && Double.isFinite(loss) && !(sign * loss >= sign * bestValue)) {
                bestValue = loss;
                bestStep = k;
                if (keepPoints) {
                    System.arraycopy(x, 0, best, 0, n);
                }
            }
            if (!Double.isFinite(batchLoss) || (evaluated && !Double.isFinite(loss)) || !Double.isFinite(norm)) {
                reason = StopReason.DIVERGED;
                boolean inTheGradient = Double.isFinite(batchLoss) && !(evaluated && !Double.isFinite(loss));
                double bad = !Double.isFinite(batchLoss) ? batchLoss : inTheGradient ? norm : loss;
                detail = (!Double.isFinite(batchLoss) ? "the " + (stochastic != null ? "batch " : "") + "loss became " + word(batchLoss) + " at step " + k
                        : evaluated && !Double.isFinite(loss) ? "the loss became " + word(loss) + " at step " + k
                        : "the gradient became " + word(norm) + " at step " + k) + culprit(setup, x, bad, inTheGradient, k > first);
                break;
            }
            if (tolerance > 0 && norm < tolerance) {
                reason = StopReason.GRADIENT_TOLERANCE;
                detail = String.format(Locale.ROOT, "gradient norm %.3g fell below the tolerance %.3g at step %d", norm, tolerance, k);
                break;
            }
            if (k >= last) {
                reason = StopReason.STEP_BUDGET;
                detail = "reached the budget of " + setup.steps() + " steps" + (first > 0 ? " after resuming at step " + first : "");
                break;
            }
            if (cancellation.isCancelled()) {
                reason = StopReason.CANCELLED;
                detail = "cancelled after " + k + " steps";
                break;
            }
            if (seen != gradient) {
                transform(gradient, seen, sign, setup.clipValue(), setup.clipNorm());
            }
            context.value = sign * batchLoss;
            if (scheduleState != null) {
                context.learningRate = scheduleState.learningRate();
            }
            try {
                if (tracked) {
                    view.calling = updating;
                }
                optimizer.update(state, x, seen, context);
            } catch (RuntimeException e) {
                reason = StopReason.FAILED;
                detail = "optimizer '" + setup.optimizer().id() + "' failed at step " + k + ": " + ProviderFailedException.describe(e);
                break;
            }
            if (scheduleState != null) {
                try {
                    if (tracked) {
                        view.calling = scheduling;
                    }
                    schedule.step(scheduleState, sign * batchLoss);
                } catch (RuntimeException e) {
                    reason = StopReason.FAILED;
                    detail = "schedule '" + setup.schedule().id() + "' failed at step " + k + ": " + ProviderFailedException.describe(e);
                    break;
                }
            }
            k++;
        }
        if (tracked) {
            view.calling = null;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (!evaluated && reason != StopReason.FAILED) {
            try {
                loss = stochastic.value(x);
                accuracy = classifier != null ? classifier.accuracy(x) : Double.NaN;
            } catch (RuntimeException e) {
                reason = StopReason.FAILED;
                detail = "evaluating objective '" + setup.objective().id() + "' on all its data failed at step " + k + ": "
                        + ProviderFailedException.describe(e);
                loss = Double.NaN;
            }
        }
        recorder.close(k, loss, norm, x);
        Checkpoint checkpoint = run.checkpoint() && reason != StopReason.FAILED
                ? new Checkpoint(setup.objective().id(), setup.objectiveParameters().asMap(), setup.optimizer().id(), setup.optimizerParameters().asMap(), k, x, state.snapshot(),
                        schedule == null ? null : setup.schedule().id(), scheduleState == null ? null : scheduleState.snapshot(),
                        setup.maximize(), randomness(setup))
                : null;
        RunResult result = new RunResult(setup, reason, detail, k, x, loss, norm, bestValue, bestStep, bestStep >= 0 ? best : null,
                estimator.functionEvaluations(), estimator.gradientEvaluations(), elapsed, recorder.toTrajectory(), checkpoint, accuracy);
        observer.finished(result);
        return result;
    }

    /**
     * What a run's random draws depend on, for its checkpoint: empty for a run that draws nothing
     * (no data and no stochastic objective).
     */
    static Map<String, Object> randomness(RunSetup setup) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (setup.data() == null && setup.stochastic() == null) {
            return map;
        }
        map.put("seed", setup.seed());
        if (setup.data() != null) {
            map.put("data", setup.data().name());
            if (setup.data().parameters() != null) {
                setup.data().parameters().asMap().forEach((name, value) -> map.put("data:" + name, value));
            }
        }
        if (setup.stochastic() != null) {
            map.put("batch_size", (long) setup.stochastic().batchSize());
            map.put("sampling", setup.stochastic().sampling().id());
        }
        return map;
    }

    /**
     * Writes into {@code seen} the gradient the optimizer should see: {@code gradient} times
     * {@code sign}, each component clamped to [-clipValue, clipValue], then the whole rescaled to
     * norm at most {@code clipNorm} by torch's rule (coefficient clipNorm / (norm + 1e-6), applied
     * when below 1).
     */
    static void transform(double[] gradient, double[] seen, double sign, double clipValue, double clipNorm) {
        for (int i = 0; i < gradient.length; i++) {
            double g = sign * gradient[i];
            seen[i] = g > clipValue ? clipValue : g < -clipValue ? -clipValue : g;
        }
        if (clipNorm != Double.POSITIVE_INFINITY) {
            double coefficient = clipNorm / (norm(seen) + 1e-6);
            if (coefficient < 1) {
                for (int i = 0; i < seen.length; i++) {
                    seen[i] *= coefficient;
                }
            }
        }
    }

    /**
     * From this length on, the norm's sum of squares runs in four interleaved partial sums: one
     * running sum is a chain of dependent additions, which at 10^7 coordinates took longer than an
     * Adam step over them; four chains run at the memory's pace. Shorter gradients keep the plain
     * sum, so their norms (and every small run's rows) are as before, bit for bit.
     */
    static final int BLOCKED_NORM = 4096;

    /** {@code Σ v_i²} in order. */
    private static double sumOfSquares(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value * value;
        }
        return sum;
    }

    /** {@code Σ v_i²} as four partial sums over the indices of each residue mod 4, added pairwise; deterministic. */
    static double blockedSumOfSquares(double[] v) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int end = v.length & ~3;
        int i = 0;
        for (; i < end; i += 4) {
            s0 += v[i] * v[i];
            s1 += v[i + 1] * v[i + 1];
            s2 += v[i + 2] * v[i + 2];
            s3 += v[i + 3] * v[i + 3];
        }
        for (; i < v.length; i++) {
            s0 += v[i] * v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The Euclidean norm. A plain sum of squares in the loop (see {@link #BLOCKED_NORM}); only when that overflows (components
     * beyond about 1e154) is it recomputed scaled by the largest component, so a finite gradient
     * never reads as an infinite one.
     */
    static double norm(double[] v) {
        double sum = v.length < BLOCKED_NORM ? sumOfSquares(v) : blockedSumOfSquares(v);
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

    /**
     * Who made a NaN, when that can be told: an optimizer that moved the point to NaN (from a
     * finite gradient: the run would have stopped before), or the objective (or the estimator, for
     * a gradient) that returned NaN at a finite point. An infinite value is left unnamed: it is
     * how a run with too large a step diverges, no provider's fault. Scans the point once, when the
     * run stops.
     */
    private static String culprit(RunSetup setup, double[] x, double bad, boolean inTheGradient, boolean moved) {
        if (!Double.isNaN(bad)) {
            return "";
        }
        for (double v : x) {
            if (Double.isNaN(v)) {
                return moved ? ": optimizer '" + setup.optimizer().id() + "' had moved the point to NaN" : "";
            }
        }
        double largest = 0;
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return "";
            }
            largest = Math.max(largest, Math.abs(v));
        }
        // the largest coordinate tells a NaN of a point far out (an overflow inside the objective) from one near the start
        String where = String.format(Locale.ROOT, " at a finite point (largest |coordinate| %.3g)", largest);
        return inTheGradient
                ? ": gradient '" + setup.gradient().id() + "' of objective '" + setup.objective().id() + "' returned NaN" + where
                : ": objective '" + setup.objective().id() + "' returned NaN" + where;
    }

    private static String word(double value) {
        return Double.isNaN(value) ? "NaN" : "infinite";
    }

    /** The view of the current row handed to observers; one per run, updated in place. */
    private static final class LiveStep implements StepView {
        private final double[] point;
        private final double[] gradient;
        private final OptimizerState state;
        private final Objective batch;
        private final GradientEstimator counter;
        /** The provider call the run is in: read by a watchdog on another thread. */
        volatile String calling;
        private long step;
        private double loss;
        private double norm;
        private double batchLoss;
        private double accuracy;
        private boolean evaluated;

        LiveStep(double[] point, double[] gradient, OptimizerState state, Objective batch, GradientEstimator counter) {
            this.point = point;
            this.gradient = gradient;
            this.state = state;
            this.batch = batch;
            this.counter = counter;
        }

        @Override
        public String calling() {
            return calling;
        }

        @Override
        public long evaluations() {
            return counter.functionEvaluations() + counter.gradientEvaluations();
        }

        @Override
        public double batchValueAt(double[] at) {
            if (batch == null) {
                return Double.NaN;
            }
            try {
                return batch.value(at);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }

        void set(long step, double loss, double norm, double batchLoss, double accuracy, boolean evaluated) {
            this.step = step;
            this.loss = loss;
            this.norm = norm;
            this.batchLoss = batchLoss;
            this.accuracy = accuracy;
            this.evaluated = evaluated;
        }

        @Override
        public double batchLoss() {
            return batchLoss;
        }

        @Override
        public double accuracy() {
            return accuracy;
        }

        @Override
        public boolean lossEvaluated() {
            return evaluated;
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

        @Override
        public Map<String, double[]> stateVectors() {
            return state.vectors();
        }

        @Override
        public StateVectorKind stateVectorKind(String name) {
            try {
                StateVectorKind kind = state.vectorKind(name);
                return kind == null ? StateVectorKind.DIRECTION : kind;
            } catch (RuntimeException e) {
                return StateVectorKind.DIRECTION;
            }
        }
    }

    /**
     * The step context of one run: the current learning rate, the value being minimized (the
     * objective's, negated when maximizing), and counted extra evaluations whose gradients are
     * negated and clipped alike, as a torch closure that clips would return them.
     */
    private static final class EngineContext implements StepContext {
        private final GradientEstimator estimator;
        private final boolean extraEvaluations;
        private final String optimizerId;
        private final double sign;
        private final boolean transforms;
        private final double clipValue;
        private final double clipNorm;
        double learningRate;
        double value;

        EngineContext(RunSetup setup, GradientEstimator estimator, double sign) {
            this.estimator = estimator;
            this.extraEvaluations = setup.capabilities().contains(OptimizerCapability.EXTRA_EVALUATIONS);
            this.optimizerId = setup.optimizer().id();
            this.sign = sign;
            this.transforms = setup.transformsGradient();
            this.clipValue = setup.clipValue();
            this.clipNorm = setup.clipNorm();
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
            double f = estimator.valueAndGradient(point, gradient);
            if (transforms) {
                transform(gradient, gradient, sign, clipValue, clipNorm);
            }
            return sign * f;
        }
    }
}
