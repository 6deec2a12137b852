package dev.gradus.impl.optimizer;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import java.util.Map;

/**
 * L-BFGS, exactly as torch.optim.LBFGS (torch 1.13 to 2.x) in double precision, with torch's
 * strong-Wolfe line search as an option.
 *
 * <p>One optimizer step is torch's {@code step(closure)}: up to {@code max_iter} quasi-Newton
 * iterations, each a direction from the two-loop recursion over the last {@code history_size}
 * curvature pairs (s, y), and a move along it. The objective is re-evaluated inside the step through
 * {@link StepContext#evaluate} (this optimizer declares
 * {@link dev.gradus.api.optimizer.OptimizerCapability#EXTRA_EVALUATIONS}); the trajectory still
 * gets one row per step, and every evaluation is counted.
 * <pre>
 *   iteration k (n counts iterations over the whole run):
 *     n = 1:  d ← −g, H ← 1
 *     n &gt; 1:  y ← g − g_prev, s ← t d; keep (s, y) if yᵀs &gt; 1e-10, and H ← yᵀs / yᵀy
 *             d ← −(two-loop recursion over the kept pairs, scaled by H) g
 *     t ← γ min(1, 1 / ‖g‖₁) at n = 1, else γ     (γ: the learning rate from the step context)
 *     stop if gᵀd &gt; −tolerance_change
 *     line_search_fn = none:          x ← x + t d, then re-evaluate (unless this was the last iteration)
 *     line_search_fn = strong_wolfe:  t from torch's bracketing and cubic-interpolation zoom
 *                                     (c1 = 1e-4, c2 = 0.9, at most 25 evaluations), x ← x + t d
 *     stop after max_iter iterations or max_eval evaluations in this step, when max |g| ≤ tolerance_grad,
 *     when max |t d| ≤ tolerance_change, or when the value changed by less than tolerance_change
 * </pre>
 * A step also ends at once, without moving, when the gradient it starts from already has
 * max |g| ≤ tolerance_grad.
 *
 * <table>
 *   <caption>Parameters (torch's names and defaults)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1</td><td>≥ 0</td></tr>
 *   <tr><td>max_iter</td><td>20</td><td>≥ 1</td></tr>
 *   <tr><td>max_eval</td><td>0</td><td>≥ 0; 0 means max_iter * 5 / 4, torch's default (None)</td></tr>
 *   <tr><td>tolerance_grad</td><td>1e-7</td><td>≥ 0</td></tr>
 *   <tr><td>tolerance_change</td><td>1e-9</td><td>≥ 0</td></tr>
 *   <tr><td>history_size</td><td>100</td><td>≥ 1</td></tr>
 *   <tr><td>line_search_fn</td><td>none</td><td>none or strong_wolfe</td></tr>
 * </table>
 *
 * <p>L-BFGS has no ε. State: the optimizer step count and torch's entries: the last direction
 * {@code d} and gradient {@code prev_flat_grad} (shown as "direction" and "previous gradient"), the
 * history {@code old_dirs}, {@code old_stps} (saved oldest first, one after another) and
 * {@code ro}, and the numbers {@code t}, {@code H_diag}, {@code prev_loss}, {@code n_iter},
 * {@code func_evals}. Without a line search and with a learning rate near 1 it can overshoot
 * badly on non-quadratic problems, as in torch.
 *
 * <p>Example: {@code gradus run --objective rosenbrock --optimizer lbfgs -p line_search_fn=strong_wolfe --start -1.5,2 --steps 10}.
 *
 * <p>References: D. C. Liu, J. Nocedal, "On the limited memory BFGS method for large scale
 * optimization", Math. Programming 45, 1989; J. Nocedal, S. J. Wright, "Numerical Optimization",
 * 2nd ed., Springer 2006 (algorithms 3.5, 3.6 and 7.4).
 */
final class Lbfgs implements Optimizer<Lbfgs.State> {
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final double LINE_SEARCH_TOLERANCE = 1e-9;
    private static final int MAX_LINE_SEARCH = 25;

    private final int maxIter;
    private final int maxEval;
    private final double toleranceGrad;
    private final double toleranceChange;
    private final int historySize;
    private final boolean strongWolfe;

