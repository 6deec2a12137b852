package dev.gradus.api.optimizer;

import java.util.Map;

/**
 * The mutable data of one optimizer in one run: step count, moments, accumulators, history.
 * Belongs to exactly one run; not shared between threads.
 */
public interface OptimizerState {

    /** The number of coordinates; fixed. */
    int dimension();

    /** How many updates have been applied with this state. */
    long steps();

    /**
     * The named state vectors, for views of the optimizer's internals ({@code velocity},
     * {@code first moment}, {@code second moment}, {@code accumulator}), each of length
     * {@link #dimension()}, in a stable order. The arrays are the live state: callers read them
     * between steps and never write to them. Empty when the optimizer keeps no per-coordinate
     * vectors.
     */
    default Map<String, double[]> vectors() {
        return Map.of();
    }

    /**
     * What the state vector {@code name} of {@link #vectors()} is, for views: a direction (the
     * default, for every name), a per-coordinate scale or a point. An optimizer whose vectors
     * include scales (accumulated squares, second moments) or points (averaged iterates) says so
     * here.
     *
     * @since 1.2
     */
    default StateVectorKind vectorKind(String name) {
        return StateVectorKind.DIRECTION;
    }

    /** A deep copy of everything needed to continue exactly from here. */
    StateSnapshot snapshot();
}
