package dev.gradus.impl.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradientEstimatorProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimatorTest {
    /*
     * Error bounds, as a relative error of the whole vector, max_i |e_i| / max_i |g_i|. Rounding in
     * f(x) is about eps |f| whichever coordinate is perturbed, so judged coordinate by coordinate a
     * small component beside a large one is unresolvable by any difference quotient.
     * Forward: O(h) + O(eps / h) is smallest, about sqrt(eps) = 1.5e-8, at h = sqrt(eps) scale.
     * Central: O(h^2) + O(eps / h) is smallest, about eps^(2/3) = 3.7e-11, at h = cbrt(eps) scale.
     * Measured worst cases over POINTS: 1.4e-8 and 3.1e-11. A fixed h = 1e-4 at LARGE gives 2.2e-7
     * for both: rounding eps |f| / h = 2.2e-16 * 1.3e18 / 1e-4 against g ~ 4e12.
     */
    private static final double FORWARD_BOUND = 5e-8;
    private static final double CENTRAL_BOUND = 1e-10;

    private static final double[] LARGE = {1e6, -1.2e6, 0.9e6, 1.1e6};
    private static final double[] SMALL = {1e-8, -3e-8, 2e-9, 5e-8};
    private static final double[] MIXED = {1e6, -1.2e6, 1e-8, 0.5};
    private static final double[] MODERATE = {-3.7, 0.5, 2, 1.1};
    private static final double[][] POINTS = {LARGE, SMALL, MIXED, MODERATE, {250, -220, 280, 300}};

    /** f(x) = Σ sin(x_i) + x_i³, with gradient cos(x_i) + 3 x_i². */
    private static final DifferentiableObjective WAVY_CUBIC = new DifferentiableObjective() {
        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public double value(double[] x) {
            double f = 0;
            for (double v : x) {
                f += Math.sin(v) + v * v * v;
            }
            return f;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            for (int i = 0; i < x.length; i++) {
                g[i] = Math.cos(x[i]) + 3 * x[i] * x[i];
            }
            return value(x);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return ObjectiveMetadata.builder(4).suggestedStart(0, 0, 0, 0).plotWindow(Box.cube(4, -1, 1)).build();
        }
    };

    /** f(x) = x³ in one dimension, values only. */
    private static final Objective CUBE = new Objective() {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double value(double[] x) {
            return x[0] * x[0] * x[0];
        }

        @Override
        public ObjectiveMetadata metadata() {
            return ObjectiveMetadata.builder(1).suggestedStart(1).plotWindow(Box.interval(-2, 2)).build();
        }
    };

    /** Counts the calls it receives and records how far each call moved x away from {@code base}. */
    private static final class Recording implements DifferentiableObjective {
        final double[] base;
        final List<double[]> offsets = new ArrayList<>();
        int valueCalls;
        int gradientCalls;

        Recording(double[] base) {
            this.base = base.clone();
        }

        @Override
        public int dimension() {
            return base.length;
        }

        @Override
        public double value(double[] x) {
            valueCalls++;
            double[] offset = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                offset[i] = x[i] - base[i];
            }
            offsets.add(offset);
            return WAVY_CUBIC.value(x);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            gradientCalls++;
            return WAVY_CUBIC.valueAndGradient(x, gradient);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return WAVY_CUBIC.metadata();
        }
    }

    private static GradientEstimator estimator(GradientEstimatorProvider provider, Objective objective, Map<String, ?> values) {
        return provider.create(objective, provider.parameters().bind(provider.info().id(), values));
    }

    private static double relativeError(GradientEstimatorProvider provider, Map<String, ?> values, double[] point) {
        double[] estimate = new double[point.length];
        double[] exact = new double[point.length];
        estimator(provider, WAVY_CUBIC, values).valueAndGradient(point.clone(), estimate);
        WAVY_CUBIC.valueAndGradient(point, exact);
        double error = 0;
        double scale = 0;
        for (int i = 0; i < point.length; i++) {
            error = Math.max(error, Math.abs(estimate[i] - exact[i]));
            scale = Math.max(scale, Math.abs(exact[i]));
        }
        return error / scale;
    }

    private static double worstRelativeError(GradientEstimatorProvider provider) {
        double worst = 0;
        for (double[] point : POINTS) {
            worst = Math.max(worst, relativeError(provider, Map.of(), point));
        }
        return worst;
    }

    @Test
    void forwardDifferencesWithTheAutomaticStepAreAccurateToAboutTheSquareRootOfEpsilon() {
        assertThat(worstRelativeError(new ForwardDifferenceProvider())).isLessThan(FORWARD_BOUND);
    }

    @Test
    void centralDifferencesWithTheAutomaticStepAreAccurateToAboutEpsilonToTheTwoThirds() {
        assertThat(worstRelativeError(new CentralDifferenceProvider())).isLessThan(CENTRAL_BOUND);
    }

    @Test
    void aFixedSmallStepMissesTheseBoundsAtLargeCoordinates() {
        assertThat(relativeError(new ForwardDifferenceProvider(), Map.of("h", 1e-4), LARGE)).isGreaterThan(FORWARD_BOUND);
        assertThat(relativeError(new CentralDifferenceProvider(), Map.of("h", 1e-4), LARGE)).isGreaterThan(CENTRAL_BOUND);
    }

    @Test
    void theAutomaticStepIsTheEpsilonRootTimesTheLargerOfTheCoordinateAndOne() {
        double[] x = {1e6, 1e-8, -3};
        Recording forwardCalls = new Recording(x);
        Recording centralCalls = new Recording(x);

        estimator(new ForwardDifferenceProvider(), forwardCalls, Map.of()).valueAndGradient(x.clone(), new double[3]);
        estimator(new CentralDifferenceProvider(), centralCalls, Map.of()).valueAndGradient(x.clone(), new double[3]);

        // forward: f(x), then x + h_i e_i with h = 1.49e-8 * (1e6, 1, 3); central: x + h_i e_i, x - h_i e_i, ..., then f(x)
        assertThat(forwardCalls.offsets.get(0)).containsOnly(0);
        double[] forwardSteps = {forwardCalls.offsets.get(1)[0], forwardCalls.offsets.get(2)[1], forwardCalls.offsets.get(3)[2]};
        assertThat(forwardSteps).containsExactly(new double[] {1.4901161193847656e-2, 1.4901161193847656e-8, 4.470348358154297e-8},
                within(1e-6 * 1.5e-2));
        assertThat(forwardSteps[1]).isCloseTo(1.4901161193847656e-8, within(1e-22));
        double[] centralSteps = {centralCalls.offsets.get(0)[0], -centralCalls.offsets.get(1)[0], centralCalls.offsets.get(2)[1],
            centralCalls.offsets.get(4)[2]};
        assertThat(centralSteps[0]).isCloseTo(6.0554544523933395, within(1e-9));
        assertThat(centralSteps[1]).isCloseTo(6.0554544523933395, within(1e-9));
        assertThat(centralSteps[2]).isCloseTo(6.0554544523933395e-6, within(1e-20));
        assertThat(centralSteps[3]).isCloseTo(3 * 6.0554544523933395e-6, within(3e-16));
        assertThat(centralCalls.offsets.get(6)).containsOnly(0);
    }

    @Test
    void aFixedCentralStepIsUsedAsGiven() {
        GradientEstimator central = estimator(new CentralDifferenceProvider(), CUBE, Map.of("h", "0.1"));
        double[] g = new double[1];

        central.valueAndGradient(new double[] {1}, g);

        // (1.1^3 - 0.9^3) / 0.2 = (1.331 - 0.729) / 0.2 = 3.01, where the exact derivative is 3;
        // computed with the representable 1 + 0.1 and 1 - 0.1 and their own difference as divisor
        double up = 1 + 0.1;
        double down = 1 - 0.1;
        assertThat(g[0]).isCloseTo(3.01, within(1e-12));
        assertThat(g[0]).isEqualTo((up * up * up - down * down * down) / (up - down));
    }

    @Test
    void aFixedForwardStepIsUsedAsGivenAndDividedByTheStepActuallyTaken() {
        GradientEstimator forward = estimator(new ForwardDifferenceProvider(), CUBE, Map.of("h", "0.1"));
        double[] g = new double[1];

        forward.valueAndGradient(new double[] {1}, g);

        // (1.1^3 - 1) / 0.1 = 3.31; the double 1 + 0.1 is 1.1000000000000000888, so the divisor is 0.10000000000000009
        double up = 1 + 0.1;
        assertThat(g[0]).isCloseTo(3.31, within(1e-12));
        assertThat(g[0]).isEqualTo((up * up * up - 1) / (up - 1));
    }

    @Test
    void forwardSpendsNPlusOneAndCentralTwoNPlusOneFunctionEvaluationsPerCall() {
        Recording forwardCalls = new Recording(MODERATE);
        Recording centralCalls = new Recording(MODERATE);
        GradientEstimator forward = estimator(new ForwardDifferenceProvider(), forwardCalls, Map.of());
        GradientEstimator central = estimator(new CentralDifferenceProvider(), centralCalls, Map.of());
        double[] g = new double[4];

        forward.valueAndGradient(MODERATE.clone(), g);
        forward.valueAndGradient(MODERATE.clone(), g);
        central.valueAndGradient(MODERATE.clone(), g);
        central.valueAndGradient(MODERATE.clone(), g);
        central.valueAndGradient(MODERATE.clone(), g);

        assertThat(forward.functionEvaluations()).isEqualTo(2 * (4 + 1)).isEqualTo(forwardCalls.valueCalls);
        assertThat(central.functionEvaluations()).isEqualTo(3 * (2 * 4 + 1)).isEqualTo(centralCalls.valueCalls);
        assertThat(forward.gradientEvaluations()).isZero();
        assertThat(central.gradientEvaluations()).isZero();
        assertThat(forwardCalls.gradientCalls + centralCalls.gradientCalls).isZero();
    }

    @Test
    void analyticSpendsOneFunctionAndOneGradientEvaluationPerCall() {
        Recording calls = new Recording(MODERATE);
        GradientEstimator analytic = estimator(new AnalyticGradientProvider(), calls, Map.of());
        double[] g = new double[4];

        double f = analytic.valueAndGradient(new double[] {1, 2, 3, 4}, g);
        analytic.valueAndGradient(new double[] {1, 2, 3, 4}, g);

        assertThat(analytic.functionEvaluations()).isEqualTo(2);
        assertThat(analytic.gradientEvaluations()).isEqualTo(2).isEqualTo(calls.gradientCalls);
        assertThat(calls.valueCalls).isZero();
        assertThat(f).isEqualTo(WAVY_CUBIC.value(new double[] {1, 2, 3, 4}));
        assertThat(g).containsExactly(Math.cos(1) + 3, Math.cos(2) + 12, Math.cos(3) + 27, Math.cos(4) + 48);
    }

    @Test
    void numericalEstimatorsLeaveThePointBitIdenticalAndReturnItsValue() {
        double[] x = {0.1, -0.0, 1e300, Double.MIN_VALUE, -7, 1e6};
        long[] before = bits(x);
        double[] g = new double[x.length];

        double fForward = estimator(new ForwardDifferenceProvider(), WAVY_CUBIC, Map.of()).valueAndGradient(x, g);
        assertThat(bits(x)).containsExactly(before);
        double fCentral = estimator(new CentralDifferenceProvider(), WAVY_CUBIC, Map.of("h", 1e-4)).valueAndGradient(x, g);
        assertThat(bits(x)).containsExactly(before);
        estimator(new CentralDifferenceProvider(), WAVY_CUBIC, Map.of()).valueAndGradient(x, g);
        assertThat(bits(x)).containsExactly(before);
        double fFivePoint = estimator(new FivePointProvider(), WAVY_CUBIC, Map.of()).valueAndGradient(x, g);
        assertThat(bits(x)).containsExactly(before);

        double[] original = {0.1, -0.0, 1e300, Double.MIN_VALUE, -7, 1e6};
        assertThat(fForward).isEqualTo(WAVY_CUBIC.value(original));
        assertThat(fCentral).isEqualTo(WAVY_CUBIC.value(original));
        assertThat(fFivePoint).isEqualTo(WAVY_CUBIC.value(original));
    }

    @Test
    void numericalEstimatorsOverwriteEveryGradientElement() {
        for (GradientEstimatorProvider provider : List.of(new ForwardDifferenceProvider(), new CentralDifferenceProvider(),
                new FivePointProvider())) {
            double[] g = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};

            estimator(provider, WAVY_CUBIC, Map.of()).valueAndGradient(MODERATE.clone(), g);

            assertThat(g).as(provider.info().id()).doesNotContain(Double.NaN);
        }
    }

    @Test
    void analyticAppliesOnlyToDifferentiableObjectivesAndTheDifferencesToAny() {
        assertThat(new AnalyticGradientProvider().appliesTo(WAVY_CUBIC)).isTrue();
        assertThat(new AnalyticGradientProvider().appliesTo(CUBE)).isFalse();
        assertThat(new ForwardDifferenceProvider().appliesTo(CUBE)).isTrue();
        assertThat(new CentralDifferenceProvider().appliesTo(CUBE)).isTrue();
        assertThat(new FivePointProvider().appliesTo(CUBE)).isTrue();
    }

    @Test
    void theStepIsNeverZeroEvenWhereAFixedStepIsBelowTheSpacingOfDoubles() {
        assertThat(DifferenceStep.above(1e300, 1e-4)).isEqualTo(Math.nextUp(1e300));
        assertThat(DifferenceStep.below(1e300, 1e-4)).isEqualTo(Math.nextDown(1e300));
        assertThat(DifferenceStep.FORWARD).isEqualTo(Math.sqrt(0x1p-52)).isCloseTo(1.49e-8, within(1e-10));
        assertThat(DifferenceStep.CENTRAL).isEqualTo(Math.cbrt(0x1p-52)).isCloseTo(6.06e-6, within(1e-8));
        assertThat(DifferenceStep.FIVE_POINT).isEqualTo(Math.pow(0x1p-52, 0.2)).isCloseTo(7.40e-4, within(1e-6));
    }

    private static long[] bits(double[] x) {
        long[] bits = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            bits[i] = Double.doubleToRawLongBits(x[i]);
        }
        return bits;
    }
}
