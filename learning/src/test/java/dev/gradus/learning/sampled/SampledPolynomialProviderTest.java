package dev.gradus.learning.sampled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.param.ParameterViolation.Kind;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider: found as any plugin is, its parameters and their validation, one objective per seed. */
class SampledPolynomialProviderTest {
    private static final String ID = "sampled-polynomial";
    private final SampledPolynomialProvider provider = new SampledPolynomialProvider();
    private final ParameterSpace space = provider.parameters();

    @Test
    void serviceLoaderFindsItAsTheOnlyProviderOfThisPackage() {
        assertThat(ServiceLoader.load(ObjectiveProvider.class).stream()
                .filter(p -> p.type().getPackageName().equals(SampledPolynomialProvider.class.getPackageName())).map(p -> p.get().info().id()))
                .containsExactly(ID);
    }

    @Test
    void declaresOneDimensionAndTheFourParametersWithTheArticlesDefaults() {
        assertThat(provider.info().id()).isEqualTo(ID);
        assertThat(provider.info().description()).contains("at least degree + 1 samples (7 by default)");
        assertThat(provider.dimensions().isFixed()).isTrue();
        assertThat(provider.dimensions().preferred()).isEqualTo(1);
        assertThat(provider.dataUse()).isEqualTo(ObjectiveProvider.DataUse.NONE);
        assertThat(space.names()).containsExactly("points", "noise", "batch", "degree");
        assertThat(space.defaults().asMap()).containsExactly(Map.entry("points", 100L), Map.entry("noise", 0.2), Map.entry("batch", 10L),
                Map.entry("degree", 6L));
    }

    @Test
    void refusesEachParameterOutsideItsRangeAllAtOnce() {
        assertThatThrownBy(() -> space.parse(ID, Map.of("points", "1", "noise", "-0.1", "batch", "0", "degree", "13")))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.violations())
                        .extracting(ParameterViolation::owner, ParameterViolation::parameter, ParameterViolation::value, ParameterViolation::allowed,
                                ParameterViolation::kind)
                        .containsExactly(tuple(ID, "points", "1", "a whole number in [2, 100000]", Kind.OUT_OF_RANGE),
                                tuple(ID, "noise", "-0.1", ">= 0", Kind.OUT_OF_RANGE),
                                tuple(ID, "batch", "0", "a whole number in [1, 100000]", Kind.OUT_OF_RANGE),
                                tuple(ID, "degree", "13", "a whole number in [1, 12]", Kind.OUT_OF_RANGE)));
    }

    @Test
    void refusesABatchTooSmallToDetermineTheFit() {
        List<ParameterViolation> violations = violations(Map.of("batch", "6"));

        assertThat(violations).extracting(ParameterViolation::parameter, ParameterViolation::value, ParameterViolation::kind)
                .containsExactly(tuple("batch, degree", "batch=6, degree=6", Kind.RULE));
        assertThat(violations.get(0).message())
                .isEqualTo("sampled-polynomial: batch=6, degree=6 is not allowed: a batch must determine a degree-d fit (batch >= degree + 1)");
        assertThat(violations(Map.of("batch", "3", "degree", "2"))).isEmpty();
    }

    @Test
    void refusesABatchLargerThanTheSamplesAndTooFewSamplesForTheDegree() {
        assertThat(violations(Map.of("batch", "101"))).extracting(ParameterViolation::parameter, ParameterViolation::value)
                .containsExactly(tuple("batch, points", "batch=101, points=100"));
        assertThat(violations(Map.of("points", "6", "batch", "6", "degree", "6"))).extracting(ParameterViolation::parameter)
                .containsExactly("points, degree", "batch, degree");
        assertThat(violations(Map.of("points", "5"))).extracting(ParameterViolation::allowed)
                .containsExactly("a degree-d fit needs at least d + 1 samples (points >= degree + 1)", "a batch is drawn from the samples (batch <= points)");
        assertThat(violations(Map.of("points", "7", "batch", "7"))).isEmpty();
    }

    @Test
    void refusesMalformedAndUnknownParameters() {
        assertThat(violations(Map.of("degree", "six", "size", "3"))).extracting(ParameterViolation::parameter, ParameterViolation::kind)
                .containsExactly(tuple("degree", Kind.MALFORMED), tuple("size", Kind.UNKNOWN_PARAMETER));
    }

    @Test
    void theSameSeedMakesTheSameObjectiveAndAnotherSeedAnother() {
        StochasticObjective first = create(21);
        StochasticObjective again = create(21);
        StochasticObjective other = create(22);
        double[] at = {3.5};

        assertThat(again).isNotSameAs(first);
        assertThat(Double.doubleToRawLongBits(again.value(at))).isEqualTo(Double.doubleToRawLongBits(first.value(at)));
        assertThat(other.value(at)).isNotEqualTo(first.value(at));
    }

    @Test
    void refusesAnyDimensionButOne() {
        assertThatThrownBy(() -> provider.create(new ObjectiveContext(2, space.defaults(), 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sampled-polynomial is 1-D, not 2-D");
    }

    private StochasticObjective create(long seed) {
        return provider.create(new ObjectiveContext(1, space.defaults(), seed));
    }

    private List<ParameterViolation> violations(Map<String, String> text) {
        try {
            space.parse(ID, text);
            return List.of();
        } catch (InvalidParametersException e) {
            return e.violations();
        }
    }
}
