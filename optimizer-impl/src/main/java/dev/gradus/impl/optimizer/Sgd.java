package dev.gradus.impl.optimizer;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import java.util.Map;

/**
 * Stochastic gradient descent with momentum, exactly as torch.optim.SGD (torch 2.x).
 *
 * <p>Update at step t, with learning rate γ from the step context, momentum μ, dampening τ,
 * weight decay λ:
 * <pre>
 *   g ← ∇f(x) + λ x
 *   if μ ≠ 0:  b ← g                       (t = 1: the raw gradient, no dampening)
 *              b ← μ b + (1 − τ) g         (t &gt; 1)
 *              g ← g + μ b   if nesterov,  else g ← b
 *   x ← x − γ g
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-3</td><td>≥ 0</td></tr>
 *   <tr><td>momentum</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>dampening</td><td>0</td><td>any</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>nesterov</td><td>false</td><td>needs momentum &gt; 0 and dampening = 0</td></tr>
 * </table>
 *
 * <p>Two points differ from textbook forms: the first buffer is the raw gradient (a textbook
 * velocity starts at zero and is dampened from the first step), and Nesterov momentum here steps
 * along {@code g + μ b}, the form of Sutskever et al. reformulated for the current parameters, not
 * the look-ahead form {@code v ← μ v − γ ∇f(x + μ v)}. With a constant learning rate, torch's
 * momentum equals the classical heavy ball {@code v ← μ v − γ g; x ← x + v} of the book's Momentum.
 *
 * <p>Example: {@code gradus run --objective elongated-bowl --optimizer sgd -p lr=0.1 -p momentum=0.9}.
 *
 * <p>References: H. Robbins, S. Monro, "A stochastic approximation method", 1951; B. T. Polyak,
 * "Some methods of speeding up the convergence of iteration methods", 1964; I. Sutskever, J.
 * Martens, G. Dahl, G. Hinton, "On the importance of initialization and momentum in deep learning",
 * ICML 2013.
 */
final class Sgd implements Optimizer<Sgd.State> {
    private static final String BUFFER = "momentum_buffer";

    private final double momentum;
    private final double dampening;
    private final double weightDecay;
    private final boolean nesterov;

    Sgd(double momentum, double dampening, double weightDecay, boolean nesterov) {
        this.momentum = momentum;
        this.dampening = dampening;
        this.weightDecay = weightDecay;
        this.nesterov = nesterov;
    }

    @Override
    public State init(int dimension) {
        return new State(dimension, momentum != 0 ? new double[dimension] : null);
    }

    @Override
    public void update(State state, double[] x, double[] gradient, StepContext context) {
        double lr = context.learningRate();
        long t = ++state.steps;
        int n = x.length;
        if (state.buffer == null) {
            for (int i = 0; i < n; i++) {
                double g = gradient[i] + weightDecay * x[i];
                x[i] -= lr * g;
            }
            return;
        }
        double[] buffer = state.buffer;
        double keep = 1 - dampening;
        for (int i = 0; i < n; i++) {
            double g = gradient[i] + weightDecay * x[i];
            double b = t == 1 ? g : momentum * buffer[i] + keep * g;
            buffer[i] = b;
            x[i] -= lr * (nesterov ? g + momentum * b : b);
        }
    }

    @Override
    public State restore(StateSnapshot snapshot) {
        int n = snapshot.dimension();
        boolean saved = snapshot.arrayNames().contains(BUFFER);
        if (momentum == 0 && saved) {
            throw new InvalidStateException("the saved state has a momentum buffer, but this SGD has momentum 0");
        }
        double[] buffer = momentum == 0 ? null : saved ? snapshot.array(BUFFER, n) : snapshot.steps() == 0 ? new double[n] : null;
        if (momentum != 0 && buffer == null) {
            throw new InvalidStateException("the saved state has no momentum buffer after " + snapshot.steps() + " steps");
        }
        State state = new State(n, buffer);
        state.steps = snapshot.steps();
        return state;
    }

    /** The step count and, with momentum, the momentum buffer. */
    static final class State implements OptimizerState {
        private final int dimension;
        private final double[] buffer;
        private long steps;

        State(int dimension, double[] buffer) {
            this.dimension = dimension;
            this.buffer = buffer;
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public Map<String, double[]> vectors() {
            return buffer == null ? Map.of() : Map.of("momentum buffer", buffer);
        }

        @Override
        public StateSnapshot snapshot() {
            StateSnapshot.Builder snapshot = StateSnapshot.builder(dimension, steps);
            if (buffer != null && steps > 0) {
                snapshot.array(BUFFER, buffer);
            }
            return snapshot.build();
        }
    }
}
