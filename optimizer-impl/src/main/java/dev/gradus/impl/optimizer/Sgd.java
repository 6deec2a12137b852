package dev.gradus.impl.optimizer;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import java.util.Map;

/**
 * Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay,
 * exactly as torch.optim.SGD (torch 2.x) in double precision.
 *
 * <p>Update at step t, with learning rate γ from {@link StepContext#learningRate()} (not the
 * configured {@code lr}, so that schedules apply), momentum μ, dampening τ, weight decay λ:
 * <pre>
 *   g ← ∇f(x) + λ x                        (skipped when λ = 0, as torch does)
 *   if μ ≠ 0:  b ← g                       (t = 1: the raw gradient, no dampening)
 *              b ← μ b + (1 − τ) g         (t &gt; 1)
 *              g ← g + μ b   if nesterov,  else g ← b
 *   x ← x − γ g
 * </pre>
 *
 * <table>
 *   <caption>Parameters (torch's names and defaults)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-3</td><td>≥ 0</td></tr>
 *   <tr><td>momentum</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>dampening</td><td>0</td><td>any number (torch does not bound it)</td></tr>
 *   <tr><td>weight_decay</td><td>0</td><td>≥ 0</td></tr>
 *   <tr><td>nesterov</td><td>false</td><td>needs momentum &gt; 0 and dampening = 0</td></tr>
 * </table>
 *
 * <p>Two points differ from textbook forms. The first buffer is the raw gradient, even with
 * dampening; a textbook velocity starts at zero and is dampened from the first step. Nesterov
 * momentum steps along {@code g + μ b}, the form of Sutskever et al. rewritten in terms of the
 * current parameters (as torch does), not the look-ahead form {@code v ← μ v − γ ∇f(x + μ v)}. With a
 * constant learning rate and no dampening, torch's momentum equals the heavy ball
 * {@code v ← μ v − γ g; x ← x + v}; when γ changes, torch's buffer does not rescale the past.
 *
 * <p>State: the step count and, when μ ≠ 0, the vector {@code momentum buffer} (saved as
 * {@code momentum_buffer}).
 *
 * <p>Example: {@code gradus run --objective elongated-bowl --optimizer sgd -p lr=0.1 -p momentum=0.9 -p nesterov=true}.
 *
 * <p>References: H. Robbins, S. Monro, "A stochastic approximation method", Ann. Math. Statist.
 * 1951; B. T. Polyak, "Some methods of speeding up the convergence of iteration methods", 1964;
 * I. Sutskever, J. Martens, G. Dahl, G. Hinton, "On the importance of initialization and momentum
 * in deep learning", ICML 2013 (Nesterov momentum in the form torch uses).
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
        return withStep(new State(dimension, momentum != 0 ? new double[dimension] : null));
    }

    private State withStep(State state) {
        state.step = new Step(state.buffer);
        return state;
    }

    @Override
    public void update(State state, double[] x, double[] gradient, StepContext context) {
        Step step = state.step;
        step.lr = context.learningRate();
        step.first = state.steps++ == 0;
        step.apply(x, gradient);
    }

    /** One run's loop: its momentum buffer (null without momentum) and the current step's rate. */
    private final class Step extends ElementwiseStep {
        private final double[] buffer;
        private double lr;
        private boolean first;

        Step(double[] buffer) {
            this.buffer = buffer;
        }

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            double[] buffer = this.buffer;
            double lr = this.lr;
            boolean first = this.first;
            double momentum = Sgd.this.momentum;
            double dampening = Sgd.this.dampening;
            double weightDecay = Sgd.this.weightDecay;
            boolean nesterov = Sgd.this.nesterov;
            boolean decay = weightDecay != 0;
            double keep = 1 - dampening;
            // every branch is loop-invariant; the JIT unswitches them
            for (int i = from; i < to; i++) {
                double g = gradient[i];
                if (decay) {
                    g += weightDecay * x[i];
                }
                if (buffer != null) {
                    double b = first ? g : momentum * buffer[i] + keep * g;
                    buffer[i] = b;
                    g = nesterov ? g + momentum * b : b;
                }
                x[i] -= lr * g;
            }
        }
    }

    @Override
    public State restore(StateSnapshot snapshot) {
        int n = snapshot.dimension();
        boolean saved = snapshot.arrayNames().contains(BUFFER);
        if (momentum == 0 && saved) {
            throw new InvalidStateException("the saved state has a momentum buffer, but this SGD has momentum 0");
        }
        if (momentum != 0 && !saved) {
            throw new InvalidStateException("the saved state has no momentum buffer, but this SGD has momentum " + momentum);
        }
        State state = new State(n, saved ? snapshot.array(BUFFER, n) : null);
        state.steps = snapshot.steps();
        return withStep(state);
    }

    /** The step count and, with momentum, the momentum buffer. */
    static final class State implements OptimizerState {
        private final int dimension;
        private final double[] buffer;
        private final Map<String, double[]> vectors;
        private long steps;
        /** This run's loop over the coordinates, set once by the SGD that made the state. */
        Step step;

        State(int dimension, double[] buffer) {
            this.dimension = dimension;
            this.buffer = buffer;
            this.vectors = buffer == null ? Map.of() : Map.of("momentum buffer", buffer);
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
            return vectors;
        }

        @Override
        public StateSnapshot snapshot() {
            StateSnapshot.Builder snapshot = StateSnapshot.builder(dimension, steps);
            if (buffer != null) {
                snapshot.array(BUFFER, buffer);
            }
            return snapshot.build();
        }
    }
}
