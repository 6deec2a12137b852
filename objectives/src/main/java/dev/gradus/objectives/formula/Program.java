package dev.gradus.objectives.formula;

/**
 * What evaluates a formula: the {@link Tape} interpreting itself, or the JVM code that
 * {@link TapeCompiler} made from it. Every implementation gives the tape's results bit for bit,
 * may be called from several threads at once and allocates nothing per call. Callers have checked
 * the array lengths.
 */
interface Program {
    /**
     * The value at {@code x}.
     *
     * @param x one value per variable. Not modified.
     */
    double value(double[] x);

    /**
     * The value and the gradient at {@code x}, the value bit for bit the one {@link #value} gives.
     *
     * @param x        one value per variable. Not modified.
     * @param gradient one partial derivative per variable. Modified.
     */
    double valueAndGradient(double[] x, double[] gradient);
}
