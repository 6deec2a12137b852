package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Classifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Class probabilities and accuracy, as the loss computes them. */
class ClassifierTest {

    @Test
    void binaryLogisticProbabilitiesAreOneMinusPAndP() {
        Classifier c = (Classifier) Fixtures.create(Fixtures.LOGISTIC, Fixtures.xor(), Map.of());
        double[] p = new double[2];

        c.probabilities(new double[] {1, -2, 0.5}, new double[] {1, 1}, p);

        double p1 = 1 / (1 + Math.exp(-(1 - 2 + 0.5)));
        assertThat(p).containsExactly(new double[] {1 - p1, p1}, within(1e-15));
        assertThat(c.inputDimension()).isEqualTo(2);
        assertThat(c.classNames()).containsExactly("0", "1");
    }

    @Test
    void softmaxProbabilitiesSumToOne() {
        Classifier c = (Classifier) Fixtures.create(Fixtures.MLP, Fixtures.classification(2, 7, 2, 3), Map.of("layers", "2-5-3"));
        double[] p = new double[3];

        c.probabilities(CentralDifference.randomPoint(3, 33, 1), new double[] {0.3, -0.8}, p);

        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-15));
        assertThat(Math.min(p[0], Math.min(p[1], p[2]))).isPositive();
    }

    @Test
    void accuracyCountsTheRowsWhoseMostProbableClassIsTheirs() {
        // w = (1, 0), b = -0.5: class 1 exactly when x1 > 0.5, right for (0,0), (1,0) and wrong for (0,1), (1,1)
        Classifier c = (Classifier) Fixtures.create(Fixtures.LOGISTIC, Fixtures.xor(), Map.of());

        assertThat(c.accuracy(new double[] {1, 0, -0.5})).isEqualTo(0.5);
        assertThat(c.accuracy(new double[] {0, 0, 0})).as("ties go to the first class: right for (0,0) and (1,1)").isEqualTo(0.5);
        assertThat(c.accuracy(new double[] {0, 0, -1})).isEqualTo(0.5);
    }

    @Test
    void accuracyOfAPerfectSoftmaxRegressionIsOne() {
        DataSet data = new DataSet("line", List.of("x"), "class", new double[] {-2, -1, 1, 2}, new double[] {0, 0, 1, 1},
                List.of("neg", "pos"));
        Classifier c = (Classifier) Fixtures.create(Fixtures.MLP, data, Map.of("layers", "1-2", "init", "normal"));

        // logits (-x, x): class 1 exactly when x > 0
        assertThat(c.accuracy(new double[] {-1, 1, 0, 0})).isEqualTo(1.0);
    }
}
