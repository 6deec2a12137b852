package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.objective.Classifier;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.StochasticObjective;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A classifier's accuracy right after a gradient over every example at the same point reuses that
 * gradient's predictions: it must be, in every case, what counting afresh gives.
 */
class AccuracyReuseTest {
    private static final Map<String, Object> NETWORK = Map.of("layers", "2-6-3");

    private static Object fresh() {
        return Fixtures.create(Fixtures.MLP, Fixtures.classification(5, 36, 2, 3), NETWORK);
    }

    /** A point whose predictions differ from row to row: random weights of a scale that splits the data. */
    private static double[] point(SplittableRandom random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (random.nextDouble() - 0.5) * 4;
        }
        return x;
    }

    @Test
    void afterAFullGradientAtThePointItIsTheFreshCount() {
        Object objective = fresh();
        Classifier reusing = (Classifier) objective;
        Classifier counting = (Classifier) fresh();
        DifferentiableObjective f = (DifferentiableObjective) objective;
        SplittableRandom random = new SplittableRandom(11);
        double[] gradient = new double[f.dimension()];
        int distinct = 0;
        double previous = Double.NaN;
        for (int trial = 0; trial < 200; trial++) {
            double[] x = point(random, f.dimension());

            f.valueAndGradient(x, gradient);
            double accuracy = reusing.accuracy(x);

            assertThat(accuracy).isEqualTo(counting.accuracy(x));
            distinct += accuracy != previous ? 1 : 0;
            previous = accuracy;
        }
        assertThat(distinct).as("the points must give different accuracies for the test to mean anything").isGreaterThan(20);
    }

    @Test
    void aPointChangedInPlaceAfterTheGradientIsCountedAfresh() {
        Object objective = fresh();
        Classifier reusing = (Classifier) objective;
        Classifier counting = (Classifier) fresh();
        StochasticObjective stochastic = (StochasticObjective) objective;
        SplittableRandom random = new SplittableRandom(12);
        double[] gradient = new double[stochastic.dimension()];
        int changed = 0;
        for (int trial = 0; trial < 200; trial++) {
            double[] x = point(random, stochastic.dimension());
            double before = counting.accuracy(x);

            ((DifferentiableObjective) stochastic.batch()).valueAndGradient(x, gradient);
            // a step moves the point in place, as an optimizer does
            x[random.nextInt(x.length)] += (random.nextDouble() - 0.5) * 8;
            double after = reusing.accuracy(x);

            assertThat(after).isEqualTo(counting.accuracy(x));
            changed += after != before ? 1 : 0;
        }
        assertThat(changed).as("the moves must change the accuracy for the test to mean anything").isGreaterThan(10);
    }

    @Test
    void aBatchOfSomeExamplesIsNeverTakenForTheFullCount() {
        Object objective = fresh();
        Classifier reusing = (Classifier) objective;
        Classifier counting = (Classifier) fresh();
        StochasticObjective stochastic = (StochasticObjective) objective;
        SplittableRandom random = new SplittableRandom(13);
        double[] gradient = new double[stochastic.dimension()];
        int examples = stochastic.examples();
        int[] firstHalf = new int[examples / 2];
        for (int k = 0; k < firstHalf.length; k++) {
            firstHalf[k] = k;
        }
        int[] reversed = new int[examples];
        for (int k = 0; k < examples; k++) {
            reversed[k] = examples - 1 - k;
        }
        int differs = 0;
        for (int trial = 0; trial < 100; trial++) {
            double[] x = point(random, stochastic.dimension());
            boolean half = trial % 2 == 0;
            stochastic.select(half ? firstHalf : reversed, half ? firstHalf.length : examples);

            ((DifferentiableObjective) stochastic.batch()).valueAndGradient(x, gradient);
            double accuracy = reusing.accuracy(x);

            assertThat(accuracy).isEqualTo(counting.accuracy(x));
            if (half) {
                int correctInHalf = 0;
                for (int k = 0; k < firstHalf.length; k++) {
                    double[] p = new double[3];
                    reusing.probabilities(x, features(stochastic, k), p);
                    correctInHalf += argmax(p) == target(stochastic, k) ? 1 : 0;
                }
                differs += (double) correctInHalf / examples != accuracy ? 1 : 0;
            }
        }
        assertThat(differs).as("a half batch's own count must differ from the full one for the test to mean anything").isGreaterThan(10);
    }

    private static double[] features(StochasticObjective objective, int row) {
        ModelObjective model = (ModelObjective) objective;
        double[] x = new double[2];
        System.arraycopy(model.features(), model.rowOffset(row), x, 0, 2);
        return x;
    }

    private static int target(StochasticObjective objective, int row) {
        return (int) ((ModelObjective) objective).target(row);
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int j = 1; j < p.length; j++) {
            if (p[j] > p[best]) {
                best = j;
            }
        }
        return best;
    }
}
