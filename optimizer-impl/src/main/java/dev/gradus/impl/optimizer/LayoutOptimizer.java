package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.StateSnapshot;

/**
 * An element-wise optimizer whose state is a fixed set of named vectors and numbers: subclasses
 * declare them on {@link #layout} in their field initializers or constructor, and get {@code init}
 * and {@code restore} from here. Each state carries its run's {@link ElementwiseStep}, made by
 * {@link #stepOf}, through which {@code update} runs its loop.
 */
abstract class LayoutOptimizer implements Optimizer<VectorState> {
    /** What the state holds; filled by the subclass while it is constructed, not changed after. */
    protected final StateLayout layout = new StateLayout();
    private final String owner;

    /** @param owner how the optimizer is named when a saved state does not fit ("RAdam") */
    LayoutOptimizer(String owner) {
        this.owner = owner;
    }

    @Override
    public final VectorState init(int dimension) {
        VectorState state = layout.init(dimension);
        initialize(state);
        state.step = stepOf(state);
        return state;
    }

    /** Sets the starting values that are not zero; nothing by default. */
    void initialize(VectorState state) {
    }

    /** The loop over the coordinates for a run with this state, holding the state's vectors. */
    abstract ElementwiseStep stepOf(VectorState state);

    @Override
    public final VectorState restore(StateSnapshot snapshot) {
        VectorState state = layout.restore(snapshot, owner);
        state.step = stepOf(state);
        return state;
    }
}
