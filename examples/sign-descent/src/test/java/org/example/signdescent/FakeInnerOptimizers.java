package org.example.signdescent;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Set;

/**
 * Inner optimizers that no real provider of this plugin is, registered for the tests only (in the
 * test resources' META-INF/services), so that lookahead's refusals of them can be seen. Both step
 * as sign descent does.
 */
public final class FakeInnerOptimizers {
    private FakeInnerOptimizers() {
    }

    private static Optimizer<?> signDescent() {
        SignDescentProvider sign = new SignDescentProvider();
        return sign.create(sign.parameters().defaults());
    }

    /** Evaluates the objective inside its steps, as a line search does. */
    public static final class LineSearching implements OptimizerProvider {
        @Override
        public ProviderInfo info() {
            return new ProviderInfo("line-searching", "Line searching (test)", "0.1.0", GradusApi.VERSION, "Declares extra evaluations.");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(RealParameter.learningRate(0.1));
        }

        @Override
        public Set<OptimizerCapability> capabilities() {
            return Set.of(OptimizerCapability.EXTRA_EVALUATIONS);
        }

        @Override
        public Optimizer<?> create(ParameterValues values) {
            return signDescent();
        }
    }

    /** Refuses a learning rate of zero, which lookahead's own lr allows. */
    public static final class PositiveRate implements OptimizerProvider {
        @Override
        public ProviderInfo info() {
            return new ProviderInfo("positive-rate", "Positive rate (test)", "0.1.0", GradusApi.VERSION, "Its lr must be positive.");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(RealParameter.of("lr", "learning rate", 0.1, Range.greaterThan(0)));
        }

        @Override
        public Optimizer<?> create(ParameterValues values) {
            return signDescent();
        }
    }
}
