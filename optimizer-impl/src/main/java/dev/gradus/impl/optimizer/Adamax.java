package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;

/**
 * Adamax, the infinity-norm variant of Adam, exactly as torch.optim.Adamax (torch 2.x,
 * single-tensor path) in double precision.
 *
 * <p>Update at step t (counted from 1), with learning rate γ from
 * {@link StepContext#learningRate()}, weight decay λ:
 * <pre>
 *   g ← ∇f(x) + λ x                      (skipped when λ = 0)
 *   m ← m + (1 − β1)(g − m)
 *   u ← max(β2 u, |g| + ε)
 *   x ← x − (γ / (1 − β1^t)) m / u
 * </pre>
 *
 * <p>Where ε sits: inside the max, added to |g| (so u &gt; 0 from the first step). u needs no bias
 * correction.
 *
 * <table>
 *   <caption>Parameters (torch's defaults; torch's {@code betas} pair is split)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>2e-3</td><td>≥ 0</td></tr>
 *   <tr><td>beta1</td><td>0.9</td><td>[0, 1)</td></tr>
 *   <tr><td>beta2</td><td>0.999</td><td>[0, 1)</td></tr>
 *   <tr><td>eps</td><td>1e-8</td><td>&gt; 0</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 * </table>
 *
 * <p>State: the step count and the vectors {@code first moment} and {@code infinity norm} (saved as
 * {@code exp_avg} and {@code exp_inf}).
 *
 * <p>Example: {@code gradus run --objective booth --optimizer adamax -p lr=0.05}.
 *
 * <p>Reference: D. P. Kingma, J. Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, section 7.1.
 */
final class Adamax extends LayoutOptimizer {
    private final int expAvg = layout.vector("exp_avg", "first moment");
    private final int expInf = layout.vector("exp_inf", "infinity norm", StateVectorKind.SCALE);
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;

    Adamax(double beta1, double beta2, double eps, double weightDecay) {
        super("Adamax");
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(expAvg), state.vector(expInf));
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        long t = ++state.steps;
        Step step = (Step) state.step;
        step.clr = context.learningRate() / (1 - Math.pow(beta1, t));
        step.apply(x, gradient);
    }

    /** One run's loop: its moment and norm, and the current step's rate. */
    private final class Step extends ElementwiseStep {
        private final double[] m;
        private final double[] u;
        private double clr;

        Step(double[] m, double[] u) {
            this.m = m;
            this.u = u;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] m = this.m;
            double[] u = this.u;
            double clr = this.clr;
            double beta1 = Adamax.this.beta1;
            double beta2 = Adamax.this.beta2;
            double eps = Adamax.this.eps;
            double weightDecay = Adamax.this.weightDecay;
            double weight = 1 - beta1;
            boolean decay = weightDecay != 0;
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                if (decay) {
                    g += weightDecay * x[i];
                }
                m[i] = TorchMath.lerp(m[i], g, weight);
                u[i] = Math.max(u[i] * beta2, Math.abs(g) + eps);
                x[i] += -clr * (m[i] / u[i]);
            }
        }
    }
}
