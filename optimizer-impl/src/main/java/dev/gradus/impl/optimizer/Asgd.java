package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;

/**
 * Averaged SGD, exactly as torch.optim.ASGD (torch 2.x, single-tensor path) in double precision.
 *
 * <p>Update at step t (counted from 1), with learning rate γ_t from
 * {@link StepContext#learningRate()}, decay term λ, power α, averaging start t0, weight decay w:
 * <pre>
 *   g ← ∇f(x) + w x                              (skipped when w = 0)
 *   x ← x (1 − λ η) − η g                        (η: the current step size, γ_1 at t = 1)
 *   a ← a + μ (x − a)   if μ ≠ 1,  else a ← x    (the running average of the iterates)
 *   η ← γ_t / (1 + λ γ_t t)^α                    (the step size for step t + 1)
 *   μ ← 1 / max(1, t − t0)
 * </pre>
 *
 * <p>As in torch, the step size η used at step t + 1 is computed at the end of step t from that
 * step's learning rate, so a schedule acts on ASGD one step late. The parameters are the SGD
 * iterates; the average a, the point ASGD's theory is about, is kept in the state (shown as
 * "average") and becomes a true average only after t0 steps.
 *
 * <table>
 *   <caption>Parameters (torch's names and defaults)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-2</td><td>≥ 0</td></tr>
 *   <tr><td>lambd</td><td>1e-4</td><td>≥ 0</td></tr>
 *   <tr><td>alpha</td><td>0.75</td><td>≥ 0</td></tr>
 *   <tr><td>t0</td><td>1e6</td><td>≥ 0</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 * </table>
 *
 * <p>State: the step count, the numbers {@code eta} and {@code mu} and the vector {@code average}
 * (saved as {@code ax}, torch's name).
 *
 * <p>Example: {@code gradus run --objective elongated-bowl --optimizer asgd -p lr=0.1 -p t0=20}.
 *
 * <p>Reference: B. T. Polyak, A. B. Juditsky, "Acceleration of Stochastic Approximation by
 * Averaging", SIAM J. Control Optim. 30(4), 1992.
 */
final class Asgd extends LayoutOptimizer {
    private final int average = layout.vector("ax", "average", StateVectorKind.POINT);
    private final int eta = layout.number("eta");
    private final int mu = layout.number("mu");
    private final double lambd;
    private final double alpha;
    private final double t0;
    private final double weightDecay;

    Asgd(double lambd, double alpha, double t0, double weightDecay) {
        super("ASGD");
        this.lambd = lambd;
        this.alpha = alpha;
        this.t0 = t0;
        this.weightDecay = weightDecay;
    }

    @Override
    void initialize(VectorState state) {
        state.numbers[mu] = 1;
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(average));
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        double lr = context.learningRate();
        if (state.steps == 0) {
            // torch creates the state, with eta = lr, at the first step
            state.numbers[eta] = lr;
        }
        long t = ++state.steps;
        Step step = (Step) state.step;
        step.stepSize = state.numbers[eta];
        step.shrink = 1 - lambd * step.stepSize;
        step.averaging = state.numbers[mu];
        step.apply(x, gradient);
        state.numbers[eta] = lr / Math.pow(1 + lambd * lr * t, alpha);
        state.numbers[mu] = 1 / Math.max(1, t - t0);
    }

    /** One run's loop: its average and the current step's step size, shrink and averaging weight. */
    private final class Step extends ElementwiseStep {
        private final double[] a;
        private double stepSize;
        private double shrink;
        private double averaging;

        Step(double[] a) {
            this.a = a;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] a = this.a;
            double stepSize = this.stepSize;
            double shrink = this.shrink;
            double averaging = this.averaging;
            double weightDecay = Asgd.this.weightDecay;
            boolean decay = weightDecay != 0;
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                if (decay) {
                    g += weightDecay * x[i];
                }
                x[i] *= shrink;
                x[i] += -stepSize * g;
                a[i] = averaging != 1 ? a[i] + (x[i] - a[i]) * averaging : x[i];
            }
        }
    }
}
