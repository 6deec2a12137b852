package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;

/**
 * NAdam, Adam with Nesterov momentum, exactly as torch.optim.NAdam in torch 2.x (single-tensor
 * path) in double precision.
 *
 * <p>Update at step t (counted from 1), with learning rate γ from
 * {@link StepContext#learningRate()}, momentum decay ψ, weight decay λ:
 * <pre>
 *   g ← ∇f(x) + λ x                                   (skipped when λ = 0)
 *   μ_t ← β1 (1 − ½ · 0.96^(t ψ));  μ_{t+1} ← β1 (1 − ½ · 0.96^((t+1) ψ))
 *   Π_t ← Π_{t−1} μ_t                                 (Π_0 = 1, kept in the state as mu_product)
 *   m ← m + (1 − β1)(g − m)
 *   v ← β2 v + (1 − β2) g²
 *   d ← √(v / (1 − β2^t)) + ε
 *   x ← x − γ (1 − μ_t) / (1 − Π_t) · g / d − γ μ_{t+1} / (1 − Π_t μ_{t+1}) · m / d
 * </pre>
 *
 * <p>This is the documented μ-schedule rule of torch 2.x. torch 1.13's default (single-tensor)
 * path computed it differently (a bug fixed in 2.0); its {@code foreach} path agrees with this one,
 * and that is what the reference trajectories were made with. Where ε sits: after bias-correcting
 * the root of v, as in Adam.
 *
 * <table>
 *   <caption>Parameters (torch's defaults; torch's {@code betas} pair is split)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>2e-3</td><td>≥ 0</td></tr>
 *   <tr><td>beta1</td><td>0.9</td><td>[0, 1)</td></tr>
 *   <tr><td>beta2</td><td>0.999</td><td>[0, 1)</td></tr>
 *   <tr><td>eps</td><td>1e-8</td><td>&gt; 0</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>momentum_decay</td><td>4e-3</td><td>≥ 0</td></tr>
 * </table>
 *
 * <p>State: the step count, the number {@code mu_product} and the vectors {@code first moment}
 * and {@code second moment} (saved as {@code exp_avg}, {@code exp_avg_sq}).
 *
 * <p>Example: {@code gradus run --objective rosenbrock --optimizer nadam -p lr=0.01 --start -1.5,2}.
 *
 * <p>Reference: T. Dozat, "Incorporating Nesterov Momentum into Adam", ICLR 2016 workshop.
 */
final class Nadam extends LayoutOptimizer {
    private final int expAvg = layout.vector("exp_avg", "first moment");
    private final int expAvgSq = layout.vector("exp_avg_sq", "second moment", StateVectorKind.SCALE);
    private final int muProduct = layout.number("mu_product");
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final double momentumDecay;

    Nadam(double beta1, double beta2, double eps, double weightDecay, double momentumDecay) {
        super("NAdam");
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.momentumDecay = momentumDecay;
    }

    @Override
    void initialize(VectorState state) {
        state.numbers[muProduct] = 1;
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(expAvg), state.vector(expAvgSq));
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        long t = ++state.steps;
        double lr = context.learningRate();
        double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * momentumDecay));
        double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * momentumDecay));
        double product = state.numbers[muProduct] * mu;
        state.numbers[muProduct] = product;
        Step step = (Step) state.step;
        step.correction2 = 1 - Math.pow(beta2, t);
        step.gradientStep = -lr * (1 - mu) / (1 - product);
        step.momentumStep = -lr * muNext / (1 - product * muNext);
        step.apply(x, gradient);
    }

    /** One run's loop: its moments and the current step's correction and step sizes. */
    private final class Step extends ElementwiseStep {
        private final double[] m;
        private final double[] v;
        private double correction2;
        private double gradientStep;
        private double momentumStep;

        Step(double[] m, double[] v) {
            this.m = m;
            this.v = v;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] m = this.m;
            double[] v = this.v;
            double correction2 = this.correction2;
            double gradientStep = this.gradientStep;
            double momentumStep = this.momentumStep;
            double beta1 = Nadam.this.beta1;
            double beta2 = Nadam.this.beta2;
            double eps = Nadam.this.eps;
            double weightDecay = Nadam.this.weightDecay;
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
                double denominator = Math.sqrt(v[i] / correction2) + eps;
                x[i] += gradientStep * (g / denominator);
                x[i] += momentumStep * (m[i] / denominator);
            }
        }
    }
}
