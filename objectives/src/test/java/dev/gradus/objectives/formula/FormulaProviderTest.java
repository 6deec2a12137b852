package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.error.SyntaxException;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.GradientSource;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.TextParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The formula objective as a host sees it: found by ServiceLoader under {@code formula}, made from text parameters. */
class FormulaProviderTest {

    private static ObjectiveProvider provider() {
        return ServiceLoader.load(ObjectiveProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.info().id().equals("formula")).findFirst().orElseThrow();
    }

    private static ParameterValues values(ObjectiveProvider provider, Map<String, String> text) {
        return provider.parameters().parse("formula", text);
    }

    private static DifferentiableObjective create(Map<String, String> text) {
        ObjectiveProvider provider = provider();
        ParameterValues values = values(provider, text);
        int n = provider.dimensions(values).preferred();
        Objective objective = provider.create(new ObjectiveContext(n, values, 1));
        assertThat(objective).isInstanceOf(DifferentiableObjective.class);
        return (DifferentiableObjective) objective;
    }

    @Test
    void serviceLoaderFindsTheFormulaProviderWithItsIdentity() {
        ObjectiveProvider provider = provider();

        assertThat(provider).isInstanceOf(FormulaProvider.class);
        assertThat(provider.info().displayName()).isEqualTo("Formula");
        assertThat(provider.info().apiVersion()).isEqualTo(GradusApi.VERSION);
        assertThat(provider.info().version()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
        assertThat(provider.dimensions()).isEqualTo(Dimensions.atLeast(1, 2));
    }

    @Test
    void itTakesTheExpressionAndTheVariableListAsBoundedText() {
        ObjectiveProvider provider = provider();

        assertThat(provider.parameters().names()).containsExactly("expression", "vars");
        assertThat(provider.parameters().descriptor("expression")).get().isInstanceOfSatisfying(TextParameter.class, p -> {
            assertThat(p.defaultValue()).isEqualTo("x^2/20 + y^2");
            assertThat(p.maxLength()).isEqualTo(10_000);
        });
        assertThat(provider.parameters().descriptor("vars")).get().isInstanceOfSatisfying(TextParameter.class, p -> {
            assertThat(p.defaultValue()).isEmpty();
            assertThat(p.maxLength()).isEqualTo(1_000);
        });
        assertThatThrownBy(() -> values(provider, Map.of("expression", "x".repeat(10_001)))).isInstanceOf(InvalidParametersException.class);
    }

    @Test
    void theDimensionIsTheNumberOfVariables() {
        ObjectiveProvider provider = provider();

        assertThat(provider.dimensions(provider.parameters().defaults())).isEqualTo(Dimensions.fixed(2));
        assertThat(provider.dimensions(values(provider, Map.of("expression", "x1 + x2*x3")))).isEqualTo(Dimensions.fixed(3));
        assertThat(provider.dimensions(values(provider, Map.of("expression", "x", "vars", "x, y, z, w")))).isEqualTo(Dimensions.fixed(4));
    }

    @Test
    void createMakesAnAutodiffObjectiveAtThatDimension() {
        DifferentiableObjective f = create(Map.of("expression", "100*(y - x^2)^2 + (1 - x)^2"));

        assertThat(f.dimension()).isEqualTo(2);
        assertThat(f.gradientSource()).isEqualTo(GradientSource.AUTOMATIC_DIFFERENTIATION);
        double[] g = new double[2];
        // the classic start: 24.2 with gradient (-215.6, -88)
        assertThat(f.valueAndGradient(new double[] {-1.2, 1}, g)).isCloseTo(24.2, within(1e-12));
        assertThat(g[0]).isCloseTo(-215.6, within(1e-12));
        assertThat(g[1]).isCloseTo(-88, within(1e-12));
    }

    @Test
    void theMetadataDescribesTheFormula() {
        ObjectiveMetadata m = create(Map.of("expression", "  b*a^2 + sin(c) ", "vars", "c, b, a")).metadata();

        assertThat(m.formula()).isEqualTo("b*a^2 + sin(c)");
        assertThat(m.coordinateNames()).containsExactly("c", "b", "a");
        assertThat(m.plotWindow()).isEqualTo(Box.cube(3, -5, 5));
        assertThat(m.domain()).isEqualTo(Box.cube(3, -5, 5));
        assertThat(m.globalMinima()).isEmpty();
        assertThat(m.localMinima()).isEmpty();
        assertThat(m.smooth()).isTrue();
        assertThat(create(Map.of("expression", "abs(x) + y")).metadata().smooth()).isFalse();
    }

    @Test
    void theSuggestedStartAvoidsStationaryPointsAndPointsOutsideTheDomain() {
        // the default: (1, 1) already has gradient (0.1, 2)
        assertThat(create(Map.of()).metadata().suggestedStart()).containsExactly(1, 1);
        // (1, 1) is Rosenbrock's minimum: the next candidate, -(1, 1)
        assertThat(create(Map.of("expression", "100*(y - x^2)^2 + (1 - x)^2")).metadata().suggestedStart()).containsExactly(-1, -1);
        // log(-x) is NaN at x > 0: the first negative candidate
        assertThat(create(Map.of("expression", "log(-x)")).metadata().suggestedStart()).containsExactly(-1);
        // every s (1, 1) is stationary on (x - y)^2: the alternating (1, -1)
        assertThat(create(Map.of("expression", "(x - y)^2")).metadata().suggestedStart()).containsExactly(1, -1);
        // no candidate has a non-zero gradient: the first with a finite value
        assertThat(create(Map.of("expression", "x^0 + 0*y")).metadata().suggestedStart()).containsExactly(1, 1);
        // NaN everywhere: (1, ..., 1)
        assertThat(create(Map.of("expression", "sqrt(-1 - x^2 - y^2)")).metadata().suggestedStart()).containsExactly(1, 1);
    }

    @Test
    void badTextIsASyntaxExceptionFromDimensionsAndFromCreate() {
        ObjectiveProvider provider = provider();
        ParameterValues bad = values(provider, Map.of("expression", "x^2 + * y"));

        SyntaxException fromDimensions = catchThrowableOfType(SyntaxException.class, () -> provider.dimensions(bad));
        SyntaxException fromCreate = catchThrowableOfType(SyntaxException.class, () -> provider.create(new ObjectiveContext(2, bad, 0)));

        for (SyntaxException e : new SyntaxException[] {fromDimensions, fromCreate}) {
            assertThat(e.parameter()).isEqualTo("expression");
            assertThat(e.position()).isEqualTo(6);
        }
        SyntaxException vars = catchThrowableOfType(SyntaxException.class,
                () -> provider.dimensions(values(provider, Map.of("expression", "x", "vars", "x,,y"))));
        assertThat(vars.parameter()).isEqualTo("vars");
        assertThat(vars.position()).isEqualTo(2);
    }

    @Test
    void aDimensionOtherThanTheFormulasIsAHostBug() {
        ObjectiveProvider provider = provider();

        assertThatThrownBy(() -> provider.create(new ObjectiveContext(3, provider.parameters().defaults(), 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension 2, not 3");
    }
}
