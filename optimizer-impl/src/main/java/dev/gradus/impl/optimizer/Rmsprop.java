package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;

/**
 * RMSprop, exactly as torch.optim.RMSprop (torch 2.x, single-tensor path) in double precision.
 *
 * <p>Update, with learning rate γ from {@link StepContext#learningRate()}, smoothing α, momentum μ,
 * weight decay λ:
 * <pre>
 *   g ← ∇f(x) + λ x                       (skipped when λ = 0)
 *   v ← α v + (1 − α) g²
 *   centered:  a ← α a + (1 − α) g;  d ← √(v − a²) + ε
 *   otherwise: d ← √v + ε
 *   μ &gt; 0:     b ← μ b + g / d;  x ← x − γ b
 *   otherwise: x ← x − γ g / d
 * </pre>
 *
 * <p>Where ε sits: outside the root. There is no bias correction, so the first steps are large
 * ({@code g / √(1 − α) |g|}, ten times the gradient's sign at α = 0.99). Centered RMSprop divides by
 * an estimate of the standard deviation instead of the root mean square: the squared mean is
 * subtracted inside the root. With α = 0.99, {@code eps=1e-7} and no momentum this is the RMSprop
 * of <em>Deep Learning from Scratch</em>.
 *
 * <table>
 *   <caption>Parameters (torch's names and defaults)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-2</td><td>≥ 0</td></tr>
 *   <tr><td>alpha</td><td>0.99</td><td>[0, 1]</td></tr>
 *   <tr><td>eps</td><td>1e-8</td><td>&gt; 0</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>momentum</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>centered</td><td>false</td><td>true or false</td></tr>
 * </table>
 *
 * <p>State: the step count and the vectors {@code square average}, with momentum
 * {@code momentum buffer}, centered {@code gradient average} (saved as {@code square_avg},
 * {@code momentum_buffer}, {@code grad_avg}, torch's names).
 *
 * <p>Example: {@code gradus run --objective beale --optimizer rmsprop -p lr=0.003 -p centered=true -p momentum=0.5}.
 *
 * <p>Reference: T. Tieleman, G. Hinton, Lecture 6.5 of "Neural Networks for Machine Learning",
 * Coursera, 2012; A. Graves, "Generating Sequences With Recurrent Neural Networks", 2013 (centered).
 */
final class Rmsprop extends LayoutOptimizer {
    private final int squareAvg = layout.vector("square_avg", "square average", StateVectorKind.SCALE);
    private final int buffer;
    private final int gradAvg;
    private final double alpha;
    private final double eps;
    private final double weightDecay;
    private final double momentum;
    private final boolean centered;

    Rmsprop(double alpha, double eps, double weightDecay, double momentum, boolean centered) {
        super("RMSprop with momentum=" + momentum + (centered ? ", centered" : ", not centered"));
        this.alpha = alpha;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.momentum = momentum;
        this.centered = centered;
        this.buffer = momentum > 0 ? layout.vector("momentum_buffer", "momentum buffer") : -1;
        this.gradAvg = centered ? layout.vector("grad_avg", "gradient average") : -1;
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(squareAvg), buffer >= 0 ? state.vector(buffer) : null, gradAvg >= 0 ? state.vector(gradAvg) : null);
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        state.steps++;
        Step step = (Step) state.step;
        step.lr = context.learningRate();
        step.apply(x, gradient);
    }

    /** One run's loop: its vectors (the buffer and the gradient average when kept) and the current learning rate. */
    private final class Step extends ElementwiseStep {
        private final double[] v;
        private final double[] b;
        private final double[] a;
        private double lr;

        Step(double[] v, double[] b, double[] a) {
            this.v = v;
            this.b = b;
            this.a = a;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] v = this.v;
            double[] b = this.b;
            double[] a = this.a;
            double lr = this.lr;
            double alpha = Rmsprop.this.alpha;
            double eps = Rmsprop.this.eps;
            double weightDecay = Rmsprop.this.weightDecay;
            double momentum = Rmsprop.this.momentum;
            double weight = 1 - alpha;
            boolean decay = weightDecay != 0;
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                if (decay) {
                    g += weightDecay * x[i];
                }
                v[i] = v[i] * alpha + weight * g * g;
                double denominator;
                if (a != null) {
                    a[i] = TorchMath.lerp(a[i], g, weight);
                    denominator = Math.sqrt(v[i] - a[i] * a[i]) + eps;
                } else {
                    denominator = Math.sqrt(v[i]) + eps;
                }
                if (b != null) {
                    b[i] = b[i] * momentum + g / denominator;
                    x[i] += -lr * b[i];
                } else {
                    x[i] += -lr * (g / denominator);
                }
            }
        }
    }
}
