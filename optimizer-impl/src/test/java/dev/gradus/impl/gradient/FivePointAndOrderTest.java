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

/** The five-point stencil, and the order of accuracy of every numerical estimator: what halving the step does. */
class FivePointAndOrderTest {

    /** f(x, y) = exp(x) sin(2y) + x^7 y: smooth, with derivatives of every order non-zero at the points used. */
    private static final DifferentiableObjective SMOOTH = new DifferentiableObjective() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] p) {
            double x = p[0];
            double y = p[1];
            return Math.exp(x) * Math.sin(2 * y) + Math.pow(x, 7) * y;
        }

        @Override
        public double valueAndGradient(double[] p, double[] g) {
            double x = p[0];
            double y = p[1];
            g[0] = Math.exp(x) * Math.sin(2 * y) + 7 * Math.pow(x, 6) * y;
            g[1] = 2 * Math.exp(x) * Math.cos(2 * y) + Math.pow(x, 7);
            return value(p);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return ObjectiveMetadata.builder(2).suggestedStart(0.7, 0.4).plotWindow(Box.cube(2, -2, 2)).build();
        }
    };

    private static final double[] POINT = {0.7, 0.4};

    private static GradientEstimator estimator(GradientEstimatorProvider provider, Objective objective, Map<String, ?> values) {
        return provider.create(objective, provider.parameters().bind(provider.info().id(), values));
    }

    /** max_i |g_i - exact_i| at POINT with the step h (0: the automatic one). */
    private static double error(GradientEstimatorProvider provider, double h) {
        double[] estimate = new double[2];
        double[] exact = new double[2];
        estimator(provider, SMOOTH, Map.of("h", h)).valueAndGradient(POINT.clone(), estimate);
        SMOOTH.valueAndGradient(POINT, exact);
        return Math.max(Math.abs(estimate[0] - exact[0]), Math.abs(estimate[1] - exact[1]));
    }

    /** The error ratios of steps h, h/2 and h/2, h/4. */
    private static List<Double> ratios(GradientEstimatorProvider provider, double h) {
        double e1 = error(provider, h);
        double e2 = error(provider, h / 2);
        double e3 = error(provider, h / 4);
        return List.of(e1 / e2, e2 / e3);
    }

    @Test
    void halvingTheStepHalvesTheForwardError() {
        // truncation h f''/2 dominates for h from 1e-3 down to 2.5e-4 (rounding eps/h is near 1e-12 there)
        assertThat(ratios(new ForwardDifferenceProvider(), 1e-3)).allSatisfy(r -> assertThat(r).isBetween(1.9, 2.1));
    }

    @Test
    void halvingTheStepQuartersTheCentralError() {
        assertThat(ratios(new CentralDifferenceProvider(), 1e-2)).allSatisfy(r -> assertThat(r).isBetween(3.9, 4.1));
    }

    @Test
    void halvingTheStepDividesTheFivePointErrorBySixteen() {
        // h^4 f^(5)/30: at h = 0.1 about 1e-5, far above rounding (1e-15 / h)
        assertThat(ratios(new FivePointProvider(), 0.1)).allSatisfy(r -> assertThat(r).isBetween(15.0, 17.0));
    }

    @Test
    void theAutomaticStepsReachTheAccuracyTheirOrderAllows() {
        // the gradient is (1.77, 2.89) here. Measured absolute errors: forward 4.2e-8 (about sqrt(eps) |g|), central 1.1e-10
        // (eps^(2/3) |g|), five-point 5.2e-12: there the truncation h^4 f^(5)/30 dominates, f^(5) in x being about 500
        // from the x^7 y term, so five-point is 20 times better than central rather than the 100 of a gentler function
        assertThat(error(new ForwardDifferenceProvider(), 0)).isLessThan(1e-7);
        assertThat(error(new CentralDifferenceProvider(), 0)).isLessThan(3e-10);
        assertThat(error(new FivePointProvider(), 0)).isLessThan(2e-11).isLessThan(error(new CentralDifferenceProvider(), 0) / 10);
    }

    @Test
    void theStencilWeightsAreMinusOneEightMinusEightOneOverTwelveH() {
        double h = 0.25;
        // f = t^5 at t = 0: the exact derivative is 0; the stencil gives (f(-2h) - 8 f(-h) + 8 f(h) - f(2h)) / 12h = (-32 + 8 + 8 - 32) h^5 / 12h
        double slope = FivePointProvider.cubicSlope(-2 * h, -h, h, 2 * h, Math.pow(-2 * h, 5), Math.pow(-h, 5), Math.pow(h, 5), Math.pow(2 * h, 5));

        assertThat(slope).isCloseTo(-48 * Math.pow(h, 4) / 12, within(1e-15));
        // exact for cubics at any four distinct offsets: f = 2 + 3t - t^2 + 5t^3 has slope 3 at 0
        double[] t = {-0.3, -0.11, 0.07, 0.5};
        double[] f = new double[4];
        for (int k = 0; k < 4; k++) {
            f[k] = 2 + 3 * t[k] - t[k] * t[k] + 5 * t[k] * t[k] * t[k];
        }
        assertThat(FivePointProvider.cubicSlope(t[0], t[1], t[2], t[3], f[0], f[1], f[2], f[3])).isCloseTo(3, within(1e-13));
    }

    @Test
    void aFixedStepEvaluatesAtTheFourPointsAroundEachCoordinateThenAtThePoint() {
        List<double[]> calls = new ArrayList<>();
        Objective recording = new Objective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] x) {
                calls.add(x.clone());
                return SMOOTH.value(x);
            }

            @Override
            public ObjectiveMetadata metadata() {
                return SMOOTH.metadata();
            }
        };
        GradientEstimator fivePoint = estimator(new FivePointProvider(), recording, Map.of("h", 0.125));

        fivePoint.valueAndGradient(new double[] {0.5, 1}, new double[2]);
        fivePoint.valueAndGradient(new double[] {0.5, 1}, new double[2]);

        assertThat(fivePoint.functionEvaluations()).isEqualTo(2 * (4 * 2 + 1)).isEqualTo(calls.size());
        assertThat(fivePoint.gradientEvaluations()).isZero();
        assertThat(calls.subList(0, 9)).extracting(x -> x[0] + "," + x[1]).containsExactly("0.25,1.0", "0.375,1.0", "0.625,1.0", "0.75,1.0",
                "0.5,0.75", "0.5,0.875", "0.5,1.125", "0.5,1.25", "0.5,1.0");
    }

    @Test
    void nearZeroTheStepIsAbsoluteAndAtLargeCoordinatesRelative() {
        // at x = 1e6 the automatic step is 7.4e-4 * 1e6 = 740, still a fourth-order estimate of 3x^2 = 3e12 for f = x^3
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
        double[] g = new double[1];

        estimator(new FivePointProvider(), cube, Map.of()).valueAndGradient(new double[] {1e6}, g);
        assertThat(g[0]).isCloseTo(3e12, within(3e12 * 1e-12));
        estimator(new FivePointProvider(), cube, Map.of()).valueAndGradient(new double[] {0}, g);
        assertThat(g[0]).isCloseTo(0, within(1e-15));
    }
}
