package dev.gradus.impl.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradientEstimatorProvider;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimatorTest {
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

    /**
     * Points at very different scales; within a point the coordinates share a scale (where one
     * coordinate makes f huge, no difference quotient can resolve a tiny one).
     */
    private static final double[][] POINTS = {
        {1e6, -1.2e6, 0.9e6, 1.1e6}, {1e-8, -3e-8, 2e-9, 5e-8}, {-3.7, 0.5, 2, 1.1}, {250, -220, 280, 300}};
    private static final double[] LARGE = POINTS[0];

    private static double worstRelativeError(GradientEstimatorProvider provider, Map<String, ?> values) {
        double worst = 0;
        for (double[] point : POINTS) {
            worst = Math.max(worst, worstRelativeError(provider, values, point));
        }
        return worst;
    }

    private static double worstRelativeError(GradientEstimatorProvider provider, Map<String, ?> values, double[] point) {
        GradientEstimator estimator = provider.create(WAVY_CUBIC, provider.parameters().bind(provider.info().id(), values));
        double[] estimate = new double[point.length];
        double[] exact = new double[point.length];
        estimator.valueAndGradient(point.clone(), estimate);
        WAVY_CUBIC.valueAndGradient(point, exact);
        double worst = 0;
        for (int i = 0; i < point.length; i++) {
            worst = Math.max(worst, Math.abs(estimate[i] - exact[i]) / Math.max(1, Math.abs(exact[i])));
        }
        return worst;
    }

    @Test
    void forwardDifferencesWithTheScaledStepAreAccurateToAboutTheSquareRootOfEpsilon() {
        assertThat(worstRelativeError(new ForwardDifferenceProvider(), Map.of())).isLessThan(1e-7);
    }

    @Test
    void centralDifferencesWithTheScaledStepAreAccurateToAboutEpsilonToTheTwoThirds() {
        // ε^(2/3) ≈ 4e-11, times the factor |f| / |g_i| (about 25 at (-3.7, 0.5, 2, 1.1)) by which rounding in f is magnified
        assertThat(worstRelativeError(new CentralDifferenceProvider(), Map.of())).isLessThan(1e-9);
    }

    @Test
    void aFixedSmallStepIsWorseAtLargeCoordinatesThanTheScaledOne() {
        // at x ~ 1e6, f ~ 1.3e18: rounding error eps f / h is about 3e6 for h = 1e-4, a relative 1e-6 of g ~ 3e12
        assertThat(worstRelativeError(new CentralDifferenceProvider(), Map.of("h", 1e-4), LARGE)).isGreaterThan(1e-8);
        assertThat(worstRelativeError(new ForwardDifferenceProvider(), Map.of("h", 1e-4), LARGE)).isGreaterThan(1e-7);
    }

    @Test
    void aFixedStepIsUsedAsGiven() {
        Objective cube = new Objective() {
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
        CentralDifferenceProvider central = new CentralDifferenceProvider();
        GradientEstimator estimator = central.create(cube, central.parameters().parse("central", Map.of("h", "0.1")));
        double[] g = new double[1];

        estimator.valueAndGradient(new double[] {1}, g);

        // (1.1^3 - 0.9^3) / 0.2 = (1.331 - 0.729) / 0.2 = 3.01, where the exact derivative is 3
        assertThat(g[0]).isCloseTo(3.01, within(1e-12));
    }

    @Test
    void numericalEstimatorsCountTheirEvaluationsAndRestoreThePointExactly() {
        GradientEstimator forward = new ForwardDifferenceProvider().create(WAVY_CUBIC, new ForwardDifferenceProvider().parameters().defaults());
        GradientEstimator central = new CentralDifferenceProvider().create(WAVY_CUBIC, new CentralDifferenceProvider().parameters().defaults());
        double[] x = {0.1, -0.0, 1e300, -7};
        double[] before = x.clone();
        double[] g = new double[4];

        double fForward = forward.valueAndGradient(x, g);
        forward.valueAndGradient(x, g);
        double fCentral = central.valueAndGradient(x, g);

        assertThat(forward.functionEvaluations()).isEqualTo(2 * (4 + 1));
        assertThat(central.functionEvaluations()).isEqualTo(2 * 4 + 1);
        assertThat(forward.gradientEvaluations()).isZero();
        assertThat(central.gradientEvaluations()).isZero();
        assertThat(Arrays.equals(x, before)).isTrue();
        assertThat(Double.doubleToRawLongBits(x[1])).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(fForward).isEqualTo(WAVY_CUBIC.value(before));
        assertThat(fCentral).isEqualTo(WAVY_CUBIC.value(before));
    }

    @Test
    void analyticCountsOneFunctionAndOneGradientEvaluationPerCall() {
        AnalyticGradientProvider analytic = new AnalyticGradientProvider();
        GradientEstimator estimator = analytic.create(WAVY_CUBIC, analytic.parameters().defaults());
        double[] g = new double[4];

        double f = estimator.valueAndGradient(new double[] {1, 2, 3, 4}, g);
        estimator.valueAndGradient(new double[] {1, 2, 3, 4}, g);

        assertThat(estimator.functionEvaluations()).isEqualTo(2);
        assertThat(estimator.gradientEvaluations()).isEqualTo(2);
        assertThat(f).isEqualTo(WAVY_CUBIC.value(new double[] {1, 2, 3, 4}));
        assertThat(g[3]).isEqualTo(Math.cos(4) + 48);
    }

    @Test
    void analyticAppliesOnlyToDifferentiableObjectives() {
        Objective valuesOnly = new Objective() {
            @Override
            public int dimension() {
                return 4;
            }

            @Override
            public double value(double[] x) {
                return WAVY_CUBIC.value(x);
            }

            @Override
            public ObjectiveMetadata metadata() {
                return WAVY_CUBIC.metadata();
            }
        };

        assertThat(new AnalyticGradientProvider().appliesTo(WAVY_CUBIC)).isTrue();
        assertThat(new AnalyticGradientProvider().appliesTo(valuesOnly)).isFalse();
        assertThat(new CentralDifferenceProvider().appliesTo(valuesOnly)).isTrue();
        assertThat(new ForwardDifferenceProvider().appliesTo(valuesOnly)).isTrue();
    }

    @Test
    void theStepIsNeverZeroEvenWhereAFixedStepIsBelowTheSpacingOfDoubles() {
        assertThat(DifferenceStep.above(1e300, 1e-4)).isGreaterThan(1e300);
        assertThat(DifferenceStep.below(1e300, 1e-4)).isLessThan(1e300);
        assertThat(DifferenceStep.FORWARD).isCloseTo(1.49e-8, within(1e-10));
        assertThat(DifferenceStep.CENTRAL).isCloseTo(6.06e-6, within(1e-8));
    }
}
