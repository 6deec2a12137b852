package dev.gradus.app.port.in;

/** How much of each row a run keeps in its result and what outputs show. */
public enum Recording {
    /** {@link #FULL} up to {@link #AUTO_FULL_LIMIT} dimensions, {@link #LOSS} above. */
    AUTO,
    /** Loss, gradient norm and every coordinate of the point. */
    FULL,
    /** Loss and gradient norm only: for very large problems, where a point is megabytes. */
    LOSS;

    /** The largest dimension that {@link #AUTO} records in full. */
    public static final int AUTO_FULL_LIMIT = 1000;

    /** This mode made definite for a run of {@code dimension} coordinates. */
    public Recording resolve(int dimension) {
        if (this != AUTO) {
            return this;
        }
        return dimension <= AUTO_FULL_LIMIT ? FULL : LOSS;
    }
}
