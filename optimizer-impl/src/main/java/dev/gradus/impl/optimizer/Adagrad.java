package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;
import java.util.Arrays;

/**
 * Adagrad, exactly as torch.optim.Adagrad (torch 2.x, single-tensor path) in double precision.
 *
 * <p>Update at step t (counted from 1), with learning rate γ from
 * {@link StepContext#learningRate()}, learning-rate decay η, weight decay λ:
 * <pre>
 *   g ← ∇f(x) + λ x                     (skipped when λ = 0)
 *   γ_t ← γ / (1 + (t − 1) η)           (t − 1: the first step uses γ itself)
 *   s ← s + g²                          (s starts at initial_accumulator_value)
 *   x ← x − γ_t g / (√s + ε)
 * </pre>
 *
 * <p>Where ε sits: outside the root, added to √s. With {@code eps=1e-7} and no decay this is the
 * AdaGrad of <em>Deep Learning from Scratch</em> (its {@code h += g*g; x -= lr*g/(sqrt(h)+1e-7)}).
 *
 * <table>
 *   <caption>Parameters (torch's names and defaults)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-2</td><td>≥ 0</td></tr>
 *   <tr><td>lr_decay</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>initial_accumulator_value</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>eps</td><td>1e-10</td><td>&gt; 0</td></tr>
 * </table>
 *
 * <p>State: the step count and the vector {@code accumulator} (saved as {@code sum}, torch's name).
 *
 * <p>Example: {@code gradus run --objective elongated-bowl --optimizer adagrad -p lr=1.5 -p eps=1e-7 --start -7,2 --steps 30}.
 *
 * <p>Reference: J. Duchi, E. Hazan, Y. Singer, "Adaptive Subgradient Methods for Online Learning
 * and Stochastic Optimization", JMLR 12, 2011.
 */
final class Adagrad extends LayoutOptimizer {
    private final int sum = layout.vector("sum", "accumulator", StateVectorKind.SCALE);
    private final double lrDecay;
    private final double weightDecay;
    private final double initialAccumulator;
    private final double eps;

    Adagrad(double lrDecay, double weightDecay, double initialAccumulator, double eps) {
        super("Adagrad");
        this.lrDecay = lrDecay;
        this.weightDecay = weightDecay;
        this.initialAccumulator = initialAccumulator;
        this.eps = eps;
    }

    @Override
    void initialize(VectorState state) {
        Arrays.fill(state.vector(sum), initialAccumulator);
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(sum));
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        long t = ++state.steps;
        Step step = (Step) state.step;
        step.clr = context.learningRate() / (1 + (t - 1) * lrDecay);
        step.apply(x, gradient);
    }

    /** One run's loop: its accumulator and the current step's rate. */
    private final class Step extends ElementwiseStep {
        private final double[] s;
        private double clr;

        Step(double[] s) {
            this.s = s;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] s = this.s;
            double clr = this.clr;
            double weightDecay = Adagrad.this.weightDecay;
            double eps = Adagrad.this.eps;
            boolean decay = weightDecay != 0;
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                if (decay) {
                    g += weightDecay * x[i];
                }
                s[i] += g * g;
                x[i] += -clr * (g / (Math.sqrt(s[i]) + eps));
            }
        }
    }
}
