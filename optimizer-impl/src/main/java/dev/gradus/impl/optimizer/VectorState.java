package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StateVectorKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state of an optimizer that keeps a fixed set of per-coordinate vectors and scalars, laid out by a {@link StateLayout}. */
final class VectorState implements OptimizerState {
    private final StateLayout layout;
    private final int dimension;
    private final double[][] vectors;
    private final Map<String, double[]> shown;
    /** The scalars, in the layout's order; the optimizer reads and writes them directly. */
    final double[] numbers;
    /** Updates applied so far; the optimizer increments it. */
    long steps;
    /** This run's loop over the coordinates, set once by the optimizer that made the state ({@link LayoutOptimizer}). */
    ElementwiseStep step;

    VectorState(StateLayout layout, int dimension, double[][] vectors, double[] numbers, long steps) {
        this.layout = layout;
        this.dimension = dimension;
        this.vectors = vectors;
        this.numbers = numbers;
        this.steps = steps;
        Map<String, double[]> named = new LinkedHashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            named.put(layout.shownName(i), vectors[i]);
        }
        this.shown = Collections.unmodifiableMap(named);
    }

    /** The live vector at {@code index} of the layout. */
    double[] vector(int index) {
        return vectors[index];
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
        return shown;
    }

    @Override
    public StateVectorKind vectorKind(String name) {
        return layout.kind(name);
    }

    @Override
    public StateSnapshot snapshot() {
        StateSnapshot.Builder snapshot = StateSnapshot.builder(dimension, steps);
        for (int i = 0; i < vectors.length; i++) {
            snapshot.array(layout.savedName(i), vectors[i]);
        }
        for (int i = 0; i < numbers.length; i++) {
            snapshot.number(layout.numberName(i), numbers[i]);
        }
        return snapshot.build();
    }
}
