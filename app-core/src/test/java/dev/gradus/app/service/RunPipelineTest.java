package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.Checkpoint;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.testing.FakeProviders;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the engine does between the gradient and the optimizer: maximizing, clipping, schedules, checkpoints. */
class RunPipelineTest {
    private final RunOptimizationUseCase runs = GradusApplication.over(FakeProviders.standard()).runOptimization();

    private RunResult run(RunCommand command) {
        return runs.run(command, RunObserver.NONE, Cancellation.NEVER);
    }

    private static RunCommand.Builder gd(String objective, String lr) {
        return RunCommand.builder().objective(objective).optimizer("gd", Map.of("lr", lr)).tolerance(0);
    }

    @Test
    void maximizingClimbsTheObjectiveAndKeepsItsValuesAndGradientsAsTheyAre() {
        RunResult result = run(gd("cap", "0.1").maximize(true).steps(1).build());

        // the optimizer sees -g = 2x and steps x - 0.1 * 2x = 0.8x: up the cap
        assertThat(result.finalPoint()).containsExactly(0.8, 0.8);
        assertThat(result.trajectory().loss(0)).isEqualTo(3.0);
        assertThat(result.finalValue()).isCloseTo(5 - 2 * 0.64, within(1e-15));
        assertThat(result.bestValue()).isEqualTo(result.finalValue());
        assertThat(result.bestStep()).isEqualTo(1);
    }

    @Test
    void maximizingTracksTheHighestValueAsTheBest() {
        // lr 1.1 overshoots: x <- x + 1.1 * (-2x) = -1.2x, so the value falls after step 0
        RunResult result = run(gd("cap", "1.1").maximize(true).steps(5).build());

        assertThat(result.bestStep()).isZero();
        assertThat(result.bestValue()).isEqualTo(3.0);
    }

    @Test
    void clippingByNormRescalesWhatTheOptimizerSeesButNotWhatIsReported() {
        RunResult result = run(gd("quadratic", "0.1").clipNorm(1).steps(1).build());

        // g at (1, 1) is (2, 4), norm sqrt(20); torch's rule scales by 1 / (sqrt(20) + 1e-6)
        double scale = 1 / (Math.sqrt(20) + 1e-6);
        assertThat(result.finalPoint()).containsExactly(new double[] {1 - 0.1 * 2 * scale, 1 - 0.1 * 4 * scale}, within(1e-15));
        assertThat(result.trajectory().gradientNorm(0)).isEqualTo(Math.sqrt(20));
    }

    @Test
    void clippingByNormLeavesSmallGradientsAlone() {
        RunResult clipped = run(gd("quadratic", "0.1").clipNorm(100).steps(3).build());
        RunResult plain = run(gd("quadratic", "0.1").steps(3).build());

        assertThat(clipped.finalPoint()).containsExactly(plain.finalPoint());
    }

    @Test
    void clippingByValueClampsEachComponent() {
        RunResult result = run(gd("quadratic", "0.1").clipValue(1).steps(1).build());

        // (2, 4) clamped to (1, 1)
        assertThat(result.finalPoint()).containsExactly(0.9, 0.9);
    }

    @Test
    void aScheduleDrivesTheLearningRateStepByStepAndSeesTheMinimizedValue() {
        RunResult result = run(gd("quadratic", "0.1").schedule(ComponentChoice.of("halving")).steps(2).build());

        // step 1 at lr 0.1: x *= 0.8, y *= 0.6; step 2 at lr 0.05: x *= 0.9, y *= 0.8
        assertThat(result.finalPoint()).containsExactly(new double[] {0.8 * 0.9, 0.6 * 0.8}, within(1e-15));
        assertThat(result.setup().schedule().id()).isEqualTo("halving");
    }

