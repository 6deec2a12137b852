package dev.gradus.learning.model;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.data.SeededRandom;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model's back-propagated gradient, of the full objective and of a batch, agrees with central
 * differences at random parameters on random data, for several seeds.
 */
class ModelGradientTest {

    static Stream<Arguments> models() {
        return Stream.of(
                model("linear regression", Fixtures.LINEAR, seed -> Fixtures.regression(seed, 7, 3), Map.of()),
                model("linear regression with l2", Fixtures.LINEAR, seed -> Fixtures.regression(seed, 7, 3), Map.of("l2", 0.3)),
                model("polynomial regression", Fixtures.POLYNOMIAL, seed -> Fixtures.curve(seed, 9), Map.of("degree", 4)),
                model("polynomial regression with l2", Fixtures.POLYNOMIAL, seed -> Fixtures.curve(seed, 9), Map.of("degree", 3, "l2", 0.2)),
                model("binary logistic regression", Fixtures.LOGISTIC, seed -> Fixtures.classification(seed, 8, 3, 2), Map.of()),
                model("binary logistic regression with epsilon and l2", Fixtures.LOGISTIC, seed -> Fixtures.classification(seed, 8, 3, 2),
                        Map.of("log_epsilon", 0.01, "l2", 0.1)),
                model("softmax regression", Fixtures.LOGISTIC, seed -> Fixtures.classification(seed, 9, 2, 3), Map.of()),
                model("softmax regression with epsilon", Fixtures.LOGISTIC, seed -> Fixtures.classification(seed, 9, 2, 3),
                        Map.of("log_epsilon", 0.05)),
                model("mlp on xor", Fixtures.MLP, seed -> Fixtures.xor(), Map.of()),
                model("mlp on xor with seed 003's epsilon", Fixtures.MLP, seed -> Fixtures.xor(), Map.of("log_epsilon", 1e-7)),
                model("mlp relu softmax", Fixtures.MLP, seed -> Fixtures.classification(seed, 8, 2, 3), Map.of("layers", "2-5-3")),
                model("deep mlp sigmoid softmax with epsilon and l2", Fixtures.MLP, seed -> Fixtures.classification(seed, 8, 2, 3),
                        Map.of("layers", "2-4-3-3", "activation", "sigmoid", "log_epsilon", 0.01, "l2", 0.1)),
                model("mlp tanh linear", Fixtures.MLP, seed -> Fixtures.regression(seed, 6, 3), Map.of("layers", "3-4-1", "activation", "tanh")),
                model("deep mlp relu linear with l2", Fixtures.MLP, seed -> Fixtures.regression(seed, 6, 3),
                        Map.of("layers", "3-6-2-1", "l2", 0.05)));
    }

    private static Arguments model(String name, ObjectiveProvider provider, LongFunction<DataSet> data, Map<String, ?> values) {
        return Arguments.of(name, provider, data, values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void fullGradientIsTheDerivativeOfTheMeanLoss(String name, ObjectiveProvider provider, LongFunction<DataSet> data, Map<String, ?> values) {
        for (long seed = 1; seed <= 3; seed++) {
            StochasticObjective f = Fixtures.create(provider, data.apply(seed), seed, values);
            double[] x = CentralDifference.randomPoint(seed, f.dimension(), 1);

            CentralDifference.assertGradient((DifferentiableObjective) f, x, name + ", seed " + seed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void batchGradientIsTheDerivativeOfTheBatchLoss(String name, ObjectiveProvider provider, LongFunction<DataSet> data, Map<String, ?> values) {
        for (long seed = 1; seed <= 3; seed++) {
            StochasticObjective f = Fixtures.create(provider, data.apply(seed), seed, values);
            SeededRandom random = SeededRandom.of(seed, "batch");
            int[] rows = new int[3];
            rows[0] = random.nextInt(f.examples());
            rows[1] = random.nextInt(f.examples());
            rows[2] = rows[0];
            f.select(rows, rows.length);
            double[] x = CentralDifference.randomPoint(seed + 10, f.dimension(), 1);

            CentralDifference.assertGradient((DifferentiableObjective) f.batch(), x, name + ", seed " + seed);
        }
    }
}
