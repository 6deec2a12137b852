package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.Recording;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSetup;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.in.Trajectory;
import dev.gradus.app.port.in.UnknownProviderException;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import dev.gradus.app.testing.FakeProviders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOptimizationServiceTest {
    private final RunOptimizationUseCase runs = GradusApplication.over(FakeProviders.standard()).runOptimization();

    private static RunCommand.Builder quadratic() {
        return RunCommand.builder().objective("quadratic").optimizer("gd", Map.of());
    }

    private RunResult run(RunCommand command) {
        return runs.run(command, RunObserver.NONE, Cancellation.NEVER);
    }

    @Test
    void runsTheBudgetAndKeepsOneRowPerStepIncludingTheStart() {
        // f = x^2 + 2y^2 from (1, 1) with lr 0.1: x shrinks by 1 - 0.2 = 0.8 per step, y by 1 - 0.4 = 0.6
        RunResult result = run(quadratic().steps(3).build());

        assertThat(result.stopReason()).isEqualTo(StopReason.STEP_BUDGET);
        assertThat(result.steps()).isEqualTo(3);
        assertThat(result.finalPoint()).containsExactly(new double[] {0.8 * 0.8 * 0.8, 0.6 * 0.6 * 0.6}, within(1e-15));
        Trajectory t = result.trajectory();
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.step(0)).isZero();
        assertThat(t.point(0)).containsExactly(1, 1);
        assertThat(t.loss(0)).isEqualTo(3.0);
        assertThat(t.gradientNorm(0)).isCloseTo(Math.sqrt(4 + 16), within(1e-15));
        assertThat(t.point(1)).containsExactly(new double[] {0.8, 0.6}, within(1e-15));
        assertThat(t.thinned()).isFalse();
        assertThat(result.finalValue()).isEqualTo(t.loss(3));
    }

    @Test
    void countsOneExactEvaluationPerRow() {
        RunResult result = run(quadratic().steps(10).build());

        assertThat(result.setup().gradient().id()).isEqualTo("analytic");
        assertThat(result.functionEvaluations()).isEqualTo(11);
        assertThat(result.gradientEvaluations()).isEqualTo(11);
    }

    @Test
    void fallsBackToCentralDifferencesWithoutAnAnalyticGradient() {
        RunResult result = run(RunCommand.builder().objective("abs-sum").optimizer("gd", Map.of()).dimension(3).steps(4).build());

        assertThat(result.setup().gradient().id()).isEqualTo("central");
        assertThat(result.functionEvaluations()).isEqualTo(5 * (2 * 3 + 1));
        assertThat(result.gradientEvaluations()).isZero();
    }

    @Test
    void stopsWhenTheGradientNormFallsBelowTheTolerance() {
        RunResult result = run(quadratic().steps(10_000).tolerance(1e-6).build());

        assertThat(result.stopReason()).isEqualTo(StopReason.GRADIENT_TOLERANCE);
        assertThat(result.finalGradientNorm()).isLessThan(1e-6);
        // the y gradient 4y shrinks by 0.6 and x's 2x by 0.8 per step: ||g_k|| < 1e-6 first when 2 * 0.8^k < 1e-6 (roughly)
        assertThat(result.steps()).isBetween(60L, 70L);
        assertThat(result.trajectory().gradientNorm(result.trajectory().size() - 2)).isGreaterThanOrEqualTo(1e-6);
    }

    @Test
    void toleranceZeroTurnsTheCheckOff() {
        RunResult result = run(quadratic().steps(2000).tolerance(0).build());

        assertThat(result.stopReason()).isEqualTo(StopReason.STEP_BUDGET);
        assertThat(result.steps()).isEqualTo(2000);
    }

    @Test
    void divergenceStopsAtTheStepItHappensAndKeepsTheTrajectoryUpToIt() {
        // lr 1.1 on 2y^2: y multiplies by 1 - 4.4 = -3.4 per step; 2y^2 passes the largest double
        // (1.8e308) when 3.4^k > 9.5e153, at k = ln(9.5e153) / ln(3.4) = 289.7, so at step 290
        RunResult result = run(quadratic().optimizer("gd", Map.of("lr", "1.1")).steps(10_000).build());

        assertThat(result.stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(result.stopDetail()).isEqualTo("the loss became infinite at step 290");
        assertThat(result.steps()).isEqualTo(290);
        Trajectory t = result.trajectory();
        assertThat(t.step(t.size() - 1)).isEqualTo(result.steps());
        assertThat(Double.isFinite(t.loss(t.size() - 1)) && Double.isFinite(t.gradientNorm(t.size() - 1))).isFalse();
        assertThat(result.bestStep()).isZero();
        assertThat(result.bestValue()).isEqualTo(3.0);
        assertThat(result.bestPoint()).containsExactly(1, 1);
    }

    @Test
    void cancellationStopsTheRunWithItsOwnReason() {
        int[] asked = {0};
        RunResult result = runs.run(quadratic().steps(1000).tolerance(0).build(), RunObserver.NONE, () -> ++asked[0] > 5);

        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.steps()).isEqualTo(5);
        assertThat(result.trajectory().size()).isEqualTo(6);
    }

    @Test
    void anOptimizerThatThrowsEndsTheRunNamingIt() {
        RunResult result = run(quadratic().optimizer("gd", Map.of("fail_at", "3")).steps(10).build());

        assertThat(result.stopReason()).isEqualTo(StopReason.FAILED);
        assertThat(result.stopDetail()).isEqualTo("optimizer 'gd' failed at step 2: ArithmeticException: planned failure");
        assertThat(result.steps()).isEqualTo(2);
    }

    @Test
    void extraEvaluationsAreCountedWhenDeclared() {
        RunResult result = run(quadratic().optimizer("probe", Map.of()).steps(4).build());

        assertThat(result.stopReason()).isEqualTo(StopReason.STEP_BUDGET);
        assertThat(result.functionEvaluations()).isEqualTo(5 + 4);
        assertThat(result.trajectory().size()).isEqualTo(5);
    }

    @Test
    void extraEvaluationsWithoutTheCapabilityFailTheRunSayingWhy() {
        RunResult result = run(quadratic().optimizer("sneaky", Map.of()).steps(4).build());

        assertThat(result.stopReason()).isEqualTo(StopReason.FAILED);
        assertThat(result.stopDetail()).contains("sneaky").contains("EXTRA_EVALUATIONS");
    }

    @Test
    void observerSeesEveryRowInOrderBetweenStartAndFinish() {
        List<String> events = new ArrayList<>();
        runs.run(quadratic().steps(3).build(), new RunObserver() {
            @Override
            public void started(RunSetup setup) {
                events.add("started " + setup.dimension());
            }

            @Override
            public void step(StepView step) {
                events.add("step " + step.step() + " " + step.point().length);
            }

            @Override
            public void finished(RunResult result) {
                events.add("finished " + result.stopReason());
            }
        }, Cancellation.NEVER);

        assertThat(events).containsExactly("started 2", "step 0 2", "step 1 2", "step 2 2", "step 3 2", "finished STEP_BUDGET");
    }

    @Test
    void theDimensionComesFromTheStartThenTheCommandThenThePreferredOne() {
        assertThat(run(quadratic().start(1, 2, 3).steps(0).build()).setup().dimension()).isEqualTo(3);
        assertThat(run(quadratic().dimension(5).steps(0).build()).setup().dimension()).isEqualTo(5);
        assertThat(run(quadratic().steps(0).build()).setup().dimension()).isEqualTo(2);
        assertThat(run(quadratic().dimension(4).steps(0).build()).setup().start()).containsExactly(1, 1, 1, 1);
    }

    @Test
    void refusesAStartOfTheWrongLengthForAFixedDimension() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> run(RunCommand.builder().objective("plane-2d").optimizer("gd", Map.of()).start(1, 2, 3).build()));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("start");
            assertThat(p.reason()).isEqualTo("has 3 coordinates but objective 'plane-2d' takes exactly 2");
        });
    }

    @Test
    void refusesADimensionTheObjectiveCannotMake() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> run(RunCommand.builder().objective("plane-2d").optimizer("gd", Map.of()).dimension(3).build()));

        assertThat(e.problems()).singleElement().extracting(InvalidInputException.Problem::field).isEqualTo("dimension");
    }

    @Test
    void unknownIdsListTheKnownOnes() {
        UnknownProviderException e = catchThrowableOfType(UnknownProviderException.class,
                () -> run(RunCommand.builder().objective("quadratic").optimizer("adamm", Map.of()).build()));

        assertThat(e.kind()).isEqualTo("optimizer");
        assertThat(e.id()).isEqualTo("adamm");
        assertThat(e.known()).containsExactly("gd", "probe", "sneaky", "unit-step");
    }

    @Test
    void reportsParameterViolationsOfEveryProviderAtOnce() {
        InvalidParametersException e = catchThrowableOfType(InvalidParametersException.class, () -> run(RunCommand.builder()
                .objective(ComponentChoice.of("quadratic", Map.of("scale", "-1")))
                .optimizer("gd", Map.of("lr", "-1", "beta1", "0.9"))
                .gradient(ComponentChoice.of("central", Map.of("h", "0")))
                .build()));

        assertThat(e.violations()).extracting(ParameterViolation::owner, ParameterViolation::parameter).containsExactly(
                org.assertj.core.groups.Tuple.tuple("quadratic", "scale"),
                org.assertj.core.groups.Tuple.tuple("gd", "lr"),
                org.assertj.core.groups.Tuple.tuple("gd", "beta1"),
                org.assertj.core.groups.Tuple.tuple("central", "h"));
    }

    @Test
    void refusesAnEstimatorThatDoesNotApplyNamingThoseThatDo() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> run(RunCommand.builder()
                .objective("abs-sum").optimizer("gd", Map.of()).gradient("analytic").build()));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("gradient");
            assertThat(p.reason()).isEqualTo("gradient 'analytic' does not apply to objective 'abs-sum': it has no exact gradient; use one of central");
        });
    }

    @Test
    void theSetupCarriesEveryEffectiveValue() {
        RunSetup setup = run(quadratic().optimizer("gd", Map.of("lr", 0.05)).seed(42).steps(1).build()).setup();

        assertThat(setup.optimizerParameters().asMap()).containsExactly(Map.entry("lr", 0.05), Map.entry("fail_at", 0L));
        assertThat(setup.objectiveParameters().real("scale")).isEqualTo(1.0);
        assertThat(setup.seed()).isEqualTo(42);
        assertThat(setup.metadata().coordinateNames()).containsExactly("x", "y");
        assertThat(setup.recording()).isEqualTo(Recording.FULL);
    }

    @Test
    void aLongRunKeepsABoundedEvenlyThinnedTrajectoryEndingAtTheLastStep() {
        RunResult result = run(quadratic().steps(1_000_000).tolerance(0).trajectoryRows(100).build());

        Trajectory t = result.trajectory();
        assertThat(t.size()).isLessThanOrEqualTo(100).isGreaterThan(50);
        assertThat(t.thinned()).isTrue();
        for (int row = 0; row < t.size() - 1; row++) {
            assertThat(t.step(row)).isEqualTo(row * t.stride());
        }
        assertThat(t.step(t.size() - 1)).isEqualTo(1_000_000);
        assertThat(t.point(t.size() - 1)).containsExactly(result.finalPoint());
    }

    @Test
    void theNearestKnownMinimumIsFoundOnlyForAFiniteFinalPoint() {
        RunResult converged = run(quadratic().steps(200).build());
        RunResult lost = new RunResult(converged.setup(), StopReason.DIVERGED, "test", 3, new double[] {Double.NaN, 1}, Double.NaN,
                Double.NaN, 3, 0, null, 4, 4, converged.elapsed(), converged.trajectory(), null, Double.NaN);

        assertThat(converged.nearestKnownMinimum()).hasValueSatisfying(m -> assertThat(m.point()).containsExactly(0, 0));
        assertThat(converged.nearestKnownMinimum().orElseThrow().distanceTo(converged.finalPoint())).isLessThan(1e-8);
        assertThat(lost.nearestKnownMinimum()).isEmpty();
        assertThat(run(RunCommand.builder().objective("plane-2d").optimizer("gd", Map.of()).steps(1).build()).nearestKnownMinimum()).isEmpty();
    }

    @Test
    void largeProblemsRecordLossesOnlyByDefault() {
        RunResult result = run(quadratic().dimension(Recording.AUTO_FULL_LIMIT + 1).steps(2).build());

        assertThat(result.setup().recording()).isEqualTo(Recording.LOSS);
        assertThat(result.trajectory().hasPoints()).isFalse();
        assertThat(result.bestPoint()).isNull();
        assertThat(result.trajectory().size()).isEqualTo(3);
    }
}
