package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;

/**
 * Adadelta, exactly as torch.optim.Adadelta (torch 2.x, single-tensor path) in double precision.
 *
 * <p>Update, with learning rate γ from {@link StepContext#learningRate()}, decay ρ, weight decay λ:
 * <pre>
 *   g ← ∇f(x) + λ x                      (skipped when λ = 0)
 *   v ← ρ v + (1 − ρ) g²
 *   Δ ← √(u + ε) / √(v + ε) · g
 *   u ← ρ u + (1 − ρ) Δ²
 *   x ← x − γ Δ
 * </pre>
 *
 * <p>Where ε sits: inside both roots. It is what gets the first steps going: u starts at 0, so the
 * first update is {@code √ε / √((1 − ρ) g² + ε) · g}, about {@code √ε / √(1 − ρ)} per coordinate
 * (3e-3 at the defaults), and ε keeps setting the pace until u has grown. The paper has no
 * learning rate; torch multiplies by γ = 1 by default.
 *
 * <table>
 *   <caption>Parameters (torch's names and defaults)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1.0</td><td>≥ 0</td></tr>
 *   <tr><td>rho</td><td>0.9</td><td>[0, 1]</td></tr>
 *   <tr><td>eps</td><td>1e-6</td><td>&gt; 0</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 * </table>
 *
 * <p>State: the step count and the vectors {@code square average} and {@code update average}
 * (saved as {@code square_avg} and {@code acc_delta}, torch's names).
 *
 * <p>Example: {@code gradus run --objective booth --optimizer adadelta --steps 500}.
 *
 * <p>Reference: M. D. Zeiler, "ADADELTA: An Adaptive Learning Rate Method", arXiv:1212.5701, 2012.
 */
final class Adadelta extends LayoutOptimizer {
    private final int squareAvg = layout.vector("square_avg", "square average", StateVectorKind.SCALE);
    private final int accDelta = layout.vector("acc_delta", "update average", StateVectorKind.SCALE);
    private final double rho;
    private final double eps;
    private final double weightDecay;

    Adadelta(double rho, double eps, double weightDecay) {
        super("Adadelta");
        this.rho = rho;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(squareAvg), state.vector(accDelta));
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        state.steps++;
        Step step = (Step) state.step;
        step.lr = context.learningRate();
        step.apply(x, gradient);
    }

    /** One run's loop: its two averages and the current learning rate. */
    private final class Step extends ElementwiseStep {
        private final double[] v;
        private final double[] u;
        private double lr;

        Step(double[] v, double[] u) {
            this.v = v;
            this.u = u;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] v = this.v;
            double[] u = this.u;
            double lr = this.lr;
            double rho = Adadelta.this.rho;
            double eps = Adadelta.this.eps;
            double weightDecay = Adadelta.this.weightDecay;
            double weight = 1 - rho;
            boolean decay = weightDecay != 0;
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                if (decay) {
                    g += weightDecay * x[i];
                }
                v[i] = v[i] * rho + weight * g * g;
                double std = Math.sqrt(v[i] + eps);
                double delta = Math.sqrt(u[i] + eps) / std * g;
                u[i] = u[i] * rho + weight * delta * delta;
                x[i] += -lr * delta;
            }
        }
    }
}
