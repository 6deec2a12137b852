package org.example.signdescent;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.optimizer.StepContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lookahead around any other optimizer: the inner optimizer takes k fast steps, then the slow
 * weights move a fraction alpha of the way to where it got and the fast weights restart from them:
 * <pre>
 *   every step:   inner update of x (the fast weights)
 *   every k-th:   slow = slow + alpha (x - slow);  x = slow
 * </pre>
 * The slow weights start at the first point. Defaults as the paper's: k 5, alpha 0.5. The inner
 * optimizer is handed the step context unchanged, so its fast steps are at the run's learning rate
 * (lookahead's {@code lr}, as any schedule makes it).
 *
 * <p>Reference: M. R. Zhang, J. Lucas, G. Hinton, J. Ba, "Lookahead Optimizer: k steps forward, 1 step
 * back", NeurIPS 2019.
 */
final class Lookahead<S extends OptimizerState> implements Optimizer<Lookahead.State<S>> {
    private static final String INNER = "inner.";
    private final Optimizer<S> inner;
    private final long k;
    private final double alpha;

    Lookahead(Optimizer<S> inner, long k, double alpha) {
        this.inner = inner;
        this.k = k;
        this.alpha = alpha;
    }

    @Override
    public State<S> init(int dimension) {
        return new State<>(inner.init(dimension), new double[dimension], false, 0);
    }

    @Override
    public void update(State<S> state, double[] x, double[] g, StepContext context) {
        if (!state.started) {
            System.arraycopy(x, 0, state.slow, 0, x.length);
            state.started = true;
        }
        inner.update(state.inner, x, g, context);
        state.steps++;
        if (state.steps % k == 0) {
            for (int i = 0; i < x.length; i++) {
                state.slow[i] += alpha * (x[i] - state.slow[i]);
                x[i] = state.slow[i];
            }
        }
    }

    @Override
    public State<S> restore(StateSnapshot snapshot) {
        int n = snapshot.dimension();
        StateSnapshot.Builder innerSnapshot = StateSnapshot.builder(n, (long) snapshot.number(INNER + "steps"));
        for (String name : snapshot.arrayNames()) {
            if (name.startsWith(INNER)) {
                innerSnapshot.array(name.substring(INNER.length()), snapshot.array(name, n));
            }
        }
        for (String name : snapshot.numberNames()) {
            if (name.startsWith(INNER) && !name.equals(INNER + "steps")) {
                innerSnapshot.number(name.substring(INNER.length()), snapshot.number(name));
            }
        }
        return new State<>(inner.restore(innerSnapshot.build()), snapshot.array("slow", n), snapshot.number("started") != 0, snapshot.steps());
    }

    /** The inner optimizer's state, the slow weights and the step count. */
    static final class State<S extends OptimizerState> implements OptimizerState {
        private final S inner;
        private final double[] slow;
        private boolean started;
        private long steps;

        State(S inner, double[] slow, boolean started, long steps) {
            this.inner = inner;
            this.slow = slow;
            this.started = started;
            this.steps = steps;
        }

        @Override
        public int dimension() {
            return slow.length;
        }

        @Override
        public long steps() {
            return steps;
        }

        /** The inner optimizer's vectors, and the slow weights, a point. */
        @Override
        public Map<String, double[]> vectors() {
            Map<String, double[]> all = new LinkedHashMap<>(inner.vectors());
            all.put("slow weights", slow);
            return all;
        }

        @Override
        public StateVectorKind vectorKind(String name) {
            return name.equals("slow weights") ? StateVectorKind.POINT : inner.vectorKind(name);
        }

        @Override
        public StateSnapshot snapshot() {
            StateSnapshot in = inner.snapshot();
            StateSnapshot.Builder b = StateSnapshot.builder(slow.length, steps).array("slow", slow).number("started", started ? 1 : 0)
                    .number(INNER + "steps", in.steps());
            for (String name : in.arrayNames()) {
                b.array(INNER + name, in.array(name, slow.length));
            }
            for (String name : in.numberNames()) {
                b.number(INNER + name, in.number(name));
            }
            return b.build();
        }
    }
}
