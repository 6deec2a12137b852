package dev.gradus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Gradus takes a full in-order batch's value as the row's loss (StochasticObjective's contract):
 * for every model, the batch's value, by value and by valueAndGradient, is the full data's value
 * bit for bit, so runs report the same losses as when the full data was evaluated again.
 */
class FullBatchLossTest {

    private static void assertFullBatchIsTheFullData(ObjectiveProvider provider, Map<String, String> values, DataSetProvider data) {
        DataSet set = data.create(data.parameters().defaults(), 0);
        ParameterValues parsed = provider.parameters().parse(provider.info().id(), values);
        int n = provider.dimensions(parsed, set).preferred();
        StochasticObjective f = (StochasticObjective) provider.create(new ObjectiveContext(n, parsed, 0, set));
        int[] all = new int[f.examples()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        f.select(all, all.length);
        DifferentiableObjective batch = (DifferentiableObjective) f.batch();
        SplittableRandom random = new SplittableRandom(9);
        for (int trial = 0; trial < 5; trial++) {
            double[] x = f.metadata().suggestedStart();
            for (int i = 0; i < x.length; i++) {
                x[i] += random.nextDouble() - 0.5;
            }
            double full = f.value(x);
            assertThat(batch.value(x)).as("%s: the batch's value at trial %d", provider.info().id(), trial).isEqualTo(full);
            assertThat(batch.valueAndGradient(x, new double[n])).as("%s: the batch's valueAndGradient at trial %d", provider.info().id(), trial)
                    .isEqualTo(full);
        }
    }

    @Test
    void everyModelsFullBatchIsItsFullDataBitForBit() {
        assertFullBatchIsTheFullData(new dev.gradus.learning.model.MultilayerPerceptron(),
                Map.of("layers", "2-8-2", "init", "normal", "log_epsilon", "1e-7"), new dev.gradus.learning.data.Xor());
        assertFullBatchIsTheFullData(new dev.gradus.learning.model.MultilayerPerceptron(), Map.of(), new dev.gradus.learning.data.Xor());
        assertFullBatchIsTheFullData(new dev.gradus.learning.model.LogisticRegression(), Map.of(), new dev.gradus.learning.data.TwoMoons());
        assertFullBatchIsTheFullData(new dev.gradus.learning.model.LinearRegression(), Map.of(), new dev.gradus.learning.data.NoisyLine());
        assertFullBatchIsTheFullData(new dev.gradus.learning.model.PolynomialRegression(), Map.of(), new dev.gradus.learning.data.NoisyPolynomial());
    }
}
