package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.testing.FakeProviders;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A NaN that ends a run is put down to the plugin that made it, where that can be told; an overflow is not. */
class DivergenceCulpritTest {

    /** A "plugin" optimizer: gradient descent with lr 0.1 that writes NaN into the point at its third update. */
    public static final class NanStep implements OptimizerProvider {
        @Override
        public ProviderInfo info() {
            return new ProviderInfo("nan-step", "NaN step", "1.0", GradusApi.VERSION, "Steps into NaN.");
        }

        @Override
        public Optimizer<?> create(ParameterValues values) {
            return new Optimizer<FakeProviders.CountingState>() {
                @Override
                public FakeProviders.CountingState init(int dimension) {
                    return FakeProviders.CountingState.of(dimension);
                }

                @Override
                public void update(FakeProviders.CountingState state, double[] x, double[] g, StepContext context) {
                    state.tick();
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= 0.1 * g[i];
                    }
                    if (state.count() == 3) {
                        x[0] = Double.NaN;
                    }
                }

                @Override
                public FakeProviders.CountingState restore(StateSnapshot snapshot) {
                    return FakeProviders.CountingState.of(snapshot.dimension());
                }
            };
        }
    }

    /** A "plugin" objective: the sum of squares from (1, 1), whose value (or, with {@code gradient=true}, gradient) is NaN where x < 0.5. */
    public static final class Hole implements ObjectiveProvider {
        @Override
        public ProviderInfo info() {
            return new ProviderInfo("hole", "Hole", "1.0", GradusApi.VERSION, "A bowl with a hole.");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(new BooleanParameter("gradient", "the hole is in the gradient, not the value", false));
        }

        @Override
        public Dimensions dimensions() {
            return Dimensions.fixed(2);
        }

        @Override
        public Objective create(ObjectiveContext context) {
            boolean inGradient = context.parameters().bool("gradient");
            ObjectiveMetadata metadata = ObjectiveMetadata.builder(2).suggestedStart(new double[] {1, 1}).plotWindow(Box.cube(2, -2, 2)).build();
            return new DifferentiableObjective() {
                @Override
                public int dimension() {
                    return 2;
                }

                @Override
                public double value(double[] x) {
                    return x[0] < 0.5 && !inGradient ? Double.NaN : x[0] * x[0] + x[1] * x[1];
                }

                @Override
                public double valueAndGradient(double[] x, double[] g) {
                    g[0] = x[0] < 0.5 && inGradient ? Double.NaN : 2 * x[0];
                    g[1] = 2 * x[1];
                    return value(x);
                }

                @Override
                public ObjectiveMetadata metadata() {
                    return metadata;
                }
            };
        }
    }

    private final RunOptimizationUseCase runs = GradusApplication.over(FakeProviders.inventory(new FakeProviders.Quadratic(), new Hole(),
            new NanStep(), new FakeProviders.GradientDescent(), new FakeProviders.Exact())).runOptimization();

    private RunResult run(String objective, Map<String, ?> objectiveValues, String optimizer, Map<String, ?> optimizerValues) {
        return runs.run(RunCommand.builder().objective(dev.gradus.app.port.in.ComponentChoice.of(objective, objectiveValues)).optimizer(optimizer, optimizerValues).steps(100).tolerance(0).build(),
                RunObserver.NONE, Cancellation.NEVER);
    }

    @Test
    void anOptimizerThatMovesThePointToNanIsNamed() {
        RunResult result = run("quadratic", Map.of(), "nan-step", Map.of());

        assertThat(result.stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(result.stopDetail()).isEqualTo("the loss became NaN at step 3: optimizer 'nan-step' had moved the point to NaN");
    }

    @Test
    void anObjectiveThatReturnsNanAtAFinitePointIsNamed() {
        // gd with lr 0.1 on x^2 + y^2 from (1, 1): x = 0.8^k, below 0.5 first at k = 4 (0.4096)
        RunResult result = run("hole", Map.of(), "gd", Map.of("lr", "0.1"));

        assertThat(result.stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(result.stopDetail()).isEqualTo("the loss became NaN at step 4: objective 'hole' returned NaN at a finite point (largest |coordinate| 0.410)");
    }

    @Test
    void aGradientThatIsNanAtAFinitePointNamesTheEstimatorAndTheObjective() {
        RunResult result = run("hole", Map.of("gradient", "true"), "gd", Map.of("lr", "0.1"));

        assertThat(result.stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(result.stopDetail()).isEqualTo("the gradient became NaN at step 4: gradient 'analytic' of objective 'hole' "
                + "returned NaN at a finite point (largest |coordinate| 0.410)");
    }
}
