package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.ObjectiveMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact gradients and the evaluation contract of every catalog objective. */
class GradientTest {
    private static final int POINTS = 200;

    static Stream<CatalogCase> cases() {
        return CatalogCase.all();
    }

    /**
     * Non-smooth objectives too: the check steps over none of their kinks and skips only points
     * within {@link Kinks#SKIP_RADIUS} of one, which must stay rare.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analyticGradientAgreesWithAHighOrderNumericalGradientAtTwoHundredPointsOfThePlotWindow(CatalogCase c) {
        int skipped = GradientCheck.assertAgreesInPlotWindow(c.objective(), POINTS, 20261123, Kinks.of(c.provider().info().id()));

        assertThat(skipped).as("points skipped near a kink").isLessThanOrEqualTo(POINTS / 100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void valueAndGradientReturnsExactlyWhatValueReturns(CatalogCase c) {
        DifferentiableObjective f = c.objective();
        Random random = new Random(5);
        double[] g = new double[f.dimension()];
        for (int k = 0; k < POINTS; k++) {
            double[] x = GradientCheck.pointIn(f.metadata().plotWindow(), random);
            assertThat(f.valueAndGradient(x, g)).as("at %s", Arrays.toString(x)).isEqualTo(f.value(x));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluationLeavesThePointAloneAndOverwritesEveryGradientElement(CatalogCase c) {
        DifferentiableObjective f = c.objective();
        Random random = new Random(11);
        for (int k = 0; k < POINTS; k++) {
            double[] x = GradientCheck.pointIn(f.metadata().plotWindow(), random);
            double[] before = x.clone();
            double[] g = new double[f.dimension()];
            Arrays.fill(g, Double.NaN);

            f.value(x);
            assertThat(x).as("after value").containsExactly(before);
            f.valueAndGradient(x, g);
            assertThat(x).as("after valueAndGradient").containsExactly(before);
            assertThat(g).as("gradient at %s", Arrays.toString(x)).doesNotContain(Double.NaN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheSameResultsWhenEvaluatedFromSeveralThreadsAtOnce(CatalogCase c) throws Exception {
        DifferentiableObjective f = c.objective();
        Random random = new Random(3);
        double[][] points = new double[500][];
        double[][] expected = new double[points.length][];
        for (int k = 0; k < points.length; k++) {
            points[k] = GradientCheck.pointIn(f.metadata().plotWindow(), random);
            expected[k] = valueThenGradient(f, points[k]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[][]>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    double[][] got = new double[points.length][];
                    for (int k = 0; k < points.length; k++) {
                        got[k] = valueThenGradient(f, points[k]);
                    }
                    return got;
                }));
            }
            for (Future<double[][]> run : runs) {
                assertThat(run.get()).isDeepEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] valueThenGradient(DifferentiableObjective f, double[] x) {
        double[] result = new double[f.dimension() + 1];
        double[] g = new double[f.dimension()];
        result[0] = f.valueAndGradient(x, g);
        System.arraycopy(g, 0, result, 1, g.length);
        return result;
    }

    @Test
    void theNumericalGradientIsExactForPolynomialsOfDegreeSix() {
        DifferentiableObjective sextic = new SexticWithWrongGradient(0);
        double[] x = {1.7, -0.3};

        assertThat(GradientCheck.partial(sextic, x, 0)).isCloseTo(6 * Math.pow(1.7, 5) * -0.3, within(1e-11));
        assertThat(GradientCheck.partial(sextic, x, 1)).isCloseTo(Math.pow(1.7, 6), within(1e-11));
    }

    @Test
    void theGradientCheckCatchesAGradientThatIsOffByTenTimesItsTolerance() {
        GradientCheck.assertAgreesInPlotWindow(new SexticWithWrongGradient(0), POINTS, 1);

        assertThatThrownBy(() -> GradientCheck.assertAgreesInPlotWindow(new SexticWithWrongGradient(10 * GradientCheck.TOLERANCE), POINTS, 1))
                .isInstanceOf(AssertionError.class).hasMessageContaining("df/dx1");
    }

    /** {@code x^6 y}, whose x-derivative is reported {@code (1 + error)} times too large. */
    private static final class SexticWithWrongGradient extends PlaneFunction {
        private final double error;

        SexticWithWrongGradient(double error) {
            this.error = error;
        }

        @Override
        double value(double x, double y) {
            return Math.pow(x, 6) * y;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            gradient[0] = 6 * Math.pow(x, 5) * y * (1 + error);
            gradient[1] = Math.pow(x, 6);
            return value(x, y);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return ObjectiveMetadata.builder(2).formula("x^6 y").suggestedStart(1, 1).plotWindow(Box.of(-3, 3, -3, 3))
                    .build();
        }
    }
}
