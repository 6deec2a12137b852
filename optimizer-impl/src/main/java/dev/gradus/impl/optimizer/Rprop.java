package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;
import java.util.Arrays;

/**
 * Resilient backpropagation, exactly as torch.optim.Rprop (torch 2.x, single-tensor path) in
 * double precision: each coordinate moves by its own step size in the direction opposite to the
 * sign of its gradient; the magnitude of the gradient is never used.
 *
 * <p>Update, per coordinate, with the previous (possibly zeroed) gradient p:
 * <pre>
 *   s ← g · p
 *   s &gt; 0:  Δ ← min(Δ · η₊, Δ_max)                 (same sign again: accelerate)
 *   s &lt; 0:  Δ ← max(Δ · η₋, Δ_min);  g ← 0         (sign flipped: slow down and skip this move)
 *   s = 0:  Δ unchanged
 *   x ← x − sign(g) Δ;  p ← g
 * </pre>
 *
 * <p>Every step size starts at the learning rate of the first step (torch fills them with
 * {@code lr} when it creates the state), so {@code lr} only seeds Rprop: a schedule has no effect
 * after the first step, as in torch. Rprop has no ε and no weight decay.
 *
 * <table>
 *   <caption>Parameters (torch's defaults; torch's {@code etas} and {@code step_sizes} pairs are split)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-2</td><td>≥ 0 (the initial step size)</td></tr>
 *   <tr><td>eta_minus</td><td>0.5</td><td>(0, 1)</td></tr>
 *   <tr><td>eta_plus</td><td>1.2</td><td>&gt; 1</td></tr>
 *   <tr><td>step_size_min</td><td>1e-6</td><td>≥ 0, at most step_size_max</td></tr>
 *   <tr><td>step_size_max</td><td>50</td><td>&gt; 0</td></tr>
 * </table>
 *
 * <p>State: the step count and the vectors {@code previous gradient} and {@code step size} (saved
 * as {@code prev} and {@code step_size}, torch's names).
 *
 * <p>Example: {@code gradus run --objective rosenbrock --optimizer rprop --start -1.5,2}.
 *
 * <p>Reference: M. Riedmiller, H. Braun, "A direct adaptive method for faster backpropagation
 * learning: the RPROP algorithm", IEEE ICNN 1993.
 */
final class Rprop extends LayoutOptimizer {
    private final int previous = layout.vector("prev", "previous gradient");
    private final int stepSize = layout.vector("step_size", "step size", StateVectorKind.SCALE);
    private final double etaMinus;
    private final double etaPlus;
    private final double stepSizeMin;
    private final double stepSizeMax;

    Rprop(double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax) {
        super("Rprop");
        this.etaMinus = etaMinus;
        this.etaPlus = etaPlus;
        this.stepSizeMin = stepSizeMin;
        this.stepSizeMax = stepSizeMax;
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(previous), state.vector(stepSize));
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        if (state.steps++ == 0) {
            Arrays.fill(state.vector(stepSize), context.learningRate());
        }
        state.step.apply(x, gradient);
    }

    /** One run's loop: its previous gradient and step sizes. */
    private final class Step extends ElementwiseStep {
        private final double[] p;
        private final double[] delta;

        Step(double[] p, double[] delta) {
            this.p = p;
            this.delta = delta;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] p = this.p;
            double[] delta = this.delta;
            double etaMinus = Rprop.this.etaMinus;
            double etaPlus = Rprop.this.etaPlus;
            double stepSizeMin = Rprop.this.stepSizeMin;
            double stepSizeMax = Rprop.this.stepSizeMax;
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                double product = g * p[i];
                double factor = product > 0 ? etaPlus : product < 0 ? etaMinus : 1;
                delta[i] = Math.min(Math.max(delta[i] * factor, stepSizeMin), stepSizeMax);
                if (product < 0) {
                    g = 0;
                }
                x[i] += -Math.signum(g) * delta[i];
                p[i] = g;
            }
        }
    }
}