    /**
     * @param maxEval the evaluations one step may make; 0 for torch's default {@code max_iter * 5 / 4}
     */
    Lbfgs(int maxIter, int maxEval, double toleranceGrad, double toleranceChange, int historySize, boolean strongWolfe) {
        this.maxIter = maxIter;
        this.maxEval = maxEval == 0 ? (int) Math.min(maxIter * 5L / 4, Integer.MAX_VALUE) : maxEval;
        this.toleranceGrad = toleranceGrad;
        this.toleranceChange = toleranceChange;
        this.historySize = historySize;
        this.strongWolfe = strongWolfe;
    }

    @Override
    public State init(int dimension) {
        return new State(dimension, historySize);
    }

    @Override
    public void update(State s, double[] x, double[] gradient, StepContext context) {
        s.steps++;
        double lr = context.learningRate();
        double[] g = s.flatGrad;
        System.arraycopy(gradient, 0, g, 0, g.length);
        double loss = context.value();
        int currentEvals = 1;
        s.funcEvals++;
        if (maxAbs(g) <= toleranceGrad) {
            return;
        }
        int n = x.length;
        double[] d = s.direction;
        int iteration = 0;
        while (iteration < maxIter) {
            iteration++;
            s.nIter++;
            if (s.nIter == 1) {
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                s.clearHistory();
                s.hDiag = 1;
            } else {
                double ys = 0;
                double yy = 0;
                for (int i = 0; i < n; i++) {
                    double y = g[i] - s.prevFlatGrad[i];
                    ys += y * (d[i] * s.t);
                    yy += y * y;
                }
                if (ys > 1e-10) {
                    double[] newY = s.pushPair();
                    double[] newS = s.oldStps[s.slot(s.count - 1)];
                    for (int i = 0; i < n; i++) {
                        newY[i] = g[i] - s.prevFlatGrad[i];
                        newS[i] = d[i] * s.t;
                    }
                    s.ro[s.slot(s.count - 1)] = 1. / ys;
                    s.hDiag = ys / yy;
                }
                twoLoop(s, g, d);
            }
            System.arraycopy(g, 0, s.prevFlatGrad, 0, n);
            double prevLoss = loss;
            s.prevLoss = prevLoss;
            s.t = s.nIter == 1 ? Math.min(1., 1. / sumAbs(g)) * lr : lr;
            double gtd = dot(g, d);
            if (gtd > -toleranceChange) {
                break;
            }
            int lineSearchEvals = 0;
            if (strongWolfe) {
                loss = strongWolfe(s, x, d, loss, g, gtd, context);
                lineSearchEvals = s.lineSearchEvals;
                addScaled(x, s.t, d);
            } else {
                addScaled(x, s.t, d);
                if (iteration != maxIter) {
                    loss = context.evaluate(x, g);
                    lineSearchEvals = 1;
                }
            }
            boolean optimal = maxAbs(g) <= toleranceGrad;
            currentEvals += lineSearchEvals;
            s.funcEvals += lineSearchEvals;
            if (iteration == maxIter || currentEvals >= maxEval || optimal) {
                break;
            }
            if (maxAbsScaled(d, s.t) <= toleranceChange) {
                break;
            }
            if (Math.abs(loss - prevLoss) < toleranceChange) {
                break;
            }
        }
    }

    /** d ← −H g through the two-loop recursion over the kept pairs, oldest to newest as torch keeps them. */
    private static void twoLoop(State s, double[] g, double[] d) {
        int n = g.length;
        double[] q = d;
        for (int i = 0; i < n; i++) {
            q[i] = -g[i];
        }
        for (int k = s.count - 1; k >= 0; k--) {
            int slot = s.slot(k);
            double al = dot(s.oldStps[slot], q) * s.ro[slot];
            s.al[k] = al;
            double[] y = s.oldDirs[slot];
            for (int i = 0; i < n; i++) {
                q[i] += -al * y[i];
            }
        }
        for (int i = 0; i < n; i++) {
            q[i] *= s.hDiag;
        }
        for (int k = 0; k < s.count; k++) {
            int slot = s.slot(k);
            double be = dot(s.oldDirs[slot], q) * s.ro[slot];
            double[] step = s.oldStps[slot];
            double scale = s.al[k] - be;
            for (int i = 0; i < n; i++) {
                q[i] += scale * step[i];
            }
        }
    }

