package org.example.signdescent;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdaBelief: Adam whose second moment is the "belief" in the gradient, the running variance of the
 * gradient around its running mean. With learning rate lr from the step context, step t:
 * <pre>
 *   m = beta1 m + (1 - beta1) g
 *   s = beta2 s + (1 - beta2) (g - m)^2 + eps
 *   x = x - lr (m / (1 - beta1^t)) / (sqrt(s / (1 - beta2^t)) + eps)
 * </pre>
 * (with weight_decay, x first shrinks by lr * weight_decay, decoupled as in AdamW). Defaults as the
 * paper's PyTorch release: lr 1e-3, betas 0.9 and 0.999, eps 1e-16.
 *
 * <p>Reference: J. Zhuang et al., "AdaBelief Optimizer: Adapting Stepsizes by the Belief in Observed
 * Gradients", NeurIPS 2020.
 */
final class AdaBelief implements Optimizer<AdaBelief.State> {
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;

    AdaBelief(double beta1, double beta2, double eps, double weightDecay) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    public State init(int dimension) {
        return new State(new double[dimension], new double[dimension], 0);
    }

    @Override
    public void update(State state, double[] x, double[] g, StepContext context) {
        double lr = context.learningRate();
        long t = ++state.steps;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        double[] m = state.m;
        double[] s = state.s;
        for (int i = 0; i < x.length; i++) {
            if (weightDecay != 0) {
                x[i] *= 1 - lr * weightDecay;
            }
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            double d = g[i] - m[i];
            s[i] = beta2 * s[i] + (1 - beta2) * d * d + eps;
            x[i] -= lr * (m[i] / correction1) / (Math.sqrt(s[i] / correction2) + eps);
        }
    }

    @Override
    public State restore(StateSnapshot snapshot) {
        int n = snapshot.dimension();
        return new State(snapshot.array("exp_avg", n), snapshot.array("exp_avg_var", n), snapshot.steps());
    }

    /** The first moment m, the belief s and the step count. */
    static final class State implements OptimizerState {
        private final double[] m;
        private final double[] s;
        private final Map<String, double[]> vectors;
        private long steps;

        State(double[] m, double[] s, long steps) {
            this.m = m;
            this.s = s;
            this.steps = steps;
            Map<String, double[]> named = new LinkedHashMap<>();
            named.put("first moment", m);
            named.put("belief", s);
            this.vectors = java.util.Collections.unmodifiableMap(named);
        }

        @Override
        public int dimension() {
            return m.length;
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public Map<String, double[]> vectors() {
            return vectors;
        }

        /** The belief is a variance, a per-coordinate scale; the first moment a direction. */
        @Override
        public StateVectorKind vectorKind(String name) {
            return name.equals("belief") ? StateVectorKind.SCALE : StateVectorKind.DIRECTION;
        }

        @Override
        public StateSnapshot snapshot() {
            return StateSnapshot.builder(m.length, steps).array("exp_avg", m).array("exp_avg_var", s).build();
        }
    }
}
