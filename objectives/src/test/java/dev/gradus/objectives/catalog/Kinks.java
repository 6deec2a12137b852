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

    /** The kinks of the catalog function with this id: each non-smooth one's documented set of kinks. */
    static Kinks of(String id) {
        return switch (id) {
            // the cone tip at the origin
            case "ackley" -> GradientCheck::norm;
            // the valley floor y = 0.01x^2 (distance |u| / |grad u|) and the line x = -10
            case "bukin-6" -> x -> Math.min(Math.abs(x[1] - 0.01 * x[0] * x[0]) / Math.hypot(1, 0.02 * x[0]), Math.abs(x[0] + 10));
            // the ridges x = k pi and y = k pi; the circle r = 100 pi lies far outside the plot window
            case "cross-in-tray" -> x -> Math.min(Math.min(offGrid(x[0], 0), offGrid(x[1], 0)),
                    Math.abs(Math.hypot(x[0], x[1]) - 100 * Math.PI));
            // the ridges x = k pi and y = pi/2 + k pi, and the circle r = pi
            case "holder-table" -> x -> Math.min(Math.min(offGrid(x[0], 0), offGrid(x[1], Math.PI / 2)),
                    Math.abs(Math.hypot(x[0], x[1]) - Math.PI));
            // the lines x/2 + y + 47 = 0 and x - y - 47 = 0, where the square roots have infinite slope
            case "eggholder" -> x -> Math.min(Math.abs(x[0] / 2 + x[1] + 47) / Math.hypot(0.5, 1), Math.abs(x[0] - x[1] - 47) / Math.sqrt(2));
            default -> NONE;
        };
    }

    /** The distance from {@code v} to the nearest {@code offset + k pi}. */
    private static double offGrid(double v, double offset) {
        double shifted = v - offset;
        return Math.abs(shifted - Math.PI * Math.rint(shifted / Math.PI));
    }
}