    /**
     * torch's {@code _strong_wolfe}: leaves x where it was, sets {@code s.t} and
     * {@code s.lineSearchEvals}, writes the gradient at x + t d into {@code g}, returns the value there.
     */
    private double strongWolfe(State s, double[] x, double[] d, double f, double[] g, double gtd, StepContext context) {
        double dNorm = maxAbs(d);
        double[] g0 = s.lineStart;
        System.arraycopy(g, 0, g0, 0, g.length);
        double t = s.t;
        double[] gNew = s.lineNew;
        double fNew = evaluateAlong(s, x, t, d, gNew, context);
        int evals = 1;
        double gtdNew = dot(gNew, d);
        double tPrev = 0;
        double fPrev = f;
        double gtdPrev = gtd;
        double[] gPrev = s.linePrev;
        System.arraycopy(g0, 0, gPrev, 0, g0.length);
        boolean done = false;
        int lsIter = 0;
        double[] bracket = s.bracket;
        double[] bracketF = s.bracketF;
        double[] bracketGtd = s.bracketGtd;
        double[][] bracketG = s.bracketG;
        int bracketLength = 2;
        while (lsIter < MAX_LINE_SEARCH) {
            if (fNew > f + C1 * t * gtd || (lsIter > 1 && fNew >= fPrev)) {
                setBracket(s, tPrev, fPrev, gPrev, gtdPrev, t, fNew, gNew, gtdNew);
                break;
            }
            if (Math.abs(gtdNew) <= -C2 * gtd) {
                bracket[0] = t;
                bracketF[0] = fNew;
                System.arraycopy(gNew, 0, bracketG[0], 0, gNew.length);
                bracketLength = 1;
                done = true;
                break;
            }
            if (gtdNew >= 0) {
                setBracket(s, tPrev, fPrev, gPrev, gtdPrev, t, fNew, gNew, gtdNew);
                break;
            }
            double minStep = t + 0.01 * (t - tPrev);
            double maxStep = t * 10;
            double tmp = t;
            t = cubicInterpolate(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, minStep, maxStep);
            tPrev = tmp;
            fPrev = fNew;
            System.arraycopy(gNew, 0, gPrev, 0, gNew.length);
            gtdPrev = gtdNew;
            fNew = evaluateAlong(s, x, t, d, gNew, context);
            evals++;
            gtdNew = dot(gNew, d);
            lsIter++;
        }
        if (lsIter == MAX_LINE_SEARCH) {
            // torch leaves the slopes of this bracket unset; the zoom below does not run, so they are never read
            setBracket(s, 0, f, g0, Double.NaN, t, fNew, gNew, Double.NaN);
        }
        boolean insufficientProgress = false;
        int low = bracketF[0] <= bracketF[bracketLength - 1] ? 0 : 1;
        int high = 1 - low;
        while (!done && lsIter < MAX_LINE_SEARCH) {
            if (Math.abs(bracket[1] - bracket[0]) * dNorm < LINE_SEARCH_TOLERANCE) {
                break;
            }
            t = cubicInterpolate(bracket[0], bracketF[0], bracketGtd[0], bracket[1], bracketF[1], bracketGtd[1]);
            double bracketMax = Math.max(bracket[0], bracket[1]);
            double bracketMin = Math.min(bracket[0], bracket[1]);
            double eps = 0.1 * (bracketMax - bracketMin);
            if (Math.min(bracketMax - t, t - bracketMin) < eps) {
                if (insufficientProgress || t >= bracketMax || t <= bracketMin) {
                    t = Math.abs(t - bracketMax) < Math.abs(t - bracketMin) ? bracketMax - eps : bracketMin + eps;
                    insufficientProgress = false;
                } else {
                    insufficientProgress = true;
                }
            } else {
                insufficientProgress = false;
            }
            fNew = evaluateAlong(s, x, t, d, gNew, context);
            evals++;
            gtdNew = dot(gNew, d);
            lsIter++;
            if (fNew > f + C1 * t * gtd || fNew >= bracketF[low]) {
                bracket[high] = t;
                bracketF[high] = fNew;
                System.arraycopy(gNew, 0, bracketG[high], 0, gNew.length);
                bracketGtd[high] = gtdNew;
                low = bracketF[0] <= bracketF[1] ? 0 : 1;
                high = 1 - low;
            } else {
                if (Math.abs(gtdNew) <= -C2 * gtd) {
                    done = true;
                } else if (gtdNew * (bracket[high] - bracket[low]) >= 0) {
                    bracket[high] = bracket[low];
                    bracketF[high] = bracketF[low];
                    System.arraycopy(bracketG[low], 0, bracketG[high], 0, gNew.length);
                    bracketGtd[high] = bracketGtd[low];
                }
                bracket[low] = t;
                bracketF[low] = fNew;
                System.arraycopy(gNew, 0, bracketG[low], 0, gNew.length);
                bracketGtd[low] = gtdNew;
            }
        }
        s.t = bracket[low];
        s.lineSearchEvals = evals;
        System.arraycopy(bracketG[low], 0, g, 0, g.length);
        return bracketF[low];
    }

