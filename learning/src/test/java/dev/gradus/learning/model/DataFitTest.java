package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parameter values that do not fit the data are refused, by {@code dimensions(values, data)} and by
 * {@code create} alike, with violations naming the parameter, its value and what the data allows.
 */
class DataFitTest {

    @Test
    void rejectsAFirstLayerThatIsNotTheFeatureCount() {
        InvalidParametersException e = refusal(Fixtures.MLP, Fixtures.xor(), Map.of("layers", "3-8-2"));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.owner()).isEqualTo("mlp");
            assertThat(v.parameter()).isEqualTo("layers");
            assertThat(v.value()).isEqualTo("layers=3-8-2");
            assertThat(v.allowed()).contains("first size", "2", "xor has 2 features (x1, x2)");
            assertThat(v.kind()).isEqualTo(ParameterViolation.Kind.RULE);
        });
        assertThat(e.getMessage()).contains("mlp", "layers=3-8-2");
    }

    @Test
    void rejectsALastLayerThatIsNotTheClassCount() {
        InvalidParametersException e = refusal(Fixtures.MLP, Fixtures.classification(1, 9, 2, 3), Map.of("layers", "2-8-2"));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.parameter()).isEqualTo("layers");
            assertThat(v.allowed()).contains("last size", "number of classes, 3");
        });
    }

    @Test
    void rejectsALinearOutputOfMoreThanOneNumber() {
        InvalidParametersException e = refusal(Fixtures.MLP, Fixtures.regression(1, 5, 2), Map.of("layers", "2-8-2"));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.parameter()).isEqualTo("layers");
            assertThat(v.allowed()).contains("last size must be 1");
        });
    }

    @Test
    void rejectsSoftmaxOnRegressionDataAndLinearOnClasses() {
        assertThat(refusal(Fixtures.MLP, Fixtures.regression(1, 5, 2), Map.of("layers", "2-8-1", "output", "softmax")).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.parameter()).isEqualTo("output");
                    assertThat(v.value()).isEqualTo("output=softmax");
                    assertThat(v.allowed()).contains("regression data", "linear or auto");
                });
        assertThat(refusal(Fixtures.MLP, Fixtures.xor(), Map.of("layers", "2-8-1", "output", "linear")).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.parameter()).isEqualTo("output");
                    assertThat(v.allowed()).contains("classification data with 2 classes", "softmax or auto");
                });
    }

    @Test
    void reportsEveryMismatchAtOnce() {
        InvalidParametersException e = refusal(Fixtures.MLP, Fixtures.regression(1, 5, 2), Map.of("layers", "3-8-2", "output", "softmax"));

        assertThat(e.violations()).extracting(ParameterViolation::parameter).containsExactly("output", "layers");
    }

    @Test
    void rejectsAnMlpOfOneLayerSizeWhenTheValuesAreBound() {
        InvalidParametersException e = catchThrowableOfType(InvalidParametersException.class,
                () -> Fixtures.values(Fixtures.MLP, Map.of("layers", "2")));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.parameter()).isEqualTo("layers");
            assertThat(v.kind()).isEqualTo(ParameterViolation.Kind.RULE);
            assertThat(v.allowed()).contains("at least two sizes");
        });
    }

    @Test
    void rejectsRegressionModelsOnClassificationData() {
        for (ObjectiveProvider provider : List.of(Fixtures.LINEAR, Fixtures.POLYNOMIAL)) {
            InvalidParametersException e = refusal(provider, Fixtures.xor(), Map.of());

            assertThat(e.violations()).as(provider.info().id()).anySatisfy(v -> {
                assertThat(v.parameter()).isEqualTo("data");
                assertThat(v.value()).isEqualTo("data=xor");
                assertThat(v.allowed()).contains("regression data", "xor is classification data with 2 classes (0, 1)", "logistic-regression");
            });
        }
    }

    @Test
    void rejectsPolynomialRegressionOnSeveralFeatures() {
        InvalidParametersException e = refusal(Fixtures.POLYNOMIAL, Fixtures.regression(1, 5, 2), Map.of());

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.parameter()).isEqualTo("data");
            assertThat(v.allowed()).contains("exactly one feature", "random-regression has 2 features (x0, x1)");
        });
    }

    @Test
    void rejectsLogisticRegressionOnRegressionData() {
        InvalidParametersException e = refusal(Fixtures.LOGISTIC, Fixtures.regression(1, 5, 2), Map.of());

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.parameter()).isEqualTo("data");
            assertThat(v.allowed()).contains("classification data", "numeric target y");
        });
    }

    @Test
    void parameterCountsFollowTheData() {
        assertThat(dimension(Fixtures.LINEAR, Fixtures.regression(1, 5, 3), Map.of())).isEqualTo(4);
        assertThat(dimension(Fixtures.POLYNOMIAL, Fixtures.curve(1, 5), Map.of("degree", 6))).isEqualTo(7);
        assertThat(dimension(Fixtures.LOGISTIC, Fixtures.xor(), Map.of())).isEqualTo(3);
        assertThat(dimension(Fixtures.LOGISTIC, Fixtures.classification(1, 5, 2, 4), Map.of())).isEqualTo(12);
        assertThat(dimension(Fixtures.MLP, Fixtures.xor(), Map.of())).isEqualTo(42);
        assertThat(dimension(Fixtures.MLP, Fixtures.regression(1, 5, 3), Map.of("layers", "3-5-4-1"))).isEqualTo(20 + 24 + 5);
        assertThat(Fixtures.MLP.dimensions(Fixtures.values(Fixtures.MLP, Map.of())).isFixed()).isTrue();
    }

    @Test
    void aHostThatAsksForAnotherDimensionIsABug() {
        ParameterValues values = Fixtures.values(Fixtures.MLP, Map.of());

        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> Fixtures.MLP.create(new ObjectiveContext(41, values, 0, Fixtures.xor())))).hasMessageContaining("42");
    }

    private static int dimension(ObjectiveProvider provider, DataSet data, Map<String, ?> values) {
        var dimensions = provider.dimensions(Fixtures.values(provider, values), data);
        assertThat(dimensions.isFixed()).isTrue();
        return dimensions.preferred();
    }

    /** The refusal of {@code dimensions(values, data)}, checked to be the same as that of {@code create}. */
    private static InvalidParametersException refusal(ObjectiveProvider provider, DataSet data, Map<String, ?> given) {
        ParameterValues values = Fixtures.values(provider, given);
        InvalidParametersException byDimensions = catchThrowableOfType(InvalidParametersException.class, () -> provider.dimensions(values, data));
        InvalidParametersException byCreate = catchThrowableOfType(InvalidParametersException.class,
                () -> provider.create(new ObjectiveContext(provider.dimensions().preferred(), values, 0, data)));
        assertThat(byDimensions).as("dimensions(values, data) refuses").isNotNull();
        assertThat(byCreate).as("create refuses").isNotNull();
        assertThat(byCreate.violations()).isEqualTo(byDimensions.violations());
        return byDimensions;
    }
}
