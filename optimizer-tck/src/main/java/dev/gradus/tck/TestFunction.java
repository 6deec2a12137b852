package dev.gradus.tck;

/**
 * The TCK's own test objectives, independent of any objective provider: quadratics with a known
 * minimum value of 0.
 */
enum TestFunction {
    /** Σ x_i², in 5 dimensions, from (3, -2, 1, -1, 2). */
    SPHERE(new double[] {1, 1, 1, 1, 1}, new double[] {3, -2, 1, -1, 2}),
    /** x²/20 + y², from (-7, 2): the elongated bowl of the optimizer-comparison figures. */
    ELONGATED_BOWL(new double[] {1.0 / 20, 1}, new double[] {-7, 2}),
    /** x²/100 + y², from (-7, 2): an ill-conditioned bowl, condition number 100. */
    ILL_CONDITIONED(new double[] {1.0 / 100, 1}, new double[] {-7, 2}),
    /** Σ (i + 1)/2 · x_i², a mildly ill-conditioned bowl for the state rules. */
    WEIGHTED(new double[] {0.5, 1, 1.5, 2, 2.5}, new double[] {1.5, -0.5, 2, -1, 0.25});

    private final double[] weights;
    private final double[] start;

    TestFunction(double[] weights, double[] start) {
        this.weights = weights;
        this.start = start;
    }

    int dimension() {
        return weights.length;
    }

    double[] start() {
        return start.clone();
    }

    double value(double[] x) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            f += weights[i] * x[i] * x[i];
        }
        return f;
    }

    /** Writes the gradient into {@code gradient} and returns the value. */
    double valueAndGradient(double[] x, double[] gradient) {
        for (int i = 0; i < x.length; i++) {
            gradient[i] = 2 * weights[i] * x[i];
        }
        return value(x);
    }
}
