package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.objective.StochasticObjective;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coordinate names follow the parameter layout; formulas, smoothness, windows and starts are as documented. */
class MetadataTest {

    @Test
    void mlpNamesItsCoordinatesInNumpysLayout() {
        ObjectiveMetadata m = Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of()).metadata();

        assertThat(m.coordinateNames()).hasSize(42).startsWith("w1[0][0]", "w1[0][1]").contains("w1[0][7]", "w1[1][0]", "w1[1][7]")
                .containsSubsequence("w1[1][7]", "b1[0]", "b1[7]", "w2[0][0]", "w2[0][1]", "w2[1][0]", "w2[7][1]", "b2[0]", "b2[1]")
                .endsWith("b2[0]", "b2[1]");
        assertThat(m.coordinateNames().indexOf("b1[0]")).isEqualTo(16);
        assertThat(m.coordinateNames().indexOf("w2[3][1]")).isEqualTo(24 + 3 * 2 + 1);
    }

    @Test
    void theModelsNameTheirWeightsAndBiases() {
        assertThat(Fixtures.create(Fixtures.LINEAR, Fixtures.regression(1, 4, 2), Map.of()).metadata().coordinateNames())
                .containsExactly("w[0]", "w[1]", "b");
        assertThat(Fixtures.create(Fixtures.POLYNOMIAL, Fixtures.curve(1, 4), Map.of()).metadata().coordinateNames())
                .containsExactly("c0", "c1", "c2", "c3");
        assertThat(Fixtures.create(Fixtures.LOGISTIC, Fixtures.xor(), Map.of()).metadata().coordinateNames())
                .containsExactly("w[0]", "w[1]", "b");
        assertThat(Fixtures.create(Fixtures.LOGISTIC, Fixtures.classification(1, 4, 2, 3), Map.of()).metadata().coordinateNames())
                .containsExactly("w[0][0]", "w[0][1]", "w[0][2]", "w[1][0]", "w[1][1]", "w[1][2]", "b[0]", "b[1]", "b[2]");
    }

    @Test
    void formulasDescribeTheModel() {
        assertThat(formula(Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of())))
                .isEqualTo("mean cross-entropy of softmax(W2 relu(W1 x + b1) + b2)");
        assertThat(formula(Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of("layers", "2-4-4-2", "activation", "tanh", "log_epsilon", 1e-7))))
                .isEqualTo("mean of -log(p_y + 1.0E-7), p = softmax(W3 tanh(W2 tanh(W1 x + b1) + b2) + b3)");
        assertThat(formula(Fixtures.create(Fixtures.MLP, Fixtures.regression(1, 4, 1), Map.of("layers", "1-3-1", "l2", 0.01))))
                .isEqualTo("mean((W2 relu(W1 x + b1) + b2 - y)^2) + 0.01/2*sum(W^2)");
        assertThat(formula(Fixtures.create(Fixtures.LINEAR, Fixtures.regression(1, 4, 2), Map.of())))
                .isEqualTo("mean((w[0]*x0 + w[1]*x1 + b - y)^2)");
        assertThat(formula(Fixtures.create(Fixtures.POLYNOMIAL, Fixtures.curve(1, 4), Map.of("degree", 2))))
                .isEqualTo("mean((c0 + c1*x + c2*x^2 - y)^2)");
        assertThat(formula(Fixtures.create(Fixtures.LOGISTIC, Fixtures.classification(1, 4, 2, 3), Map.of())))
                .isEqualTo("mean cross-entropy of softmax(W x + b)");
    }

    @Test
    void onlyReluNetworksAreMarkedNonSmooth() {
        assertThat(Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of()).metadata().smooth()).isFalse();
        assertThat(Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of("activation", "sigmoid")).metadata().smooth()).isTrue();
        assertThat(Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of("activation", "tanh")).metadata().smooth()).isTrue();
        assertThat(Fixtures.create(Fixtures.LINEAR, Fixtures.regression(1, 4, 2), Map.of()).metadata().smooth()).isTrue();
        assertThat(Fixtures.create(Fixtures.LOGISTIC, Fixtures.xor(), Map.of()).metadata().smooth()).isTrue();
    }

    @Test
    void everyModelIsBoundedBelowWithAPlotWindowOfPlusMinusThreeAndNoKnownMinima() {
        for (StochasticObjective f : new StochasticObjective[] {Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of()),
                Fixtures.create(Fixtures.LINEAR, Fixtures.regression(1, 4, 2), Map.of()),
                Fixtures.create(Fixtures.POLYNOMIAL, Fixtures.curve(1, 4), Map.of()),
                Fixtures.create(Fixtures.LOGISTIC, Fixtures.xor(), Map.of())}) {
            ObjectiveMetadata m = f.metadata();
            assertThat(m.boundedBelow()).isTrue();
            assertThat(m.globalMinima()).isEmpty();
            assertThat(m.localMinima()).isEmpty();
            assertThat(m.plotWindow().lower(0)).isEqualTo(-3);
            assertThat(m.plotWindow().upper(m.dimension() - 1)).isEqualTo(3);
        }
    }

    @Test
    void convexModelsStartAtZero() {
        assertThat(Fixtures.create(Fixtures.LINEAR, Fixtures.regression(1, 4, 2), 5, Map.of()).metadata().suggestedStart()).containsOnly(0);
        assertThat(Fixtures.create(Fixtures.POLYNOMIAL, Fixtures.curve(1, 4), 5, Map.of()).metadata().suggestedStart()).containsOnly(0);
        assertThat(Fixtures.create(Fixtures.LOGISTIC, Fixtures.xor(), 5, Map.of()).metadata().suggestedStart()).containsOnly(0);
    }

    @Test
    void classifiersAreTheSoftmaxAndLogisticModelsOnly() {
        assertThat(Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of())).isInstanceOf(Classifier.class);
        assertThat(Fixtures.create(Fixtures.LOGISTIC, Fixtures.xor(), Map.of())).isInstanceOf(Classifier.class);
        assertThat(Fixtures.create(Fixtures.MLP, Fixtures.regression(1, 4, 2), Map.of("layers", "2-3-1"))).isNotInstanceOf(Classifier.class);
        assertThat(Fixtures.create(Fixtures.LINEAR, Fixtures.regression(1, 4, 2), Map.of())).isNotInstanceOf(Classifier.class);
    }

    private static String formula(StochasticObjective f) {
        return f.metadata().formula();
    }
}
