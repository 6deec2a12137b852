package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;

/**
 * Adam exactly as the textbook writes it: the {@code Adam} class of {@code common/optimizer.py} in
 * K. Saitoh, "Deep Learning from Scratch", in double precision, with its fixed 1e-7 made the
 * parameter {@code eps}. It is not torch.optim.Adam; for that, use {@code adam}.
 *
 * <p>Update at step t (counted from 1), with learning rate γ from {@link StepContext#learningRate()}
 * (not the configured {@code lr}, so that schedules apply); m and v start at zero:
 * <pre>
 *   γ_t ← γ √(1 − β2^t) / (1 − β1^t)
 *   m ← m + (1 − β1)(g − m)
 *   v ← v + (1 − β2)(g² − v)
 *   x ← x − γ_t m / (√v + ε)
 * </pre>
 *
 * <p>Where ε sits, and how this differs from torch's. Both corrections are folded into the step size
 * γ_t, so ε is added to the root of the <em>uncorrected</em> v. This is the "more efficient" ordering
 * at the end of section 2 of the paper. torch adds ε after the correction,
 * {@code γ/(1 − β1^t) · m / (√v / √(1 − β2^t) + ε)}. Multiplying out, the book's step is torch's
 * with ε replaced by {@code ε / √(1 − β2^t)}: at t = 1 with β2 = 0.999 that is 31.6 ε, and it falls
 * towards ε as t grows. The two agree (to rounding) only when ε is negligible against √v̂: with
 * ε = 1e-7 in both and lr 0.3, one step from (−7, 2) on the elongated bowl ends 1.3e-6 apart in x.
 * The moments themselves are the same averages as torch's, written as the book writes them.
 *
 * <table>
 *   <caption>Parameters (the book's names and defaults; its ε was a fixed 1e-7)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-3</td><td>≥ 0</td></tr>
 *   <tr><td>beta1</td><td>0.9</td><td>[0, 1)</td></tr>
 *   <tr><td>beta2</td><td>0.999</td><td>[0, 1)</td></tr>
 *   <tr><td>eps</td><td>1e-7</td><td>&gt; 0</td></tr>
 * </table>
 *
 * <p>State: the step count and the vectors {@code first moment} and {@code second moment} (saved as
 * {@code m} and {@code v}, the book's names).
 *
 * <p>Example, the book's comparison figure:
 * {@code gradus run --objective elongated-bowl --optimizer textbook-adam -p lr=0.3 --start -7,2 --steps 30}.
 *
 * <p>References: K. Saitoh, "Deep Learning from Scratch" (ゼロから作るDeep Learning), O'Reilly
 * Japan 2016, chapter 6, and its code, {@code common/optimizer.py} and
 * {@code ch06/optimizer_compare_naive.py}; D. P. Kingma, J. Ba, "Adam: A Method for Stochastic
 * Optimization", ICLR 2015.
 */
final class TextbookAdam extends LayoutOptimizer {
    private final int first;
    private final int second;
    private final double beta1;
    private final double beta2;
    private final double eps;

    TextbookAdam(double beta1, double beta2, double eps) {
        super("textbook-adam");
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.first = layout.vector("m", "first moment");
        this.second = layout.vector("v", "second moment", StateVectorKind.SCALE);
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(first), state.vector(second));
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        long t = ++state.steps;
        Step step = (Step) state.step;
        // grouped as the book's Python groups them, (γ √(1 − β2^t)) / (1 − β1^t) and (γ_t m) / (√v + ε)
        step.stepSize = context.learningRate() * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
        step.apply(x, gradient);
    }

    /** One run's loop: its moments and the current step size. */
    private final class Step extends ElementwiseStep {
        private final double[] m;
        private final double[] v;
        private double stepSize;

        Step(double[] m, double[] v) {
            this.m = m;
            this.v = v;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] m = this.m;
            double[] v = this.v;
            double stepSize = this.stepSize;
            double beta1 = TextbookAdam.this.beta1;
            double beta2 = TextbookAdam.this.beta2;
            double eps = TextbookAdam.this.eps;
            double weight1 = 1 - beta1;
            double weight2 = 1 - beta2;
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                m[i] += weight1 * (g - m[i]);
                v[i] += weight2 * (g * g - v[i]);
                x[i] -= stepSize * m[i] / (Math.sqrt(v[i]) + eps);
            }
        }
    }
}
