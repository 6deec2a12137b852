package dev.gradus.objectives.catalog;

/**
 * Where a catalog function is not differentiable: the Euclidean distance from a point to the
 * nearest kink or cusp (to first order, for curved ones), or infinity for a smooth function. The
 * tests use it to keep difference quotients on one side of a kink, to skip the few points too close
 * to one, and to tell minima at a kink from smooth ones.
 */
@FunctionalInterface
interface Kinks {
    /** A smooth function: no kink anywhere. */
    Kinks NONE = x -> Double.POSITIVE_INFINITY;

    /**
     * Points closer than this to a kink are not gradient-checked. At this distance the difference
     * quotient's step is {@code 5e-7}, still far above the rounding of the catalog's values.
     */
    double SKIP_RADIUS = 1e-5;

    /** The distance from {@code x} to the nearest point where the function has no derivative. */
    double distanceFrom(double[] x);

    /** The kinks of the catalog function with this id; none of the catalog's functions has any yet. */
    static Kinks of(String id) {
        return NONE;
    }
}
