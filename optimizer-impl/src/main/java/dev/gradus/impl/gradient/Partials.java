package dev.gradus.impl.gradient;

/**
 * How one finite-difference rule computes the partial derivatives of a range of coordinates:
 * perturbing {@code x} in place one coordinate at a time and restoring each coordinate to its exact
 * value before the next, so that every partial is computed from the same point whichever thread
 * and whichever copy of the point computes it.
 */
interface Partials {

    /**
     * Writes {@code df/dx_i} for {@code i} in {@code [from, to)} into {@code gradient}.
     *
     * @param x        the point, perturbed during the call and restored exactly. Modified, then restored.
     * @param from     first coordinate
     * @param to       one past the last coordinate
     * @param value    {@code f(x)}, for rules that use it (forward differences); NaN for those that do not
     * @param gradient receives the partials of the range; other elements are not touched. Modified.
     */
    void compute(double[] x, int from, int to, double value, double[] gradient);
}
