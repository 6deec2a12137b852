package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import dev.gradus.app.testing.FakeProviders;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A run's time limit stops a slow run at a row, and gives up on a provider call that never returns, naming it. */
class TimeLimitTest {

    private final RunOptimizationUseCase runs = GradusApplication.over(FakeProviders.inventory(new FakeProviders.Quadratic(), new FakeProviders.Sleepy(),
            new FakeProviders.Exact())).runOptimization();

    private static RunCommand.Builder sleepy(long stuckAt) {
        return RunCommand.builder().objective("quadratic").optimizer("sleepy", Map.of("stuck_at", stuckAt)).steps(1_000_000).tolerance(0);
    }

    @Test
    void aSlowRunStopsAtTheRowWhereItsTimeRanOutWithItsRowsObserved() {
        AtomicLong rows = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<StopReason> told = new java.util.concurrent.atomic.AtomicReference<>();
        long began = System.nanoTime();
        RunResult result = runs.run(sleepy(0).timeLimit(Duration.ofMillis(300)).build(), new RunObserver() {
            @Override
            public void step(StepView step) {
                rows.incrementAndGet();
            }

            @Override
            public void finished(RunResult ended) {
                told.set(ended.stopReason());
            }
        }, Cancellation.NEVER);
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        assertThat(result.stopReason()).isEqualTo(StopReason.TIME_LIMIT);
        assertThat(told.get()).as("what the observer was told").isEqualTo(StopReason.TIME_LIMIT);
        assertThat(result.stopDetail()).isEqualTo("reached the time limit of 300 ms after " + result.steps() + " steps");
        assertThat(result.steps()).isBetween(10L, 200L);
        assertThat(rows.get()).isEqualTo(result.steps() + 1);
        assertThat(result.trajectory().size()).isEqualTo((int) result.steps() + 1);
        assertThat(tookMillis).as("no wait beyond the limit for a run that returns").isLessThan(1_000);
    }

    @Test
    void aCallThatNeverReturnsIsGivenUpOnNamingTheProviderAndTheObserverHearsNoMore() throws InterruptedException {
        AtomicLong rows = new AtomicLong();
        long began = System.nanoTime();
        RunResult result = runs.run(sleepy(5).timeLimit(Duration.ofMillis(200)).build(), new RunObserver() {
            @Override
            public void step(StepView step) {
                rows.incrementAndGet();
            }
        }, Cancellation.NEVER);
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        assertThat(result.stopReason()).isEqualTo(StopReason.TIME_LIMIT);
        assertThat(result.stopDetail()).isEqualTo("the time limit of 200 ms passed and optimizer 'sleepy' did not return after the row of step 4; "
                + "the call was abandoned");
        assertThat(result.steps()).isEqualTo(4);
        assertThat(rows.get()).isEqualTo(5);
        assertThat(tookMillis).as("the limit and the grace of a second").isBetween(1_100L, 3_000L);
        // the interrupted call returns now; the run it belonged to must not reach the observer again
        Thread.sleep(100);
        assertThat(rows.get()).isEqualTo(5);
    }

    @Test
    void aRunWithoutALimitIsUntouchedAndARefusedLimitIsSaidInWords() {
        RunResult free = runs.run(sleepy(0).steps(3).build(), RunObserver.NONE, Cancellation.NEVER);
        dev.gradus.app.port.in.InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                dev.gradus.app.port.in.InvalidInputException.class, () -> sleepy(0).timeLimit(Duration.ZERO).build());

        assertThat(free.stopReason()).isEqualTo(StopReason.STEP_BUDGET);
        assertThat(refused.problems().get(0).reason()).isEqualTo("must be a positive duration, e.g. 30s or 500ms");
    }
}
