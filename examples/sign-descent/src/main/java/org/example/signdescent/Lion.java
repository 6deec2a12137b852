package org.example.signdescent;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import java.util.Map;

/**
 * Lion, EvoLved Sign Momentum: with learning rate lr from the step context,
 * <pre>
 *   c = beta1 m + (1 - beta1) g
 *   x = x - lr (sign(c) + weight_decay x)
 *   m = beta2 m + (1 - beta2) g
 * </pre>
 * Defaults as the paper's: lr 1e-4, beta1 0.9, beta2 0.99, weight decay 0 (decoupled, scaled by lr).
 *
 * <p>Reference: X. Chen et al., "Symbolic Discovery of Optimization Algorithms", NeurIPS 2023.
 */
final class Lion implements Optimizer<Lion.State> {
    private final double beta1;
    private final double beta2;
    private final double weightDecay;

    Lion(double beta1, double beta2, double weightDecay) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.weightDecay = weightDecay;
    }

    @Override
    public State init(int dimension) {
        return new State(new double[dimension], 0);
    }

    @Override
    public void update(State state, double[] x, double[] g, StepContext context) {
        double lr = context.learningRate();
        double[] m = state.m;
        for (int i = 0; i < x.length; i++) {
            double c = beta1 * m[i] + (1 - beta1) * g[i];
            x[i] -= lr * (Math.signum(c) + weightDecay * x[i]);
            m[i] = beta2 * m[i] + (1 - beta2) * g[i];
        }
        state.steps++;
    }

    @Override
    public State restore(StateSnapshot snapshot) {
        return new State(snapshot.array("exp_avg", snapshot.dimension()), snapshot.steps());
    }

    /** The momentum m and the step count. */
    static final class State implements OptimizerState {
        private final double[] m;
        private long steps;

        State(double[] m, long steps) {
            this.m = m;
            this.steps = steps;
        }

        @Override
        public int dimension() {
            return m.length;
        }

        @Override
        public long steps() {
            return steps;
        }

        /** Shown in the lab as an arrow: a momentum is a direction (the default kind). */
        @Override
        public Map<String, double[]> vectors() {
            return Map.of("momentum", m);
        }

        @Override
        public StateSnapshot snapshot() {
            return StateSnapshot.builder(m.length, steps).array("exp_avg", m).build();
        }
    }
}
