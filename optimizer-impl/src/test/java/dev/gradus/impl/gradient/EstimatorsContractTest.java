package dev.gradus.impl.gradient;

import dev.gradus.api.objective.GradientSource;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.tck.EstimatorContract;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** Every built-in gradient estimator keeps the TCK's estimator contract. */
class EstimatorsContractTest {

    @Nested
    class Analytic implements EstimatorContract {
        @Override
        public GradientEstimatorProvider provider() {
            return new AnalyticGradientProvider();
        }
    }

    @Nested
    class Autodiff implements EstimatorContract {
        @Override
        public GradientEstimatorProvider provider() {
            return new AutodiffGradientProvider();
        }

        @Override
        public GradientSource exactGradientSource() {
            return GradientSource.AUTOMATIC_DIFFERENTIATION;
        }
    }

    @Nested
    class Forward implements EstimatorContract {
        @Override
        public GradientEstimatorProvider provider() {
            return new ForwardDifferenceProvider();
        }
    }

    @Nested
    class Central implements EstimatorContract {
        @Override
        public GradientEstimatorProvider provider() {
            return new CentralDifferenceProvider();
        }
    }

    @Nested
    class CentralOnTwoThreads implements EstimatorContract {
        @Override
        public GradientEstimatorProvider provider() {
            return new CentralDifferenceProvider();
        }

        @Override
        public Map<String, String> parameterValues() {
            return Map.of("threads", "2");
        }
    }

    @Nested
    class FivePoint implements EstimatorContract {
        @Override
        public GradientEstimatorProvider provider() {
            return new FivePointProvider();
        }
    }
}
