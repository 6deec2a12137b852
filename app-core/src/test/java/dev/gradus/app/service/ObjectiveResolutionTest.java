package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.GradientSource;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.TextParameter;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.testing.FakeProviders;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a run resolves objectives whose dimension their parameters set and whose gradient comes from
 * automatic differentiation (as formula objectives do), and what it warns about.
 */
class ObjectiveResolutionTest {
    private final GradusApplication app = GradusApplication.over(FakeProviders.inventory(new NamedSquares(), new FakeProviders.AbsSum(),
            new FakeProviders.Quadratic(), new FakeProviders.GradientDescent(), new FakeProviders.Exact(), new Autodiff(),
            new FakeProviders.Central()));

    private RunResult run(RunCommand command) {
        return app.runOptimization().run(command, RunObserver.NONE, Cancellation.NEVER);
    }

    private static RunCommand.Builder squares(String names) {
        return RunCommand.builder().objective(ComponentChoice.of("squares", Map.of("names", names))).optimizer("gd", Map.of()).steps(2);
    }

    @Test
    void anObjectiveWhoseParametersSetItsDimensionGetsThatDimension() {
        RunResult result = run(squares("a,b,c").build());

        assertThat(result.setup().dimension()).isEqualTo(3);
        assertThat(result.setup().metadata().coordinateNames()).containsExactly("a", "b", "c");
        // f = a^2 + b^2 + c^2 from (1, 1, 1) with lr 0.1: each coordinate shrinks by 0.8 per step
        assertThat(result.finalPoint()).containsExactly(0.64, 0.64, 0.64);
    }

    @Test
    void aDimensionOrStartItsParametersDoNotMakeIsRefused() {
        InvalidInputException dimension = catchThrowableOfType(InvalidInputException.class, () -> run(squares("a,b,c").dimension(2).build()));
        InvalidInputException start = catchThrowableOfType(InvalidInputException.class, () -> run(squares("a,b").start(1, 2, 3).build()));

        assertThat(dimension.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("dimension");
            assertThat(p.reason()).isEqualTo("objective 'squares' takes exactly 3, not 2");
        });
        assertThat(start.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("start");
            assertThat(p.reason()).isEqualTo("has 3 coordinates but objective 'squares' takes exactly 2");
        });
    }

    @Test
    void anAutomaticallyDifferentiatedObjectiveDefaultsToTheAutodiffEstimator() {
        RunResult result = run(squares("x,y").build());

        assertThat(result.setup().gradient().id()).isEqualTo("autodiff");
        assertThat(result.functionEvaluations()).isEqualTo(3);
        assertThat(result.gradientEvaluations()).isEqualTo(3);
    }

    @Test
    void theAnalyticEstimatorDoesNotReadAnAutomaticGradientAndSaysWhichDoes() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> run(squares("x,y").gradient("analytic").build()));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("gradient");
            assertThat(p.reason()).isEqualTo("gradient 'analytic' does not apply to objective 'squares': its exact gradient is read by "
                    + "'autodiff'; use one of autodiff, central");
        });
    }

    @Test
    void aRunOnAnObjectiveThatIsNotSmoothCarriesOneWarning() {
        RunResult rough = run(RunCommand.builder().objective("abs-sum").optimizer("gd", Map.of()).steps(1).build());
        RunResult smooth = run(RunCommand.builder().objective("quadratic").optimizer("gd", Map.of()).steps(1).build());

        assertThat(rough.setup().warnings()).singleElement().asString().startsWith("objective 'abs-sum' is not differentiable everywhere");
        assertThat(smooth.setup().warnings()).isEmpty();
    }

    @Test
    void aSavedStateResumesOnlyOnAnObjectiveWithTheSameParameters() {
        RunResult saved = run(squares("x,y").checkpoint(true).build());

        InvalidInputException other = catchThrowableOfType(InvalidInputException.class,
                () -> run(squares("u,v").steps(1).resume(saved.checkpoint()).build()));
        RunResult same = run(squares("x,y").steps(1).resume(saved.checkpoint()).build());

        assertThat(saved.checkpoint().objectiveParameters()).isEqualTo(Map.of("names", "x,y"));
        assertThat(other.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("the saved state is of objective 'squares' with other parameters: names saved x,y, now u,v"));
        assertThat(same.steps()).isEqualTo(3);
    }

    /** f = sum of the squares of the named coordinates; its dimension is the number of names; gradient "by autodiff". */
    static final class NamedSquares implements ObjectiveProvider {
        private static final ParameterSpace PARAMETERS = ParameterSpace.of(new TextParameter("names", "coordinate names, comma-separated", "x,y", 100));

        @Override
        public ProviderInfo info() {
            return new ProviderInfo("squares", "Named squares", "1.0", GradusApi.VERSION, "Test provider squares.");
        }

        @Override
        public ParameterSpace parameters() {
            return PARAMETERS;
        }

        @Override
        public Dimensions dimensions() {
            return Dimensions.atLeast(1, 2);
        }

        @Override
        public Dimensions dimensions(ParameterValues values) {
            return Dimensions.fixed(names(values).size());
        }

        private static List<String> names(ParameterValues values) {
            return Arrays.stream(values.text("names").split(",")).map(String::strip).toList();
        }

        @Override
        public Objective create(ObjectiveContext context) {
            List<String> names = names(context.parameters());
            int n = names.size();
            double[] start = new double[n];
            Arrays.fill(start, 1);
            ObjectiveMetadata metadata = ObjectiveMetadata.builder(n).coordinateNames(names).suggestedStart(start).plotWindow(Box.cube(n, -2, 2))
                    .build();
            return new DifferentiableObjective() {
                @Override
                public int dimension() {
                    return n;
                }

                @Override
                public double value(double[] x) {
                    double f = 0;
                    for (double v : x) {
                        f += v * v;
                    }
                    return f;
                }

                @Override
                public double valueAndGradient(double[] x, double[] g) {
                    for (int i = 0; i < n; i++) {
                        g[i] = 2 * x[i];
                    }
                    return value(x);
                }

                @Override
                public GradientSource gradientSource() {
                    return GradientSource.AUTOMATIC_DIFFERENTIATION;
                }

                @Override
                public ObjectiveMetadata metadata() {
                    return metadata;
                }
            };
        }
    }

    /** Reads an automatically differentiated objective's gradient, counting 1 + 1 per call. */
    static final class Autodiff implements GradientEstimatorProvider {
        @Override
        public ProviderInfo info() {
            return new ProviderInfo("autodiff", "autodiff", "1.0", GradusApi.VERSION, "Test provider autodiff.");
        }

        @Override
        public boolean appliesTo(Objective objective) {
            return objective instanceof DifferentiableObjective d && d.gradientSource() == GradientSource.AUTOMATIC_DIFFERENTIATION;
        }

        @Override
        public GradientEstimator create(Objective objective, ParameterValues values) {
            DifferentiableObjective f = (DifferentiableObjective) objective;
            return new GradientEstimator() {
                long calls;

                @Override
                public double valueAndGradient(double[] x, double[] gradient) {
                    calls++;
                    return f.valueAndGradient(x, gradient);
                }

                @Override
                public long functionEvaluations() {
                    return calls;
                }

                @Override
                public long gradientEvaluations() {
                    return calls;
                }
            };
        }
    }
}
