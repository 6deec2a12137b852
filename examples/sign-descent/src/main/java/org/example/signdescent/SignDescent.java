package org.example.signdescent;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;

/**
 * Sign gradient descent (signSGD).
 *
 * <p>Update, with learning rate γ from the step context and weight decay λ:
 * <pre>
 *   x_i ← x_i − γ · sign(∂f/∂x_i + λ x_i)        (sign(0) = 0)
 * </pre>
 * Every coordinate moves by exactly γ (or not at all), whatever the size of its gradient: a steep
 * and a flat coordinate progress alike, and the point ends up oscillating within γ of a minimum.
 * The state is only the step count.
 *
 * <p>Reference: J. Bernstein, Y.-X. Wang, K. Azizzadenesheli, A. Anandkumar, "signSGD: Compressed
 * Optimisation for Non-Convex Problems", ICML 2018.
 */
final class SignDescent implements Optimizer<SignDescent.State> {
    private final double weightDecay;

    SignDescent(double weightDecay) {
        this.weightDecay = weightDecay;
    }

    @Override
    public State init(int dimension) {
        return new State(dimension, 0);
    }

    @Override
    public void update(State state, double[] x, double[] gradient, StepContext context) {
        double lr = context.learningRate();
        for (int i = 0; i < x.length; i++) {
            x[i] -= lr * Math.signum(gradient[i] + weightDecay * x[i]);
        }
        state.steps++;
    }

    @Override
    public State restore(StateSnapshot snapshot) {
        return new State(snapshot.dimension(), snapshot.steps());
    }

    /** Sign descent keeps nothing per coordinate: the state is the dimension and the step count. */
    static final class State implements OptimizerState {
        private final int dimension;
        private long steps;

        State(int dimension, long steps) {
            this.dimension = dimension;
            this.steps = steps;
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
        public StateSnapshot snapshot() {
            return StateSnapshot.builder(dimension, steps).build();
        }
    }
}
