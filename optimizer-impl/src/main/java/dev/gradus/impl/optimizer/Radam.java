package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;

/**
 * RAdam, Adam with a rectified adaptive learning rate, exactly as torch.optim.RAdam (torch 2.x,
 * single-tensor path) in double precision.
 *
 * <p>Update at step t (counted from 1), with learning rate γ from
 * {@link StepContext#learningRate()}, weight decay λ:
 * <pre>
 *   g ← ∇f(x) + λ x                                  (skipped when λ = 0)
 *   m ← m + (1 − β1)(g − m);  v ← β2 v + (1 − β2) g²
 *   m̂ ← m / (1 − β1^t)
 *   ρ_∞ ← 2 / (1 − β2) − 1;  ρ_t ← ρ_∞ − 2 t β2^t / (1 − β2^t)
 *   if ρ_t &gt; 5:  r ← √((ρ_t − 4)(ρ_t − 2) ρ_∞ / ((ρ_∞ − 4)(ρ_∞ − 2) ρ_t))
 *                x ← x − γ m̂ · √(1 − β2^t) / (√v + ε) · r
 *   otherwise:   x ← x − γ m̂                        (momentum SGD: the variance is not yet trusted)
 * </pre>
 *
 * <p>At the default β2 = 0.999, ρ_t exceeds 5 from step 6 on: the first five steps are
 * un-rectified. Where ε sits: added to the raw √v, before the bias correction √(1 − β2^t) multiplies
 * it in (unlike Adam). torch 1.13's {@code foreach} path leaves ε out; its default path is the one
 * the reference trajectories were made with.
 *
 * <table>
 *   <caption>Parameters (torch's defaults; torch's {@code betas} pair is split)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-3</td><td>≥ 0</td></tr>
 *   <tr><td>beta1</td><td>0.9</td><td>[0, 1)</td></tr>
 *   <tr><td>beta2</td><td>0.999</td><td>[0, 1)</td></tr>
 *   <tr><td>eps</td><td>1e-8</td><td>&gt; 0</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 * </table>
 *
 * <p>State: the step count and the vectors {@code first moment} and {@code second moment} (saved as
 * {@code exp_avg}, {@code exp_avg_sq}).
 *
 * <p>Example: {@code gradus run --objective booth --optimizer radam -p lr=0.01}.
 *
 * <p>Reference: L. Liu et al., "On the Variance of the Adaptive Learning Rate and Beyond", ICLR 2020.
 */
final class Radam extends LayoutOptimizer {
    private final int expAvg = layout.vector("exp_avg", "first moment");
    private final int expAvgSq = layout.vector("exp_avg_sq", "second moment", StateVectorKind.SCALE);
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;

    Radam(double beta1, double beta2, double eps, double weightDecay) {
        super("RAdam");
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(expAvg), state.vector(expAvgSq));
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        long t = ++state.steps;
        double correction2 = 1 - Math.pow(beta2, t);
        double rhoInf = 2 / (1 - beta2) - 1;
        double rhoT = rhoInf - 2 * t * Math.pow(beta2, t) / correction2;
        boolean rectified = rhoT > 5;
        Step step = (Step) state.step;
        step.lr = context.learningRate();
        step.correction1 = 1 - Math.pow(beta1, t);
        step.correction2Root = Math.sqrt(correction2);
        step.rectified = rectified;
        step.rect = rectified ? Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT)) : 0;
        step.apply(x, gradient);
    }

    /** One run's loop: its moments and the current step's corrections and rectification. */
    private final class Step extends ElementwiseStep {
        private final double[] m;
        private final double[] v;
        private double lr;
        private double correction1;
        private double correction2Root;
        private boolean rectified;
        private double rect;

        Step(double[] m, double[] v) {
            this.m = m;
            this.v = v;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] m = this.m;
            double[] v = this.v;
            double lr = this.lr;
            double correction1 = this.correction1;
            double correction2Root = this.correction2Root;
            boolean rectified = this.rectified;
            double rect = this.rect;
            double beta1 = Radam.this.beta1;
            double beta2 = Radam.this.beta2;
            double eps = Radam.this.eps;
            double weightDecay = Radam.this.weightDecay;
            double weight = 1 - beta1;
            double newWeight = 1 - beta2;
            boolean decay = weightDecay != 0;
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                if (decay) {
                    g += weightDecay * x[i];
                }
                m[i] = TorchMath.lerp(m[i], g, weight);
                v[i] = v[i] * beta2 + newWeight * g * g;
                double corrected = m[i] / correction1;
                if (rectified) {
                    double adaptive = correction2Root / (Math.sqrt(v[i]) + eps);
                    x[i] += -(corrected * lr * adaptive * rect);
                } else {
                    x[i] += -(corrected * lr);
                }
            }
        }
    }
}