    @Test
    void aScheduleNeedsAnOptimizerWithALearningRate() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> run(RunCommand.builder().objective("quadratic")
                .optimizer(ComponentChoice.of("unit-step")).schedule(ComponentChoice.of("halving")).build()));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("schedule");
            assertThat(p.reason()).isEqualTo("optimizer 'unit-step' has no learning rate (lr) for a schedule to drive");
        });
    }

    @Test
    void aResumedRunEndsBitForBitWhereAnUninterruptedOneEnds() {
        RunCommand.Builder base = gd("quadratic", "0.1").schedule(ComponentChoice.of("halving")).clipNorm(2).dimension(3);
        RunResult whole = run(base.steps(20).build());

        RunResult firstHalf = run(base.steps(10).checkpoint(true).build());
        Checkpoint checkpoint = firstHalf.checkpoint();
        RunResult secondHalf = run(base.steps(10).resume(checkpoint).build());

        assertThat(checkpoint.steps()).isEqualTo(10);
        assertThat(checkpoint.scheduleId()).isEqualTo("halving");
        assertThat(secondHalf.setup().firstStep()).isEqualTo(10);
        assertThat(secondHalf.steps()).isEqualTo(20);
        assertThat(secondHalf.finalPoint()).containsExactly(whole.finalPoint());
        assertThat(secondHalf.trajectory().step(0)).isEqualTo(10);
        assertThat(secondHalf.trajectory().point(0)).containsExactly(firstHalf.finalPoint());
    }

    @Test
    void noCheckpointUnlessAskedFor() {
        assertThat(run(gd("quadratic", "0.1").steps(2).build()).checkpoint()).isNull();
    }

    @Test
    void aCheckpointOfAnotherRunIsRefusedSayingWhatDiffers() {
        Checkpoint checkpoint = run(gd("quadratic", "0.1").steps(2).checkpoint(true).build()).checkpoint();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> run(RunCommand.builder().objective("cap")
                .optimizer(ComponentChoice.of("probe")).schedule(ComponentChoice.of("halving")).maximize(true).resume(checkpoint).build()));

        assertThat(e.problems()).extracting(InvalidInputException.Problem::reason).containsExactly(
                "the saved state is optimizer 'gd''s; this run's optimizer is 'probe'",
                "the saved state is of a run on objective 'quadratic'; this run's objective is 'cap'",
                "the saved state has no schedule; this run has 'halving'",
                "the saved state minimized; leave out --maximize");
    }

    @Test
    void aStartOrAnotherDimensionCannotBeGivenWithACheckpoint() {
        Checkpoint checkpoint = run(gd("quadratic", "0.1").steps(2).checkpoint(true).build()).checkpoint();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> gd("quadratic", "0.1").resume(checkpoint).start(1, 2).build());
        InvalidInputException dimension = catchThrowableOfType(InvalidInputException.class,
                () -> gd("quadratic", "0.1").resume(checkpoint).dimension(3).build());

        assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("start");
        assertThat(dimension.problems()).singleElement().extracting(InvalidInputException.Problem::reason)
                .isEqualTo("the saved state to resume has dimension 2");
    }

    @Test
    void aCancelledRunStillGivesACheckpointToResumeFrom() {
        int[] asked = {0};
        RunResult cancelled = runs.run(gd("quadratic", "0.1").steps(100).checkpoint(true).build(), RunObserver.NONE, () -> ++asked[0] > 4);
        RunResult resumed = run(gd("quadratic", "0.1").steps(6).resume(cancelled.checkpoint()).build());

        assertThat(cancelled.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(cancelled.checkpoint().steps()).isEqualTo(4);
        assertThat(resumed.finalPoint()).containsExactly(run(gd("quadratic", "0.1").steps(10).build()).finalPoint());
    }

    @Test
    void transformNegatesThenClampsThenRescales() {
        double[] seen = new double[2];

        RunEngine.transform(new double[] {3, -4}, seen, -1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertThat(seen).containsExactly(-3, 4);
        RunEngine.transform(new double[] {3, -4}, seen, 1, 2, Double.POSITIVE_INFINITY);
        assertThat(seen).containsExactly(2, -2);
        RunEngine.transform(new double[] {3, -4}, seen, 1, 2, 1);
        double scale = 1 / (Math.sqrt(8) + 1e-6);
        assertThat(seen).containsExactly(new double[] {2 * scale, -2 * scale}, within(1e-15));
    }
}
