package dev.gradus.impl.optimizer;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StateVectorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one configured optimizer keeps per run: per-coordinate vectors, each saved under torch's
 * name (as in {@code optimizer.state_dict()}) and shown under a readable one, and scalars saved under
 * torch's names. Built in the optimizer's constructor and not changed after, so it is as immutable
 * as the optimizer.
 */
final class StateLayout {
    private final List<String> savedNames = new ArrayList<>();
    private final List<String> shownNames = new ArrayList<>();
    private final List<StateVectorKind> kinds = new ArrayList<>();
    private final List<String> numberNames = new ArrayList<>();

    /**
     * Adds a vector with a direction (a velocity, a first moment).
     *
     * @return its index in {@link VectorState#vector(int)}
     */
    int vector(String savedName, String shownName) {
        return vector(savedName, shownName, StateVectorKind.DIRECTION);
    }

    /**
     * Adds a vector of the given kind.
     *
     * @return its index in {@link VectorState#vector(int)}
     */
    int vector(String savedName, String shownName, StateVectorKind kind) {
        savedNames.add(savedName);
        shownNames.add(shownName);
        kinds.add(kind);
        return savedNames.size() - 1;
    }

    /**
     * Adds a scalar.
     *
     * @return its index in {@link VectorState#numbers}
     */
    int number(String savedName) {
        numberNames.add(savedName);
        return numberNames.size() - 1;
    }


    String savedName(int index) {
        return savedNames.get(index);
    }

    String shownName(int index) {
        return shownNames.get(index);
    }

    /** The kind of the vector shown as {@code shownName}; a direction for a name this layout does not show. */
    StateVectorKind kind(String shownName) {
        int index = shownNames.indexOf(shownName);
        return index < 0 ? StateVectorKind.DIRECTION : kinds.get(index);
    }

    String numberName(int index) {
        return numberNames.get(index);
    }


    /** A state before the first step: every vector and number zero. */
    VectorState init(int dimension) {
        double[][] vectors = new double[savedNames.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = new double[dimension];
        }
        return new VectorState(this, dimension, vectors, new double[numberNames.size()], 0);
    }

    /**
     * The state a snapshot holds.
     *
     * @param owner how the optimizer is named in messages ("Adam with amsgrad=false")
     * @throws InvalidStateException when an entry is missing, has another length, or belongs to a
     *     configuration other than this one (a vector or number this layout does not keep)
     */
    VectorState restore(StateSnapshot snapshot, String owner) {
        int n = snapshot.dimension();
        Set<String> unknown = new TreeSet<>(snapshot.arrayNames());
        unknown.addAll(snapshot.numberNames());
        unknown.removeAll(savedNames);
        unknown.removeAll(numberNames);
        if (!unknown.isEmpty()) {
            throw new InvalidStateException("the saved state has " + unknown + ", which " + owner + " does not keep; it keeps "
                    + savedNames + (numberNames.isEmpty() ? "" : " and " + numberNames));
        }
        double[][] vectors = new double[savedNames.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = snapshot.array(savedNames.get(i), n);
        }
        double[] numbers = new double[numberNames.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = snapshot.number(numberNames.get(i));
        }
        return new VectorState(this, n, vectors, numbers, snapshot.steps());
    }
}
