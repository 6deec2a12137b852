package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.StochasticObjective;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The models learn what they should, from their suggested start, with full-batch steps of the
 * exact gradient. Budgets: XOR with the 2-8-2 ReLU network at torch's initialisation reaches 100 %
 * accuracy within 1000 steps of Adam (lr 0.01, torch's defaults otherwise) and within 1000 steps of
 * plain gradient descent (lr 0.5), for each of the seeds 0 to 9; so it does with seed 003's own
 * recipe (weights randn * 0.1, zero biases, -log(p + 1e-7), plain gradient descent with lr 0.01,
 * 5001 steps). That recipe is not sure to succeed: of the seeds 0 to 19, seeds 12 and 13 end at
 * 75 % after its 5001 steps, as the article's random start may.
 */
class ConvergenceTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void mlpLearnsXorWithAdamIn1000Steps(long seed) {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.xor(), seed, Map.of());
        double[] x = f.metadata().suggestedStart();

        Training.run(Training.optimizer("adam"), (DifferentiableObjective) f, x, 0.01, 1000);

        assertThat(((Classifier) f).accuracy(x)).isEqualTo(1.0);
        assertThat(f.value(x)).isLessThan(0.05);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void mlpLearnsXorWithPlainGradientDescentIn1000Steps(long seed) {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.xor(), seed, Map.of());
        double[] x = f.metadata().suggestedStart();

        Training.descend((DifferentiableObjective) f, x, 0.5, 1000);

        assertThat(((Classifier) f).accuracy(x)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void mlpLearnsXorWithSeed003sRecipe(long seed) {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.xor(), seed, Map.of("init", "normal", "log_epsilon", 1e-7));
        double[] x = f.metadata().suggestedStart();

        Training.descend((DifferentiableObjective) f, x, 0.01, 5001);

        assertThat(((Classifier) f).accuracy(x)).isEqualTo(1.0);
    }

    @Test
    void sgdProviderTakesTheSameStepsAsPlainGradientDescent() {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.xor(), 5, Map.of());
        double[] bySgd = f.metadata().suggestedStart();
        double[] byHand = f.metadata().suggestedStart();

        Training.run(Training.optimizer("sgd"), (DifferentiableObjective) f, bySgd, 0.5, 200);
        Training.descend((DifferentiableObjective) f, byHand, 0.5, 200);

        assertThat(bySgd).containsExactly(byHand);
        assertThat(((Classifier) f).accuracy(bySgd)).isEqualTo(1.0);
    }

    @Test
    void linearRegressionRecoversTheCoefficientsOfNoiselessData() {
        DataSet clean = Fixtures.regression(11, 40, 3);
        double[] x = clean.featureMatrix();
        double[] y = new double[40];
        for (int r = 0; r < 40; r++) {
            y[r] = 2 * x[3 * r] - 3 * x[3 * r + 1] + 0.25 * x[3 * r + 2] + 0.5;
        }
        DataSet plane = new DataSet("plane", clean.featureNames(), "y", x, y, List.of());
        StochasticObjective f = Fixtures.create(Fixtures.LINEAR, plane, Map.of());
        double[] theta = f.metadata().suggestedStart();

        Training.descend((DifferentiableObjective) f, theta, 0.1, 2000);

        assertThat(theta).containsExactly(new double[] {2, -3, 0.25, 0.5}, within(1e-9));
        assertThat(f.value(theta)).isLessThan(1e-18);
    }

    @Test
    void logisticRegressionSeparatesTwoSeparableBlobs() {
        StochasticObjective f = Fixtures.create(Fixtures.LOGISTIC, Fixtures.blobs(3, 50), Map.of());
        double[] theta = f.metadata().suggestedStart();

        assertThat(((Classifier) f).accuracy(theta)).as("at zero every point is called class 0").isEqualTo(0.5);
        Training.descend((DifferentiableObjective) f, theta, 0.5, 200);

        assertThat(((Classifier) f).accuracy(theta)).isEqualTo(1.0);
    }

    @Test
    void softmaxRegressionSeparatesThreeSeparableBlobs() {
        double[] x = new double[60];
        double[] y = new double[30];
        double[][] centres = {{-3, 0}, {3, 0}, {0, 4}};
        double[] noise = CentralDifference.randomPoint(5, 60, 0.5);
        for (int r = 0; r < 30; r++) {
            int c = r % 3;
            x[2 * r] = centres[c][0] + noise[2 * r];
            x[2 * r + 1] = centres[c][1] + noise[2 * r + 1];
            y[r] = c;
        }
        DataSet blobs = new DataSet("three-blobs", List.of("x1", "x2"), "class", x, y, List.of("a", "b", "c"));
        StochasticObjective f = Fixtures.create(Fixtures.LOGISTIC, blobs, Map.of());
        double[] theta = f.metadata().suggestedStart();

        Training.run(Training.optimizer("adam"), (DifferentiableObjective) f, theta, 0.05, 500);

        assertThat(((Classifier) f).accuracy(theta)).isEqualTo(1.0);
    }
}
