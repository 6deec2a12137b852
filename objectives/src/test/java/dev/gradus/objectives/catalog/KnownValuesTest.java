package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.Provider;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class KnownValuesTest {

    private static Objective make(ObjectiveProvider provider, int n, Map<String, String> parameters) {
        return provider.create(new ObjectiveContext(n, provider.parameters().parse(provider.info().id(), parameters), 0));
    }

    private static Objective make(ObjectiveProvider provider, int n) {
        return make(provider, n, Map.of());
    }

    @Test
    void valuesAtTextbookPoints() {
        assertThat(make(new Rosenbrock(), 2).value(new double[] {-1.2, 1})).isCloseTo(24.2, within(1e-12));
        assertThat(make(new Beale(), 2).value(new double[] {0, 0})).isEqualTo(14.203125);
        assertThat(make(new Himmelblau(), 2).value(new double[] {0, 0})).isEqualTo(170);
        assertThat(make(new Booth(), 2).value(new double[] {0, 0})).isEqualTo(74);
        assertThat(make(new ElongatedBowl(), 2).value(new double[] {-7, 2})).isCloseTo(6.45, within(1e-15));
        assertThat(make(new Sphere(), 3).value(new double[] {1, -2, 3})).isEqualTo(14);
    }

    @Test
    void rosenbrockInFourDimensionsSumsItsThreeTerms() {
        // x = (1, 2, 0, -1): 100(2-1)^2 + 0^2 + 100(0-4)^2 + (1-2)^2 + 100(-1-0)^2 + (1-0)^2 = 100 + 1601 + 101
        assertThat(make(new Rosenbrock(), 4).value(new double[] {1, 2, 0, -1})).isEqualTo(1802);
    }

    @Test
    void rosenbrockTakesItsParameters() {
        Objective f = make(new Rosenbrock(), 2, Map.of("a", "2", "b", "10"));

        // 10 (3 - 1)^2 + (2 - 1)^2 = 41; minimum at (a, a^2) = (2, 4)
        assertThat(f.value(new double[] {1, 3})).isEqualTo(41);
        assertThat(f.metadata().globalMinima()).singleElement().satisfies(m -> assertThat(m.point()).containsExactly(2, 4));
        assertThat(f.metadata().formula()).isEqualTo("10*(y - x^2)^2 + (2 - x)^2");
    }

    @Test
    void rosenbrockListsNoMinimumWhereNoneIsKnown() {
        assertThat(make(new Rosenbrock(), 3, Map.of("a", "2")).metadata().globalMinima()).isEmpty();
        assertThat(make(new Rosenbrock(), 5, Map.of("a", "0")).metadata().globalMinima()).singleElement()
                .satisfies(m -> assertThat(m.point()).containsOnly(0));
    }

    @Test
    void rosenbrockGradientAtTheClassicStart() {
        double[] g = new double[2];
        ((DifferentiableObjective) make(new Rosenbrock(), 2)).valueAndGradient(new double[] {-1.2, 1}, g);

        // (-400 x (y - x^2) - 2 (1 - x), 200 (y - x^2)) at (-1.2, 1): (-215.6, -88)
        assertThat(g).containsExactly(new double[] {-215.6, -88}, within(1e-12));
    }

    @Test
    void nDimensionalObjectivesTakeTheirDimension() {
        assertThat(make(new Sphere(), 1).dimension()).isEqualTo(1);
        assertThat(make(new Sphere(), 1).metadata().coordinateNames()).containsExactly("x");
        assertThat(make(new Rosenbrock(), 3).metadata().coordinateNames()).containsExactly("x", "y", "z");
        assertThat(make(new Sphere(), 10).metadata().coordinateNames()).containsExactly("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10");
        assertThat(make(new Sphere(), 5).metadata().suggestedStart()).containsExactly(3, -2, 3, -2, 3);
        assertThat(make(new Rosenbrock(), 4).metadata().suggestedStart()).containsExactly(-1.2, 1, -1.2, 1);
    }

    @Test
    void himmelblauListsItsFourMinima() {
        assertThat(make(new Himmelblau(), 2).metadata().globalMinima()).hasSize(4);
    }

    @Test
    void serviceLoaderFindsTheCatalog() {
        assertThat(ServiceLoader.load(ObjectiveProvider.class).stream().map(p -> ((Provider) p.get()).info().id()))
                .containsExactly("sphere", "elongated-bowl", "rosenbrock", "beale", "himmelblau", "booth");
    }
}
