package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.StepContext;

/**
 * Nesterov momentum exactly as the textbook writes it: the {@code Nesterov} class of
 * {@code common/optimizer.py} in K. Saitoh, "Deep Learning from Scratch", in double precision. It is
 * not torch.optim.SGD with {@code nesterov=true}; for that, use {@code sgd}.
 *
 * <p>Update at every step, with learning rate γ from {@link StepContext#learningRate()} (not the
 * configured {@code lr}, so that schedules apply) and momentum μ; the velocity v starts at zero:
 * <pre>
 *   v ← μ v
 *   v ← v − γ g
 *   x ← x + μ² v                 (the velocity just updated)
 *   x ← x − (1 + μ) γ g
 * </pre>
 *
 * <p>How it differs from torch's. Nesterov's method evaluates the gradient at the look-ahead point
 * {@code x + μ v}; rewritten in terms of that point (Sutskever et al. 2013; Bengio et al. 2012,
 * whom the book's class cites), one step is {@code x ← x + μ² v_old − (1 + μ) γ g} with the velocity
 * from <em>before</em> the step, and torch's {@code nesterov=true} equals this at a constant
 * learning rate (its buffer is {@code −v/γ}). The book puts the velocity from <em>after</em> the
 * step in that place, {@code x ← x + μ² v_new − (1 + μ) γ g}, which in terms of the old velocity is
 * {@code x ← x + μ³ v_old − (1 + μ + μ²) γ g}. So the two differ from the first step: from rest
 * the book moves by {@code (1 + μ + μ²) γ g} (2.71 γ g at μ = 0.9), torch by {@code (1 + μ) γ g}
 * (1.9 γ g). Both converge on a convex quadratic when γ is small enough; their paths differ.
 *
 * <p>There is no ε, no dampening and no weight decay; chain a decay link for the latter.
 *
 * <table>
 *   <caption>Parameters (the book's names and defaults)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>0.01</td><td>≥ 0</td></tr>
 *   <tr><td>momentum</td><td>0.9</td><td>[0, 1)</td></tr>
 * </table>
 *
 * <p>State: the step count and the vector {@code velocity} (saved as {@code v}, the book's name).
 *
 * <p>Example: {@code gradus run --objective elongated-bowl --optimizer textbook-nesterov -p lr=0.1 --start -7,2 --steps 30}.
 *
 * <p>References: K. Saitoh, "Deep Learning from Scratch" (ゼロから作るDeep Learning), O'Reilly
 * Japan 2016, chapter 6, and its code, {@code common/optimizer.py}; Y. Nesterov, "A method for
 * solving the convex programming problem with convergence rate O(1/k²)", Soviet Math. Dokl. 1983;
 * I. Sutskever, J. Martens, G. Dahl, G. Hinton, "On the importance of initialization and momentum
 * in deep learning", ICML 2013; Y. Bengio, N. Boulanger-Lewandowski, R. Pascanu, "Advances in
 * optimizing recurrent networks", arXiv:1212.0901.
 */
final class TextbookNesterov extends LayoutOptimizer {
    private final int velocity;
    private final double momentum;

    TextbookNesterov(double momentum) {
        super("textbook-nesterov");
        this.momentum = momentum;
        this.velocity = layout.vector("v", "velocity");
    }

    @Override
    ElementwiseStep stepOf(VectorState state) {
        return new Step(state.vector(velocity));
    }

    @Override
    public void update(VectorState state, double[] x, double[] gradient, StepContext context) {
        state.steps++;
        Step step = (Step) state.step;
        step.lr = context.learningRate();
        // grouped as the book's Python groups them, (μ μ) v and ((1 + μ) γ) g, so that runs agree with it to the bit
        step.gradientStep = (1 + momentum) * step.lr;
        step.apply(x, gradient);
    }

    /** One run's loop: its velocity and the current step's rates. */
    private final class Step extends ElementwiseStep {
        private final double[] v;
        private double lr;
        private double gradientStep;

        Step(double[] v) {
            this.v = v;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] v = this.v;
            double lr = this.lr;
            double gradientStep = this.gradientStep;
            double momentum = TextbookNesterov.this.momentum;
            double lookAhead = momentum * momentum;
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                v[i] = v[i] * momentum - lr * g;
                x[i] = x[i] + lookAhead * v[i] - gradientStep * g;
            }
        }
    }
}
