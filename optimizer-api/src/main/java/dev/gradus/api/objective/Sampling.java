package dev.gradus.api.objective;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a host draws the mini-batch of each step from a {@link StochasticObjective}'s examples.
 * When the batch is the whole data set, {@link #EPOCHS} and {@link #RANDOM} use every example in
 * its natural order, so the step is plain (full-batch) gradient descent, bit for bit.
 */
public enum Sampling {
    /**
     * Shuffled epochs: the examples are shuffled, taken a batch at a time, and shuffled again once
     * all are used (a last batch of an epoch that would be short takes the first examples of the
     * next shuffle). Every example is used equally often; torch's
     * {@code DataLoader(shuffle=True)}.
     */
    EPOCHS("epochs"),
    /** A fresh random batch every step, distinct examples within the batch (seed 000's sampling). */
    RANDOM("random"),
    /** A fresh random batch every step, drawn with replacement: an example may repeat within a batch. */
    REPLACEMENT("replacement");

    private final String id;

    Sampling(String id) {
        this.id = id;
    }

    /** The name on the command line and in files. */
    public String id() {
        return id;
    }

    /** The mode named {@code id}. */
    public static Sampling of(String id) {
        for (Sampling s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sampling '" + id + "'; the modes are " + ids());
    }

    /** {@code epochs, random, replacement}. */
    public static String ids() {
        return Arrays.stream(values()).map(Sampling::id).collect(Collectors.joining(", "));
    }
}
