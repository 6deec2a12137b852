package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam, exactly as torch.optim.Adam (torch 2.x, the single-tensor path), in double precision.
 *
 * <p>Update at step t, with learning rate γ from the step context:
 * <pre>
 *   g ← ∇f(x) + λ x                                   (L2 weight decay, coupled)
 *   m ← m + (1 − β1)(g − m)                           (torch's lerp)
 *   v ← β2 v + (1 − β2) g²
 *   v̂max ← max(v̂max, v)                               (AMSGrad only: the raw second moment)
 *   denom ← √v / √(1 − β2^t) + ε                       (√v̂max with AMSGrad)
 *   x ← x − (γ / (1 − β1^t)) m / denom
 * </pre>
 * ε is added after bias-correcting the root of v, not inside the root and not before the
 * correction; this matters when ε is large. The operations are ordered as torch's kernels order
 * them, so trajectories match torch to rounding.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-3</td><td>≥ 0</td></tr>
 *   <tr><td>beta1</td><td>0.9</td><td>[0, 1)</td></tr>
 *   <tr><td>beta2</td><td>0.999</td><td>[0, 1)</td></tr>
 *   <tr><td>eps</td><td>1e-8</td><td>≥ 0</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>amsgrad</td><td>false</td><td></td></tr>
 * </table>
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

    Adam(double beta1, double beta2, double eps, double weightDecay, boolean amsgrad) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.amsgrad = amsgrad;
    }

    @Override
    public State init(int dimension) {
        return new State(new double[dimension], new double[dimension], amsgrad ? new double[dimension] : null);
    }

    @Override
    public void update(State state, double[] x, double[] gradient, StepContext context) {
        long t = ++state.steps;
        double stepSize = context.learningRate() / (1 - Math.pow(beta1, t));
        double correction2 = Math.sqrt(1 - Math.pow(beta2, t));
        double weight = 1 - beta1;
        double rest = 1 - weight;
        boolean lerpFromStart = weight < 0.5;
        double newWeight = 1 - beta2;
        double[] m = state.first;
        double[] v = state.second;
        double[] vmax = state.maxSecond;
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double g = gradient[i] + weightDecay * x[i];
            // torch's lerp: start + w (end - start) for w < 0.5, else end - (end - start)(1 - w)
            m[i] = lerpFromStart ? m[i] + weight * (g - m[i]) : g - (g - m[i]) * rest;
            v[i] = v[i] * beta2 + newWeight * g * g;
            double second = v[i];
            if (vmax != null) {
                second = Math.max(vmax[i], second);
                vmax[i] = second;
            }
            double denominator = Math.sqrt(second) / correction2 + eps;
            x[i] += -stepSize * m[i] / denominator;
        }
    }

    @Override
    public State restore(StateSnapshot snapshot) {
        int n = snapshot.dimension();
        State state = new State(snapshot.array(FIRST, n), snapshot.array(SECOND, n), amsgrad ? snapshot.array(MAX_SECOND, n) : null);
        if (!amsgrad && snapshot.arrayNames().contains(MAX_SECOND)) {
            throw new dev.gradus.api.error.InvalidStateException("the saved state is AMSGrad's, but this Adam has amsgrad=false");
        }
        state.steps = snapshot.steps();
        return state;
    }

    /** Step count, first and second moments, and with AMSGrad the running maximum of the second. */
    static final class State implements OptimizerState {
        private final double[] first;
        private final double[] second;
        private final double[] maxSecond;
        private long steps;

        State(double[] first, double[] second, double[] maxSecond) {
            this.first = first;
            this.second = second;
            this.maxSecond = maxSecond;
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
            Map<String, double[]> vectors = new LinkedHashMap<>();
            vectors.put("first moment", first);
            vectors.put("second moment", second);
            if (maxSecond != null) {
                vectors.put("max second moment", maxSecond);
            }
            return vectors;
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
