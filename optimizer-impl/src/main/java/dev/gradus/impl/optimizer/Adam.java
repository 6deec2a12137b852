package dev.gradus.impl.optimizer;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam, exactly as torch.optim.Adam (torch 2.x, the single-tensor, non-capturable path) in double
 * precision, optionally with AMSGrad; with decoupled weight decay it is torch.optim.AdamW (see
 * {@link AdamWProvider}).
 *
 * <p>Update at step t (counted from 1), with learning rate γ from
 * {@link StepContext#learningRate()} (not the configured {@code lr}, so that schedules apply):
 * <pre>
 *   g ← ∇f(x) + λ x                     (L2 weight decay, coupled; skipped when λ = 0, as torch does)
 *   m ← m + (1 − β1)(g − m)             (torch's exp_avg.lerp_(grad, 1 − β1))
 *   v ← β2 v + (1 − β2) g²
 *   v_max ← max(v_max, v)               (AMSGrad only; the maximum of the uncorrected v)
 *   denom ← √v / √(1 − β2^t) + ε        (√v_max with AMSGrad)
 *   x ← x − (γ / (1 − β1^t)) m / denom
 * </pre>
 *
 * <p>Where ε sits: it is added after bias-correcting the root of v, not inside the root and not
 * before the correction. This equals Algorithm 1 of the paper, {@code γ m̂ / (√v̂ + ε)}; the
 * paper's "efficient" reordering that TensorFlow and Keras use adds ε to the uncorrected √v, which
 * is a different, larger effective ε early on. The difference shows when ε is not small against √v̂.
 * Operations are ordered as torch's scalar kernels order them (its lerp switches to
 * {@code g − (g − m) β1} when {@code 1 − β1 ≥ 0.5}); torch's vectorised kernels may fuse
 * multiply-adds, so agreement with torch is to rounding, not guaranteed to the bit.
 *
 * <table>
 *   <caption>Parameters (torch's defaults; torch's {@code betas} pair is split)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-3</td><td>≥ 0</td></tr>
 *   <tr><td>beta1</td><td>0.9</td><td>[0, 1)</td></tr>
 *   <tr><td>beta2</td><td>0.999</td><td>[0, 1)</td></tr>
 *   <tr><td>eps</td><td>1e-8</td><td>&gt; 0</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>amsgrad</td><td>false</td><td>true or false</td></tr>
 * </table>
 *
 * <p>State: the step count and the vectors {@code first moment}, {@code second moment} and, with
 * AMSGrad, {@code max second moment} (saved as {@code exp_avg}, {@code exp_avg_sq},
 * {@code max_exp_avg_sq}, torch's names).
 *
 * <p>Example: {@code gradus run --objective rosenbrock --optimizer adam -p lr=0.01 --start -1.5,2}.
 *
 * <p>References: D. P. Kingma, J. Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015;
 * S. J. Reddi, S. Kale, S. Kumar, "On the Convergence of Adam and Beyond", ICLR 2018 (AMSGrad).
 */
final class Adam implements Optimizer<Adam.State> {
    private static final String FIRST = "exp_avg";
    private static final String SECOND = "exp_avg_sq";
    private static final String MAX_SECOND = "max_exp_avg_sq";

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean amsgrad;
    private final boolean decoupled;

    /**
     * @param decoupled AdamW's weight decay: the parameters shrink by {@code 1 − γλ} before the
     *                  moments are updated, and the gradient is left alone; otherwise λx is added to it
     */
    Adam(double beta1, double beta2, double eps, double weightDecay, boolean amsgrad, boolean decoupled) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.amsgrad = amsgrad;
        this.decoupled = decoupled;
    }

    @Override
    public State init(int dimension) {
        return withStep(new State(new double[dimension], new double[dimension], amsgrad ? new double[dimension] : null));
    }

    private State withStep(State state) {
        state.step = new Step(state.first, state.second, state.maxSecond);
        return state;
    }

    @Override
    public void update(State state, double[] x, double[] gradient, StepContext context) {
        long t = ++state.steps;
        Step step = state.step;
        step.stepSize = context.learningRate() / (1 - Math.pow(beta1, t));
        step.correction2Root = Math.sqrt(1 - Math.pow(beta2, t));
        step.shrinkFactor = 1 - context.learningRate() * weightDecay;
        step.apply(x, gradient);
    }

    /** One run's loop: its moments and the current step's size, correction and shrink factor. */
    private final class Step extends ElementwiseStep {
        private final double[] m;
        private final double[] v;
        private final double[] vmax;
        private double stepSize;
        private double correction2Root;
        private double shrinkFactor;

        Step(double[] m, double[] v, double[] vmax) {
            this.m = m;
            this.v = v;
            this.vmax = vmax;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] m = this.m;
            double[] v = this.v;
            double[] vmax = this.vmax;
            double stepSize = this.stepSize;
            double correction2Root = this.correction2Root;
            double shrinkFactor = this.shrinkFactor;
            double beta1 = Adam.this.beta1;
            double beta2 = Adam.this.beta2;
            double eps = Adam.this.eps;
            double weightDecay = Adam.this.weightDecay;
            boolean decoupled = Adam.this.decoupled;
            double weight = 1 - beta1;
            double newWeight = 1 - beta2;
            boolean decay = weightDecay != 0 && !decoupled;
            boolean shrink = weightDecay != 0 && decoupled;
            // every branch is loop-invariant; the JIT unswitches them
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                if (decay) {
                    g += weightDecay * x[i];
                }
                if (shrink) {
                    x[i] *= shrinkFactor;
                }
                m[i] = TorchMath.lerp(m[i], g, weight);
                v[i] = v[i] * beta2 + newWeight * g * g;
                double second = v[i];
                if (vmax != null) {
                    second = Math.max(vmax[i], second);
                    vmax[i] = second;
                }
                double denominator = Math.sqrt(second) / correction2Root + eps;
                x[i] += -stepSize * m[i] / denominator;
            }
        }
    }

    private String name() {
        return decoupled ? "AdamW" : "Adam";
    }

    @Override
    public State restore(StateSnapshot snapshot) {
        int n = snapshot.dimension();
        if (!amsgrad && snapshot.arrayNames().contains(MAX_SECOND)) {
            throw new InvalidStateException("the saved state is AMSGrad's, but this " + name() + " has amsgrad=false");
        }
        State state = new State(snapshot.array(FIRST, n), snapshot.array(SECOND, n), amsgrad ? snapshot.array(MAX_SECOND, n) : null);
        state.steps = snapshot.steps();
        return withStep(state);
    }

    /** Step count, first and second moments, and with AMSGrad the running maximum of the second. */
    static final class State implements OptimizerState {
        private final double[] first;
        private final double[] second;
        private final double[] maxSecond;
        private final Map<String, double[]> vectors;
        private long steps;
        /** This run's loop over the coordinates, set once by the Adam that made the state. */
        Step step;

        State(double[] first, double[] second, double[] maxSecond) {
            this.first = first;
            this.second = second;
            this.maxSecond = maxSecond;
            Map<String, double[]> named = new LinkedHashMap<>();
            named.put("first moment", first);
            named.put("second moment", second);
            if (maxSecond != null) {
                named.put("max second moment", maxSecond);
            }
            this.vectors = Collections.unmodifiableMap(named);
        }

        @Override
        public int dimension() {
            return first.length;
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public Map<String, double[]> vectors() {
            return vectors;
        }

        /** The second moments are scales; the first moment is a direction. */
        @Override
        public StateVectorKind vectorKind(String name) {
            return name.equals("second moment") || name.equals("max second moment") ? StateVectorKind.SCALE : StateVectorKind.DIRECTION;
        }

        @Override
        public StateSnapshot snapshot() {
            StateSnapshot.Builder snapshot = StateSnapshot.builder(first.length, steps).array(FIRST, first).array(SECOND, second);
            if (maxSecond != null) {
                snapshot.array(MAX_SECOND, maxSecond);
            }
            return snapshot.build();
        }
    }
}