    private static void setBracket(State s, double t0, double f0, double[] g0, double gtd0, double t1, double f1, double[] g1, double gtd1) {
        s.bracket[0] = t0;
        s.bracket[1] = t1;
        s.bracketF[0] = f0;
        s.bracketF[1] = f1;
        s.bracketGtd[0] = gtd0;
        s.bracketGtd[1] = gtd1;
        System.arraycopy(g0, 0, s.bracketG[0], 0, g0.length);
        System.arraycopy(g1, 0, s.bracketG[1], 0, g1.length);
    }

    /** The value and gradient at x + t d, x left as it is (torch's {@code _directional_evaluate}). */
    private static double evaluateAlong(State s, double[] x, double t, double[] d, double[] gradient, StepContext context) {
        double[] point = s.point;
        for (int i = 0; i < x.length; i++) {
            point[i] = x[i] + t * d[i];
        }
        return context.evaluate(point, gradient);
    }

    /** torch's {@code _cubic_interpolate} between the two points, bounded by them. */
    static double cubicInterpolate(double x1, double f1, double g1, double x2, double f2, double g2) {
        return x1 <= x2 ? cubicInterpolate(x1, f1, g1, x2, f2, g2, x1, x2) : cubicInterpolate(x1, f1, g1, x2, f2, g2, x2, x1);
    }

