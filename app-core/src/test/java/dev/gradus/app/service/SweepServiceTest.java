package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.Starts;
import dev.gradus.app.port.in.SweepAxis;
import dev.gradus.app.port.in.SweepCommand;
import dev.gradus.app.port.in.SweepMetric;
import dev.gradus.app.port.in.SweepResult;
import dev.gradus.app.port.out.Cancellation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Sweeps with known answers: gradient descent on x^2/20 + y^2 has its best constant rate near 2/(L + mu) and diverges above 2/L = 1. */
class SweepServiceTest {
    private static final GradusApplication APP = GradusApplication.start(PluginFolders.NONE);

    private static SweepCommand sgd(String grid, long steps, int budget, int threads, Set<String> done) {
        return new SweepCommand(ComponentChoice.of("elongated-bowl"), null, null,
                List.of(new SweepCommand.Tuned(ComponentChoice.of("sgd"), null, null, null, null, List.of(SweepAxis.parse(grid)))),
                Starts.of(List.of(new double[] {-7, 2})), List.of(0L), steps, 0, null, null, null, null, SweepMetric.FINAL_LOSS, budget, 9, threads, done);
    }

    private static double lr(SweepResult.Point point) {
        return Double.parseDouble(point.values().get("lr"));
    }

    @Test
    void theBestRateOfTheGridIsTheOneNearestTwoOverLPlusMuAndEveryRateAboveTwoOverLDiverges() {
        SweepResult result = APP.sweep().sweep(sgd("lr=0.1:1.5:15", 3000, 0, 2, Set.of()), List.of(), run -> { }, Cancellation.NEVER);

        SweepResult.Tuning tuning = result.tunings().get(0);
        assertThat(tuning.ranked()).hasSize(15);
        // contraction per step max(|1 - lr/10|, |1 - 2 lr|): smallest on the grid at lr 0.9 (0.91), 2/(L + mu) = 0.952 itself is off the grid
        assertThat(lr(tuning.best())).isCloseTo(0.9, within(1e-9));
        for (SweepResult.Point point : tuning.ranked()) {
            assertThat(point.broke()).as("lr %s", lr(point)).isEqualTo(lr(point) > 1.0 + 1e-9 ? 1 : 0);
        }
        // lr 1 sits on the edge: y flips sign forever at |y| = 2, so f ends at 4
        SweepResult.Point edge = tuning.ranked().stream().filter(p -> Math.abs(lr(p) - 1.0) < 1e-9).findFirst().orElseThrow();
        assertThat(edge.score()).isCloseTo(4.0, within(1e-9));
        assertThat(result.ran()).isEqualTo(15);
        assertThat(result.budget()).containsExactly(15L);
    }

    @Test
    void aResumedSweepEndsWithTheSameRankingAsAnUninterruptedOneAndParallelEqualsSerial() {
        SweepResult whole = APP.sweep().sweep(sgd("lr=0.05:1.2:12", 400, 0, 1, Set.of()), List.of(), run -> { }, Cancellation.NEVER);
        SweepResult parallel = APP.sweep().sweep(sgd("lr=0.05:1.2:12", 400, 0, 2, Set.of()), List.of(), run -> { }, Cancellation.NEVER);

        // a sweep stopped after five runs, as a Ctrl-C would
        List<SweepResult.Run> finished = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger count = new AtomicInteger();
        Cancellation afterFive = () -> count.get() >= 5;
        SweepResult stopped = APP.sweep().sweep(sgd("lr=0.05:1.2:12", 400, 0, 1, Set.of()), List.of(), run -> {
            finished.add(run);
            count.incrementAndGet();
        }, afterFive);
        Set<String> done = Set.copyOf(finished.stream().map(SweepResult.Run::key).toList());
        SweepResult resumed = APP.sweep().sweep(sgd("lr=0.05:1.2:12", 400, 0, 2, done), List.copyOf(finished), run -> { }, Cancellation.NEVER);

        assertThat(stopped.cancelled()).isTrue();
        assertThat(finished).hasSizeGreaterThanOrEqualTo(5).hasSizeLessThan(12);
        assertThat(resumed.skipped()).isEqualTo(finished.size());
        assertThat(resumed.ran()).isEqualTo(12 - finished.size());
        for (SweepResult other : List.of(parallel, resumed)) {
            List<SweepResult.Point> a = whole.tunings().get(0).ranked();
            List<SweepResult.Point> b = other.tunings().get(0).ranked();
            assertThat(b).extracting(SweepResult.Point::values).containsExactlyElementsOf(a.stream().map(SweepResult.Point::values).toList());
            assertThat(b).extracting(SweepResult.Point::score).containsExactlyElementsOf(a.stream().map(SweepResult.Point::score).toList());
        }
    }

