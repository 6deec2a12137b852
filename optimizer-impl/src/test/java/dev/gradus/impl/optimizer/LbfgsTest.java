package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.error.InvalidStateException;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LbfgsTest {
    private static final LbfgsProvider PROVIDER = new LbfgsProvider();

    private static Lbfgs lbfgs(Map<String, String> values) {
        return (Lbfgs) PROVIDER.create(PROVIDER.parameters().parse("lbfgs", values));
    }

    /** A function with its gradient: returns the value at {@code x} and writes the gradient there. */
    private interface Objective {
        double at(double[] x, double[] gradient);
    }

    /** The host's side of one step: the value at the current point, and extra evaluations of the objective, counted. */
    private static final class Counting implements StepContext {
        private final Objective objective;
        private final double learningRate;
        private final double value;
        private int evaluations;

        Counting(Objective objective, double learningRate, double value) {
            this.objective = objective;
            this.learningRate = learningRate;
            this.value = value;
        }

        @Override
        public double learningRate() {
            return learningRate;
        }

        @Override
        public double value() {
            return value;
        }

        @Override
        public double evaluate(double[] point, double[] gradient) {
            evaluations++;
            double[] unchanged = point.clone();
            double result = objective.at(point, gradient);
            assertThat(point).containsExactly(unchanged);
            return result;
        }
    }

    /**
     * One optimizer step from {@code x}, as a host makes it: the value and gradient at x, then the update.
     *
     * @return the extra evaluations the step made
     */
    private static int step(Lbfgs lbfgs, Lbfgs.State state, double[] x, double lr, Objective f) {
        double[] gradient = new double[x.length];
        double value = f.at(x, gradient);
        double[] given = gradient.clone();
        Counting context = new Counting(f, lr, value);
        lbfgs.update(state, x, gradient, context);
        assertThat(gradient).containsExactly(given);
        return context.evaluations;
    }

    /** f = ½ (x - c)ᵀ A (x - c) with A = [[3, 1], [1, 2]] (eigenvalues (5 ± √5) / 2, so SPD); its minimum is at c. */
    private static Objective quadratic(double c0, double c1) {
        return (x, g) -> {
            double u = x[0] - c0;
            double v = x[1] - c1;
            g[0] = 3 * u + v;
            g[1] = u + 2 * v;
            return 0.5 * (u * g[0] + v * g[1]);
        };
    }

    private static final Objective QUADRATIC = quadratic(0, 0);

    /** Rosenbrock's (1 - x)² + 100 (y - x²)², minimum 0 at (1, 1). */
    private static final Objective ROSENBROCK = (x, g) -> {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        g[0] = -2 * a - 400 * x[0] * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    };

    @Test
    void theFirstIterationStepsAlongMinusTheGradientScaledByItsL1Norm() {
        Lbfgs lbfgs = lbfgs(Map.of("max_iter", "1"));
        Lbfgs.State state = lbfgs.init(2);
        double[] x = {1, 1};

        int evaluations = step(lbfgs, state, x, 1, QUADRATIC);

        // g = A (1, 1) = (4, 3), ‖g‖₁ = 7, f = ½ (1, 1)·(4, 3) = 3.5; n_iter = 1: d = -g = (-4, -3), t = min(1, 1/7) * 1 = 1/7
        // x = (1 - 4/7, 1 - 3/7) = (3/7, 4/7) = (0.428571428571, 0.571428571429); with max_iter = 1 there is no evaluation after the move
        assertThat(x).containsExactly(new double[] {3. / 7, 4. / 7}, within(1e-15));
        assertThat(evaluations).isZero();
        assertThat(state.vectors().get("direction")).containsExactly(-4, -3);
        assertThat(state.vectors().get("previous gradient")).containsExactly(4, 3);
        StateSnapshot snapshot = state.snapshot();
        assertThat(snapshot.number("t")).isCloseTo(1. / 7, within(1e-17));
        assertThat(snapshot.number("prev_loss")).isEqualTo(3.5);
        assertThat(snapshot.number("H_diag")).isEqualTo(1);
        assertThat(snapshot.number("n_iter")).isEqualTo(1);
        assertThat(snapshot.number("func_evals")).isEqualTo(1);
        assertThat(snapshot.arrayOrNull("ro")).isEmpty();
    }

    @Test
    void theFirstStepLengthIsTheLearningRateTimesMinOfOneAndTheInverseL1Norm() {
        Lbfgs lbfgs = lbfgs(Map.of("max_iter", "1"));

        // ‖g‖₁ = 7 > 1: t = 0.5 / 7 = 1/14, x = (1 - 4/14, 1 - 3/14) = (5/7, 11/14)
        double[] x = {1, 1};
        step(lbfgs, lbfgs.init(2), x, 0.5, QUADRATIC);
        assertThat(x).containsExactly(new double[] {5. / 7, 11. / 14}, within(1e-15));

        // at (0.1, 0.1), g = (0.4, 0.3), ‖g‖₁ = 0.7 < 1: t = min(1, 1/0.7) * 0.5 = 0.5, x = (0.1 - 0.2, 0.1 - 0.15) = (-0.1, -0.05)
        double[] y = {0.1, 0.1};
        step(lbfgs, lbfgs.init(2), y, 0.5, QUADRATIC);
        assertThat(y).containsExactly(new double[] {-0.1, -0.05}, within(1e-16));
    }

    @Test
    void theSecondIterationUsesTheFirstCurvaturePairThroughTheTwoLoopRecursion() {
        // max_iter = 3 and max_eval = 3 * 5 / 4 = 3: iteration 1 evaluates (2 evaluations), iteration 2 evaluates (3) and the step ends
        Lbfgs lbfgs = lbfgs(Map.of("max_iter", "3"));
        Lbfgs.State state = lbfgs.init(2);
        double[] x = {1, 1};

        int evaluations = step(lbfgs, state, x, 1, QUADRATIC);

        // iteration 1 as above: x1 = (3/7, 4/7), evaluated: g1 = A x1 = (13/7, 11/7), f1 = ½ x1·g1 = 83/98
        // iteration 2: y = g1 - g0 = (13/7 - 4, 11/7 - 3) = (-15/7, -10/7); s = t d = (-4/7, -3/7)
        //   yᵀs = (60 + 30) / 49 = 90/49 > 1e-10, kept: ρ = 49/90; yᵀy = 325/49, H = yᵀs / yᵀy = 18/65
        //   two-loop: q = -g1 = (-13/7, -11/7); α = ρ sᵀq = 49/90 * (52 + 33)/49 = 17/18
        //             q = q - α y = (-13/7 + 255/126, -11/7 + 170/126) = (1/6, -2/9); q = H q = (3/65, -4/65)
        //             β = ρ yᵀq = 49/90 * (-45 + 40)/455 = -7/1170; q = q + (α - β) s = q + 556/585 s
        //             d = (3/65 - 2224/4095, -4/65 - 1668/4095) = (-407/819, -384/819) = (-0.496947496947, -0.468864468864)
        //   gᵀd = -(13 * 407 + 11 * 384) / 5733 < 0; t = lr = 1
        //   x2 = (3/7 - 407/819, 4/7 - 384/819) = (-56/819, 84/819) = (-8/117, 4/39) = (-0.068376068376, 0.102564102564)
        assertThat(x).containsExactly(new double[] {-8. / 117, 4. / 39}, within(1e-15));
        assertThat(evaluations).isEqualTo(2);
        assertThat(state.vectors().get("direction")).containsExactly(new double[] {-407. / 819, -384. / 819}, within(1e-15));
        assertThat(state.vectors().get("previous gradient")).containsExactly(new double[] {13. / 7, 11. / 7}, within(1e-15));
        StateSnapshot snapshot = state.snapshot();
        assertThat(snapshot.arrayOrNull("ro")).containsExactly(new double[] {49. / 90}, within(1e-15));
        assertThat(snapshot.arrayOrNull("old_dirs")).containsExactly(new double[] {-15. / 7, -10. / 7}, within(1e-15));
        assertThat(snapshot.arrayOrNull("old_stps")).containsExactly(new double[] {-4. / 7, -3. / 7}, within(1e-15));
        assertThat(snapshot.number("H_diag")).isCloseTo(18. / 65, within(1e-15));
        assertThat(snapshot.number("t")).isEqualTo(1);
        assertThat(snapshot.number("prev_loss")).isCloseTo(83. / 98, within(1e-15));
        assertThat(snapshot.number("n_iter")).isEqualTo(2);
        assertThat(snapshot.number("func_evals")).isEqualTo(3);
    }

    @Test
    void extraEvaluationsFollowMaxIterAndAreCappedByMaxEval() {
        // max_iter = 1: the only iteration is the last, so no evaluation after its move
        Lbfgs one = lbfgs(Map.of("max_iter", "1"));
        Lbfgs.State state = one.init(2);
        assertThat(step(one, state, new double[] {1, 1}, 1, QUADRATIC)).isZero();
        assertThat(state.snapshot().number("func_evals")).isEqualTo(1);

        // max_iter = 3 (max_eval 3): 2 extra, as worked above; with max_eval = 10 still 2, since the third, last, iteration does not evaluate
        Lbfgs three = lbfgs(Map.of("max_iter", "3", "max_eval", "10"));
        state = three.init(2);
        assertThat(step(three, state, new double[] {1, 1}, 1, QUADRATIC)).isEqualTo(2);
        assertThat(state.snapshot().number("n_iter")).isEqualTo(3);
        assertThat(state.snapshot().number("func_evals")).isEqualTo(3);

        // max_eval = 2 caps a step of up to 10 iterations after the first: its evaluation makes 2, and the step ends at (3/7, 4/7)
        Lbfgs capped = lbfgs(Map.of("max_iter", "10", "max_eval", "2"));
        state = capped.init(2);
        double[] x = {1, 1};
        assertThat(step(capped, state, x, 1, QUADRATIC)).isEqualTo(1);
        assertThat(x).containsExactly(new double[] {3. / 7, 4. / 7}, within(1e-15));
        assertThat(state.snapshot().number("n_iter")).isEqualTo(1);

        // max_iter = 2 with the default max_eval: 2 * 5 / 4 = 2 (integer division, as torch's //), so the same single iteration
        Lbfgs two = lbfgs(Map.of("max_iter", "2"));
        state = two.init(2);
        double[] y = {1, 1};
        assertThat(step(two, state, y, 1, QUADRATIC)).isEqualTo(1);
        assertThat(y).containsExactly(x);
    }

    @Test
    void oneStrongWolfeStepReachesTheMinimumOfATwoDimensionalQuadratic() {
        // torch's default tolerances end the step about 1e-7 from the minimum (max |g| <= 1e-7, or a value change below 1e-9);
        // with them tightened the quasi-Newton iterations run until BFGS has the exact curvature of the quadratic
        Lbfgs lbfgs = lbfgs(Map.of("max_iter", "20", "line_search_fn", "strong_wolfe", "tolerance_grad", "1e-12", "tolerance_change", "1e-20"));
        Lbfgs.State state = lbfgs.init(2);
        double[] x = {3, 1};

        int evaluations = step(lbfgs, state, x, 1, quadratic(1, -2));

        assertThat(x).containsExactly(new double[] {1, -2}, within(1e-10));
        assertThat(evaluations).isBetween(1, 25);
        assertThat(state.snapshot().number("n_iter")).isLessThan(20);
        assertThat(state.snapshot().number("func_evals")).isEqualTo(1 + evaluations);
    }

    @Test
    void aStepFromAPointWithATinyGradientLeavesItWhereItIs() {
        Lbfgs lbfgs = lbfgs(Map.of());
        Lbfgs.State state = lbfgs.init(2);
        double[] x = {1e-8, -1e-8};

        // g = A x = (2e-8, -1e-8): max |g| = 2e-8 <= tolerance_grad = 1e-7
        int evaluations = step(lbfgs, state, x, 1, QUADRATIC);

        assertThat(x).containsExactly(1e-8, -1e-8);
        assertThat(evaluations).isZero();
        assertThat(state.steps()).isEqualTo(1);
        // torch counts the closure call the step starts with, and does not count an iteration
        assertThat(state.snapshot().number("func_evals")).isEqualTo(1);
        assertThat(state.snapshot().number("n_iter")).isZero();
    }

    @Test
    void strongWolfeStepsOnRosenbrockMatchTorch() {
        // torch.optim.LBFGS([p], max_iter=5, history_size=2, line_search_fn='strong_wolfe') in float64 from (-1.5, 2), four steps:
        // the points after each step and func_evals 6, 12, 18, 24
        Lbfgs lbfgs = lbfgs(Map.of("max_iter", "5", "history_size", "2", "line_search_fn", "strong_wolfe"));
        Lbfgs.State state = lbfgs.init(2);
        double[] x = {-1.5, 2};
        double[][] torch = {{-1.4190153667423946, 2.01522942934847}, {-0.9362551599893771, 0.9140051214609944},
                {-0.6036219241637258, 0.3238455815645158}, {-0.21009635270572846, 0.021423141358197697}};
        for (int k = 0; k < 4; k++) {
            assertThat(step(lbfgs, state, x, 1, ROSENBROCK)).isEqualTo(5);
            assertThat(x).containsExactly(torch[k], within(1e-12));
            assertThat(state.snapshot().number("func_evals")).isEqualTo(6 * (k + 1));
        }
        // n_iter after the fourth step: 16 in torch
        assertThat(state.snapshot().number("n_iter")).isEqualTo(16);
        // torch's ro after the fourth step, oldest first
        assertThat(state.snapshot().arrayOrNull("ro")).containsExactly(new double[] {1.4693104824301926, 3.5755706460182806}, within(1e-9));
    }

    @Test
    void theHistoryIsARingOfHistorySizePairs() {
        Lbfgs lbfgs = lbfgs(Map.of("max_iter", "5", "history_size", "2"));
        Lbfgs.State state = lbfgs.init(2);
        double[] x = {-1.5, 2};
        for (int k = 0; k < 4; k++) {
            step(lbfgs, state, x, 1, ROSENBROCK);
        }

        // 20 iterations have run (each step uses all 5 here), far more pairs than the 2 kept
        StateSnapshot snapshot = state.snapshot();
        assertThat(snapshot.number("n_iter")).isEqualTo(20);
        assertThat(snapshot.arrayOrNull("ro")).hasSize(2);
        assertThat(snapshot.arrayOrNull("old_dirs")).hasSize(4);
        assertThat(snapshot.arrayOrNull("old_stps")).hasSize(4);
        // each kept pair satisfies ρ = 1 / yᵀs
        double[] dirs = snapshot.arrayOrNull("old_dirs");
        double[] stps = snapshot.arrayOrNull("old_stps");
        double[] ro = snapshot.arrayOrNull("ro");
        for (int k = 0; k < 2; k++) {
            assertThat(ro[k] * (dirs[2 * k] * stps[2 * k] + dirs[2 * k + 1] * stps[2 * k + 1])).isCloseTo(1, within(1e-12));
        }
        // torch's ro after these four steps without a line search, oldest first
        assertThat(ro).containsExactly(new double[] {0.05195706493628531, 37.13149515233984}, within(1e-9));
        assertThat(x).containsExactly(new double[] {-0.33151019723259406, -0.20492693593793043}, within(1e-12));
    }

    @Test
    void refusesToRestoreAHistoryLongerThanItsHistorySize() {
        Lbfgs two = lbfgs(Map.of("max_iter", "5", "history_size", "2"));
        Lbfgs.State state = two.init(2);
        double[] x = {-1.5, 2};
        step(two, state, x, 1, ROSENBROCK);
        StateSnapshot saved = state.snapshot();
        assertThat(saved.arrayOrNull("ro")).hasSize(2);

        assertThatThrownBy(() -> lbfgs(Map.of("max_iter", "5", "history_size", "1")).restore(saved)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("2 curvature pairs").hasMessageContaining("history_size=1");
        // a longer history_size takes it
        assertThat(lbfgs(Map.of("history_size", "3")).restore(saved).snapshot()).isEqualTo(saved);
    }

    @Test
    void refusesToRestoreAHistoryOfTheWrongLength() {
        Lbfgs lbfgs = lbfgs(Map.of());
        StateSnapshot broken = StateSnapshot.builder(2, 1).number("n_iter", 2).number("func_evals", 3).array("d", new double[2])
                .array("prev_flat_grad", new double[2]).array("old_dirs", new double[3]).array("old_stps", new double[4]).array("ro", new double[2])
                .number("t", 1).number("H_diag", 1).number("prev_loss", 0).build();
        StateSnapshot withoutHistory = StateSnapshot.builder(2, 1).number("n_iter", 2).number("func_evals", 3).array("d", new double[2])
                .array("prev_flat_grad", new double[2]).number("t", 1).number("H_diag", 1).number("prev_loss", 0).build();

        assertThatThrownBy(() -> lbfgs.restore(broken)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> lbfgs.restore(withoutHistory)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aRestoredStateContinuesBitForBit() {
        for (String lineSearch : new String[] {"none", "strong_wolfe"}) {
            Lbfgs lbfgs = lbfgs(Map.of("max_iter", "4", "history_size", "3", "line_search_fn", lineSearch, "lr", "0.5"));
            Lbfgs.State state = lbfgs.init(2);
            double[] x = {-1.5, 2};
            for (int k = 0; k < 3; k++) {
                step(lbfgs, state, x, 0.5, ROSENBROCK);
            }
            StateSnapshot saved = state.snapshot();
            Lbfgs.State restored = lbfgs.restore(saved);
            assertThat(restored.snapshot()).isEqualTo(saved);
            double[] y = x.clone();
            for (int k = 0; k < 5; k++) {
                int a = step(lbfgs, state, x, 0.5, ROSENBROCK);
                int b = step(lbfgs, restored, y, 0.5, ROSENBROCK);
                assertThat(b).isEqualTo(a);
            }

            assertThat(restored.steps()).isEqualTo(8);
            assertThat(y).containsExactly(x);
            assertThat(restored.snapshot()).isEqualTo(state.snapshot());
        }
    }

    @Test
    void aFreshStateRestoresToAFreshState() {
        Lbfgs lbfgs = lbfgs(Map.of("max_iter", "1"));
        StateSnapshot fresh = lbfgs.init(2).snapshot();
        Lbfgs.State restored = lbfgs.restore(fresh);
        double[] x = {1, 1};

        step(lbfgs, restored, x, 1, QUADRATIC);

        assertThat(x).containsExactly(new double[] {3. / 7, 4. / 7}, within(1e-15));
    }

    @Test
    void cubicInterpolationFindsTheMinimizerOfTheCubicThroughTwoPoints() {
        // p(x) = x³ - 3x, p'(x) = 3x² - 3: local minimum at x = 1
        // from x1 = 0 (p = 0, p' = -3) and x2 = 2 (p = 2, p' = 9):
        //   d1 = -3 + 9 - 3 (0 - 2) / (0 - 2) = 3, d2 = √(9 + 27) = 6, x = 2 - 2 (9 + 6 - 3) / (9 + 3 + 12) = 2 - 1 = 1
        assertThat(Lbfgs.cubicInterpolate(0, 0, -3, 2, 2, 9)).isEqualTo(1);
        // the same points given the other way round: d1 = 9 - 3 - 3 (2 - 0) / (2 - 0) = 3, x = 2 - 2 (9 + 6 - 3) / (9 + 3 + 12) = 1
        assertThat(Lbfgs.cubicInterpolate(2, 2, 9, 0, 0, -3)).isEqualTo(1);
        // from -0.5 (p = 1.375, p' = -2.25) and 3 (p = 18, p' = 24): d1 = 21.75 - 3 (-16.625) / (-3.5) = 7.5, d2 = √(56.25 + 54) = 10.5,
        // x = 3 - 3.5 (24 + 10.5 - 7.5) / (24 + 2.25 + 21) = 3 - 3.5 * 4/7 = 1
        assertThat(Lbfgs.cubicInterpolate(-0.5, 1.375, -2.25, 3, 18, 24)).isCloseTo(1, within(1e-15));
    }

    @Test
    void boundedCubicInterpolationClampsTheMinimizerToTheBounds() {
        // the minimizer 1 of x³ - 3x, clamped to [1.5, 3] and to [-1, 0.5]; inside [0, 2] it stays
        assertThat(Lbfgs.cubicInterpolate(0, 0, -3, 2, 2, 9, 1.5, 3)).isEqualTo(1.5);
        assertThat(Lbfgs.cubicInterpolate(0, 0, -3, 2, 2, 9, -1, 0.5)).isEqualTo(0.5);
        assertThat(Lbfgs.cubicInterpolate(0, 0, -3, 2, 2, 9, 0, 2)).isEqualTo(1);
    }

    @Test
    void aCubicWithoutARealMinimumGivesTheMiddleOfTheBounds() {
        // p(x) = x³ + 3x has p' = 3x² + 3 > 0, no minimum; from 0 (p = 0, p' = 3) and 1 (p = 4, p' = 6):
        // d1 = 3 + 6 - 3 (0 - 4) / (0 - 1) = -3, d1² - g1 g2 = 9 - 18 = -9 < 0
        assertThat(Lbfgs.cubicInterpolate(0, 0, 3, 1, 4, 6)).isEqualTo(0.5);
        assertThat(Lbfgs.cubicInterpolate(1, 4, 6, 0, 0, 3)).isEqualTo(0.5);
        assertThat(Lbfgs.cubicInterpolate(0, 0, 3, 1, 4, 6, 2, 5)).isEqualTo(3.5);
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(PROVIDER.parameters().defaults().asMap()).containsExactly(Map.entry("lr", 1.0), Map.entry("max_iter", 20L),
                Map.entry("max_eval", 0L), Map.entry("tolerance_grad", 1e-7), Map.entry("tolerance_change", 1e-9), Map.entry("history_size", 100L),
                Map.entry("line_search_fn", "none"));
    }

    @Test
    void rejectsOutOfRangeValuesNamingEachParameterAndItsRange() {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> PROVIDER.parameters().parse("lbfgs",
                Map.of("lr", "-1", "max_iter", "0", "max_eval", "-1", "tolerance_grad", "-1e-7", "tolerance_change", "-1e-9", "history_size", "0",
                        "line_search_fn", "wolfe")));

        assertThat(refused.violations()).extracting(ParameterViolation::parameter)
                .containsExactly("lr", "max_iter", "max_eval", "tolerance_grad", "tolerance_change", "history_size", "line_search_fn");
        assertThat(refused.violations()).extracting(ParameterViolation::value).containsExactly("-1", "0", "-1", "-1e-7", "-1e-9", "0", "wolfe");
        assertThat(refused.violations()).extracting(ParameterViolation::allowed).containsExactly(">= 0", "a whole number >= 1",
                "a whole number >= 0", ">= 0", ">= 0", "a whole number in [1, 1000000]", "one of none, strong_wolfe");
        assertThat(refused.violations()).extracting(ParameterViolation::kind).containsOnly(ParameterViolation.Kind.OUT_OF_RANGE);
        assertThat(refused.violations()).extracting(ParameterViolation::owner).containsOnly("lbfgs");
    }
}
