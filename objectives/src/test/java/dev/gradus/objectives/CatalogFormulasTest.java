package dev.gradus.objectives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.objectives.formula.Formula;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-text formula every catalog objective shows is the function it computes: read by the
 * formula language (up to three dimensions, where formulas name their coordinates) it gives the
 * same value at random points of the plot window, and its automatic gradient agrees with the
 * objective's hand-derived one. This checks both the catalog's texts and the formula language on
 * two dozen classic functions.
 */
class CatalogFormulasTest {
    /** Catalog objectives whose formula text is not in the formula language, and why. */
    private static final List<String> NOT_FORMULAS = List.of();

    record Case(String id, int dimension, Objective objective) {
        @Override
        public String toString() {
            return id + " n=" + dimension;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (ObjectiveProvider provider : ServiceLoader.load(ObjectiveProvider.class)) {
            if (!provider.getClass().getPackageName().endsWith(".catalog") || NOT_FORMULAS.contains(provider.info().id())) {
                continue;
            }
            var dimensions = provider.dimensions();
            for (int n = dimensions.min(); n <= Math.min(dimensions.max(), 3); n++) {
                cases.add(new Case(provider.info().id(), n, provider.create(new ObjectiveContext(n, provider.parameters().defaults(), 0))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theShownFormulaComputesTheObjective(Case c) {
        ObjectiveMetadata metadata = c.objective().metadata();
        Formula formula = Formula.parse(metadata.formula(), String.join(",", metadata.coordinateNames()));
        Random random = new Random(11);
        double[] gFormula = new double[c.dimension()];
        for (int k = 0; k < 200; k++) {
            double[] x = new double[c.dimension()];
            for (int i = 0; i < x.length; i++) {
                x[i] = metadata.plotWindow().lower(i) + random.nextDouble() * (metadata.plotWindow().upper(i) - metadata.plotWindow().lower(i));
            }
            double expected = c.objective().value(x);
            double actual = formula.valueAndGradient(x, gFormula);

            assertThat(actual).as("%s at %s", metadata.formula(), Arrays.toString(x)).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
            if (c.objective() instanceof dev.gradus.api.objective.DifferentiableObjective d && metadata.smooth()) {
                double[] g = new double[c.dimension()];
                d.valueAndGradient(x, g);
                for (int i = 0; i < g.length; i++) {
                    assertThat(gFormula[i]).as("d/d%s of %s at %s", metadata.coordinateNames().get(i), metadata.formula(), Arrays.toString(x))
                            .isCloseTo(g[i], within(1e-8 * Math.max(1, Math.abs(g[i]))));
                }
            }
        }
    }
}