    /**
     * The minimizer of the cubic through (x1, f1) and (x2, f2) with slopes g1 and g2, clamped to
     * [lower, upper]; the middle of the bounds when the cubic has no minimum (torch's
     * {@code _cubic_interpolate}).
     */
    static double cubicInterpolate(double x1, double f1, double g1, double x2, double f2, double g2, double lower, double upper) {
        double d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2);
        double d2Square = d1 * d1 - g1 * g2;
        if (d2Square >= 0) {
            double d2 = Math.sqrt(d2Square);
            double minimum = x1 <= x2
                    ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
                    : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
            return Math.min(Math.max(minimum, lower), upper);
        }
        return (lower + upper) / 2.;
    }

    private static void addScaled(double[] x, double t, double[] d) {
        for (int i = 0; i < x.length; i++) {
            x[i] += t * d[i];
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double maxAbs(double[] a) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static double maxAbsScaled(double[] a, double t) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v * t));
        }
        return max;
    }

    private static double sumAbs(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += Math.abs(v);
        }
        return sum;
    }

    @Override
    public State restore(StateSnapshot snapshot) {
        int n = snapshot.dimension();
        State s = new State(n, historySize);
        s.steps = snapshot.steps();
        s.nIter = (long) snapshot.number("n_iter");
        s.funcEvals = (long) snapshot.number("func_evals");
        if (s.nIter == 0) {
            return s;
        }
        System.arraycopy(snapshot.array("d", n), 0, s.direction, 0, n);
        System.arraycopy(snapshot.array("prev_flat_grad", n), 0, s.prevFlatGrad, 0, n);
        s.t = snapshot.number("t");
        s.hDiag = snapshot.number("H_diag");
        s.prevLoss = snapshot.number("prev_loss");
        double[] ro = snapshot.arrayOrNull("ro");
        double[] dirs = snapshot.arrayOrNull("old_dirs");
        double[] stps = snapshot.arrayOrNull("old_stps");
        if (ro == null || dirs == null || stps == null) {
            throw new InvalidStateException("the saved L-BFGS state lacks its history (ro, old_dirs, old_stps)");
        }
        int count = ro.length;
        if (count > historySize) {
            throw new InvalidStateException("the saved L-BFGS state keeps " + count + " curvature pairs, but this L-BFGS has history_size="
                    + historySize);
        }
        if (dirs.length != count * n || stps.length != count * n) {
            throw new InvalidStateException("the saved L-BFGS history has " + dirs.length + " and " + stps.length + " values, expected "
                    + count * n + " each (" + count + " pairs of dimension " + n + ")");
        }
        for (int k = 0; k < count; k++) {
            double[] y = s.pushPair();
            System.arraycopy(dirs, k * n, y, 0, n);
            System.arraycopy(stps, k * n, s.oldStps[s.slot(k)], 0, n);
            s.ro[s.slot(k)] = ro[k];
        }
        return s;
    }

    /**
     * The run's L-BFGS state: torch's entries plus work arrays for the line search. The history is
     * a ring of up to {@code history_size} pairs; its arrays are allocated while it fills and reused
     * after.
     */
    static final class State implements OptimizerState {
        private final int dimension;
        private final double[] direction;
        private final double[] prevFlatGrad;
        private final double[] flatGrad;
        private final double[][] oldDirs;
        private final double[][] oldStps;
        private final double[] ro;
        private final double[] al;
        private final double[] point;
        private final double[] lineStart;
        private final double[] lineNew;
        private final double[] linePrev;
        private final double[] bracket = new double[2];
        private final double[] bracketF = new double[2];
        private final double[] bracketGtd = new double[2];
        private final double[][] bracketG;
        private final Map<String, double[]> vectors;
        private int first;
        private int count;
        private long steps;
        private long nIter;
        private long funcEvals;
        private double t;
        private double hDiag = 1;
        private double prevLoss;
        private int lineSearchEvals;

        State(int dimension, int historySize) {
            this.dimension = dimension;
            direction = new double[dimension];
            prevFlatGrad = new double[dimension];
            flatGrad = new double[dimension];
            oldDirs = new double[historySize][];
            oldStps = new double[historySize][];
            ro = new double[historySize];
            al = new double[historySize];
            point = new double[dimension];
            lineStart = new double[dimension];
            lineNew = new double[dimension];
            linePrev = new double[dimension];
            bracketG = new double[][] {new double[dimension], new double[dimension]};
            vectors = Map.of("direction", direction, "previous gradient", prevFlatGrad);
        }

        /** The slot of the k-th kept pair, oldest first. */
        int slot(int k) {
            return (first + k) % oldDirs.length;
        }

        void clearHistory() {
            first = 0;
            count = 0;
        }

        /**
         * Makes room for a newest pair, dropping the oldest when full, and returns its y array (its
         * s array is {@code oldStps[slot(count - 1)]}).
         */
        double[] pushPair() {
            if (count == oldDirs.length) {
                first = (first + 1) % oldDirs.length;
                count--;
            }
            int slot = slot(count);
            if (oldDirs[slot] == null) {
                oldDirs[slot] = new double[dimension];
                oldStps[slot] = new double[dimension];
            }
            count++;
            return oldDirs[slot];
        }


        /** Function evaluations over the run, as torch counts them in {@code func_evals}. */
        long functionEvaluations() {
            return funcEvals;
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public Map<String, double[]> vectors() {
            return vectors;
        }

        @Override
        public StateSnapshot snapshot() {
            StateSnapshot.Builder snapshot = StateSnapshot.builder(dimension, steps).number("n_iter", nIter).number("func_evals", funcEvals);
            if (nIter == 0) {
                return snapshot.build();
            }
            double[] dirs = new double[count * dimension];
            double[] stps = new double[count * dimension];
            double[] rho = new double[count];
            for (int k = 0; k < count; k++) {
                int slot = slot(k);
                System.arraycopy(oldDirs[slot], 0, dirs, k * dimension, dimension);
                System.arraycopy(oldStps[slot], 0, stps, k * dimension, dimension);
                rho[k] = ro[slot];
            }
            return snapshot.array("d", direction).array("prev_flat_grad", prevFlatGrad).array("old_dirs", dirs).array("old_stps", stps)
                    .array("ro", rho).number("t", t).number("H_diag", hDiag).number("prev_loss", prevLoss).build();
        }
    }
}
