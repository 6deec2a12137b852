package dev.gradus.learning;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.tck.ObjectiveContract;
import org.junit.jupiter.api.Nested;

/** Every learning objective, made on a data set it fits, keeps the TCK's objective contract. */
class LearningContractTest {

    /** A generated data set at its defaults, seed 0. */
    static DataSet generated(DataSetProvider provider) {
        return provider.create(provider.parameters().defaults(), 0);
    }

    @Nested
    class SampledPolynomial implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.learning.sampled.SampledPolynomialProvider();
        }
    }

    @Nested
    class LinearRegression implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.learning.model.LinearRegression();
        }

        @Override
        public DataSet data() {
            return generated(new dev.gradus.learning.data.NoisyLine());
        }
    }

    @Nested
    class PolynomialRegression implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.learning.model.PolynomialRegression();
        }

        @Override
        public DataSet data() {
            return generated(new dev.gradus.learning.data.NoisyPolynomial());
        }
    }

    @Nested
    class LogisticRegression implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.learning.model.LogisticRegression();
        }

        @Override
        public DataSet data() {
            return generated(new dev.gradus.learning.data.TwoMoons());
        }
    }

    @Nested
    class MultilayerPerceptron implements ObjectiveContract {
        @Override
        public ObjectiveProvider provider() {
            return new dev.gradus.learning.model.MultilayerPerceptron();
        }

        @Override
        public DataSet data() {
            return generated(new dev.gradus.learning.data.Xor());
        }
    }
}
