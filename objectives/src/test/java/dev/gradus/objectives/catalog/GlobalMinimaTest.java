package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.KnownMinimum;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The listed global minima are minima over the usual domain, and every minimum the literature knows is listed. */
class GlobalMinimaTest {

    static Stream<CatalogCase> cases() {
        return CatalogCase.all();
    }

    static Stream<ObjectiveProvider> providers() {
        return CatalogCase.providers().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void everyObjectiveListsAGlobalMinimumAtItsDefaults(ObjectiveProvider provider) {
        int n = provider.dimensions().preferred();
        assertThat(CatalogCase.make(provider, n).metadata().globalMinima()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyListedMinimumHasItsListedValueAndAVanishingGradient(CatalogCase c) {
        DifferentiableObjective f = c.objective();
        double[] g = new double[f.dimension()];
        for (KnownMinimum minimum : f.metadata().globalMinima()) {
            double[] x = minimum.point();

            assertThat(f.value(x)).as("value at %s", minimum).isCloseTo(minimum.value(), within(1e-12));
            f.valueAndGradient(x, g);
            assertThat(GradientCheck.norm(g)).as("gradient norm at %s", minimum).isLessThan(1e-9);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noPointAroundAListedMinimumIsLower(CatalogCase c) {
        Objective f = c.objective();
        Random random = new Random(7);
        for (KnownMinimum minimum : f.metadata().globalMinima()) {
            for (double radius : new double[] {1e-6, 1e-3, 1e-1, 1}) {
                for (int k = 0; k < 100; k++) {
                    double[] nearby = minimum.point();
                    for (int i = 0; i < nearby.length; i++) {
                        nearby[i] += radius * random.nextGaussian();
                    }
                    if (!f.metadata().domain().contains(nearby)) {
                        continue; // a minimum is global over the usual domain (McCormick falls without bound along x = y beyond it)
                    }
                    assertThat(f.value(nearby)).as("at %s, near %s", Arrays.toString(nearby), minimum)
                            .isGreaterThanOrEqualTo(minimum.value());
                }
            }
        }
    }

    @Test
    void himmelblausFourMinimaAreZerosToFullDoublePrecision() {
        DifferentiableObjective f = CatalogCase.make(new Himmelblau(), 2);
        List<KnownMinimum> minima = f.metadata().globalMinima();
        double[] g = new double[2];

        assertThat(minima).hasSize(4);
        for (KnownMinimum minimum : minima) {
            assertThat(minimum.value()).isZero();
            assertThat(f.valueAndGradient(minimum.point(), g)).as("value at %s", minimum).isLessThan(1e-20);
            assertThat(GradientCheck.norm(g)).as("gradient norm at %s", minimum).isLessThan(1e-13);
        }
        // one in each quadrant, (3, 2) exactly
        assertThat(minima).extracting(m -> Math.signum(m.coordinate(0)) + "," + Math.signum(m.coordinate(1)))
                .containsExactlyInAnyOrder("1.0,1.0", "-1.0,1.0", "-1.0,-1.0", "1.0,-1.0");
        assertThat(minima).anySatisfy(m -> assertThat(m.point()).containsExactly(3, 2));
    }

    @Test
    void himmelblausIrrationalMinimaAreTheNearestDoublesToTheTrueRoots() {
        // The roots to 24 digits (Newton's method in 60-digit arithmetic), rounded to double here.
        List<double[]> roots = List.of(
                new double[] {Double.parseDouble("-2.80511808695274485305357"), Double.parseDouble("3.13131251825057296580430")},
                new double[] {Double.parseDouble("-3.77931025337774689189076"), Double.parseDouble("-3.28318599128616941226600")},
                new double[] {Double.parseDouble("3.58442834033049174494433"), Double.parseDouble("-1.84812652696440355353830")});

        List<KnownMinimum> listed = CatalogCase.make(new Himmelblau(), 2).metadata().globalMinima();

        for (double[] root : roots) {
            assertThat(listed).anySatisfy(m -> assertThat(m.point()).containsExactly(root));
        }
    }

    @Test
    void rosenbrocksMinimumFollowsItsParametersWhereItIsKnown() {
        ObjectiveProvider rosenbrock = new Rosenbrock();

        assertThat(minimaOf(rosenbrock, 2, Map.of())).containsExactly(List.of(1.0, 1.0));
        assertThat(minimaOf(rosenbrock, 10, Map.of())).containsExactly(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
        assertThat(minimaOf(rosenbrock, 2, Map.of("a", "2", "b", "10"))).containsExactly(List.of(2.0, 4.0));
        assertThat(minimaOf(rosenbrock, 2, Map.of("a", "-3.5"))).containsExactly(List.of(-3.5, 12.25));
        assertThat(minimaOf(rosenbrock, 5, Map.of("a", "0"))).containsExactly(List.of(0.0, 0.0, 0.0, 0.0, 0.0));
    }

    @Test
    void rosenbrockListsNoMinimumWhereNoneIsKnown() {
        // with a = 2 every term vanishes only if x_2 = a = 2 and x_2 = x_1^2 = 4 at once: impossible, so the minimum is positive
        assertThat(minimaOf(new Rosenbrock(), 3, Map.of("a", "2"))).isEmpty();
        assertThat(minimaOf(new Rosenbrock(), 10, Map.of("a", "-1", "b", "1"))).isEmpty();
    }

    @Test
    void rosenbrocksPlotWindowAndDomainGrowToHoldAMinimumItsParametersMoved() {
        var metadata = CatalogCase.of(new Rosenbrock(), 2, Map.of("a", "-3.5")).objective().metadata();

        assertThat(metadata.plotWindow().contains(new double[] {-3.5, 12.25})).isTrue();
        assertThat(metadata.domain().contains(new double[] {-3.5, 12.25})).isTrue();
        assertThat(metadata.plotWindow().contains(metadata.suggestedStart())).isTrue();
    }

    private static List<List<Double>> minimaOf(ObjectiveProvider provider, int n, Map<String, String> parameters) {
        return CatalogCase.of(provider, n, parameters).objective().metadata().globalMinima().stream()
                .map(m -> Arrays.stream(m.point()).boxed().toList()).toList();
    }
}