    @Test
    void aRandomSearchDrawsItsBudgetInsideTheRangesRepeatablyAndLogRangesAreEvenInTheLog() {
        SweepCommand command = new SweepCommand(ComponentChoice.of("elongated-bowl"), null, null, List.of(new SweepCommand.Tuned(
                ComponentChoice.of("sgd"), null, null, null, null, List.of(SweepAxis.parse("lr=1e-3:1:log:4"), SweepAxis.parse("momentum=0,0.5,0.9")))),
                Starts.suggested(), List.of(0L), 50, 0, null, null, null, null, SweepMetric.BEST_LOSS, 10, 3, 2, Set.of());

        SweepResult once = APP.sweep().sweep(command, List.of(), run -> { }, Cancellation.NEVER);
        SweepResult again = APP.sweep().sweep(command, List.of(), run -> { }, Cancellation.NEVER);

        assertThat(once.random()).isTrue();
        assertThat(once.tunings().get(0).ranked()).hasSize(10).allSatisfy(p -> {
            assertThat(lr(p)).isBetween(1e-3, 1.0);
            assertThat(p.values().get("momentum")).isIn("0", "0.5", "0.9");
        });
        assertThat(again.tunings().get(0).ranked()).extracting(SweepResult.Point::values)
                .containsExactlyElementsOf(once.tunings().get(0).ranked().stream().map(SweepResult.Point::values).toList());
        assertThat(SweepAxis.parse("lr=1e-4:1e-1:log:4").values()).satisfiesExactly(v -> assertThat(Double.parseDouble(v)).isEqualTo(1e-4),
                v -> assertThat(Double.parseDouble(v)).isCloseTo(1e-3, within(1e-15)), v -> assertThat(Double.parseDouble(v)).isCloseTo(1e-2, within(1e-14)),
                v -> assertThat(Double.parseDouble(v)).isEqualTo(1e-1));
    }

    @Test
    void aRefusedPointStopsTheSweepBeforeAnyRunAndBadAxesAreSaidInWords() {
        InvalidInputException point = catchThrowableOfType(InvalidInputException.class, () -> APP.sweep().sweep(sgd("lr=0.1,-1", 10, 0, 1, Set.of()),
                List.of(), run -> { }, Cancellation.NEVER));
        InvalidInputException range = catchThrowableOfType(InvalidInputException.class, () -> SweepAxis.parse("lr=1:0.1:5"));
        InvalidInputException log = catchThrowableOfType(InvalidInputException.class, () -> SweepAxis.parse("lr=0:1:log:5"));
        InvalidInputException both = catchThrowableOfType(InvalidInputException.class, () -> new SweepCommand.Tuned(
                ComponentChoice.of("sgd", Map.of("lr", "0.1")), null, null, null, null, List.of(SweepAxis.parse("lr=0.1,0.2"))));

        assertThat(point.problems().get(0).reason()).startsWith("optimizer 'sgd' at {lr=-1}: ").contains("lr");
        assertThat(range.problems().get(0).reason()).isEqualTo("grid lr=1:0.1:5: needs finite LOW < HIGH and 2 <= N <= 10000");
        assertThat(log.problems().get(0).reason()).isEqualTo("grid lr=0:1:log:5: a log range needs LOW > 0");
        assertThat(both.problems().get(0).reason()).contains("is both fixed with -p and swept with --grid");
    }
}
