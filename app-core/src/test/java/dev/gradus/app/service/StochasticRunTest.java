package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Sampling;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.in.TargetType;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import dev.gradus.app.port.out.StepView;
import dev.gradus.app.testing.FakeLearning;
import dev.gradus.app.testing.FakeProviders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on stochastic objectives: batches, seeds, the full-data loss, accuracy, resuming, data. */
class StochasticRunTest {
    private final RunOptimizationUseCase runs = GradusApplication.over(FakeProviders.inventory(new FakeLearning.Means(), new FakeLearning.Fit(),
            new FakeLearning.Line(), new FakeProviders.Quadratic(), new FakeProviders.GradientDescent(), new FakeProviders.Exact(),
            new FakeProviders.Central())).runOptimization();

    /** Every row as (step, loss or NaN when not evaluated, batch loss, accuracy, x). */
    private record Row(long step, double loss, boolean evaluated, double batchLoss, double accuracy, double x) {
    }

    private List<Row> rows(RunCommand command) {
        List<Row> rows = new ArrayList<>();
        runs.run(command, new RunObserver() {
            @Override
            public void step(StepView step) {
                rows.add(new Row(step.step(), step.loss(), step.lossEvaluated(), step.batchLoss(), step.accuracy(), step.point()[0]));
            }
        }, Cancellation.NEVER);
        return rows;
    }

    private static RunCommand.Builder means() {
        return RunCommand.builder().objective("means").optimizer("gd", Map.of("lr", 0.1)).tolerance(0);
    }

    @Test
    void theWholeDataSetAsTheBatchIsPlainGradientDescent() {
        // mean of (x - i)^2 over i = 0..9 has gradient 2 (x - 4.5): x - 4.5 shrinks by 1 - 0.2 = 0.8 a step
        RunResult result = runs.run(means().steps(5).build(), RunObserver.NONE, Cancellation.NEVER);

        assertThat(result.setup().stochastic().batchSize()).isEqualTo(10);
        assertThat(result.setup().stochastic().fullBatch()).isTrue();
        assertThat(result.finalPoint()[0]).isCloseTo(4.5 + 15.5 * Math.pow(0.8, 5), within(1e-12));
        for (Row row : rows(means().steps(5).build())) {
            assertThat(row.batchLoss()).isEqualTo(row.loss());
        }
        assertThat(result.finalAccuracy()).isEqualTo(1.0);
    }

    @Test
    void aBatchOfEveryExampleInOrderIsNotEvaluatedAgainForTheLossButASmallerOneIs() {
        long before = FakeLearning.MeanSquares.FULL_VALUES.get();
        List<Row> full = rows(means().steps(20).build());
        long fullCalls = FakeLearning.MeanSquares.FULL_VALUES.get() - before;
        before = FakeLearning.MeanSquares.FULL_VALUES.get();
        rows(means().steps(20).batchSize(5).build());
        long batchedCalls = FakeLearning.MeanSquares.FULL_VALUES.get() - before;

        assertThat(full).hasSize(21).allSatisfy(row -> assertThat(row.loss()).isEqualTo(row.batchLoss()));
        assertThat(fullCalls).as("full-data evaluations of a full-batch run of 20 steps").isZero();
        assertThat(batchedCalls).as("full-data evaluations of a run of 20 steps in batches of 5").isGreaterThanOrEqualTo(21);
    }

    @Test
    void theSameSeedRepeatsBitForBitAndAnotherSeedDoesNot() {
        RunCommand first = means().steps(30).batchSize(3).seed(1).build();
        List<Row> once = rows(first);
        List<Row> again = rows(first);
        List<Row> other = rows(means().steps(30).batchSize(3).seed(2).build());

        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
        // the loss column is the full-data loss, the batch loss differs from it on a part of the data
        assertThat(once.get(5).loss()).isNotEqualTo(once.get(5).batchLoss());
        double x = once.get(5).x();
        double full = 0;
        for (int i = 0; i < 10; i++) {
            full += (x - i) * (x - i) / 10;
        }
        assertThat(once.get(5).loss()).isCloseTo(full, within(1e-12));
    }

    @Test
    void eachRowOffersItsBatchObjectiveForDrawingAndOtherObjectivesOfferNone() {
        List<double[]> seen = new ArrayList<>();
        double[] probe = new double[1];
        runs.run(means().steps(6).batchSize(3).seed(4).build(), new RunObserver() {
            @Override
            public void step(StepView step) {
                probe[0] = -2.0;
                seen.add(new double[] {step.batchValueAt(step.point()), step.batchLoss(), step.batchValueAt(probe), step.loss()});
            }
        }, Cancellation.NEVER);
        List<Double> others = new ArrayList<>();
        runs.run(RunCommand.builder().objective("quadratic").optimizer("gd", Map.of("lr", 0.1)).steps(2).build(), new RunObserver() {
            @Override
            public void step(StepView step) {
                others.add(step.batchValueAt(step.point()));
            }
        }, Cancellation.NEVER);

        assertThat(seen).hasSize(7);
        for (double[] row : seen) {
            // at the point, the batch objective is the batch loss; elsewhere it is the batch's own curve, not the full one
            assertThat(row[0]).isEqualTo(row[1]);
            assertThat(row[2]).isFinite().isGreaterThan(0.0);
        }
        assertThat(seen).anySatisfy(row -> assertThat(row[0]).isNotEqualTo(row[3]));
        assertThat(others).hasSize(3).allSatisfy(v -> assertThat(v).isNaN());
    }

    @Test
    void everySamplingModeRunsAndTheModesDiffer() {
        List<Row> epochs = rows(means().steps(12).batchSize(4).sampling(Sampling.EPOCHS).build());
        List<Row> random = rows(means().steps(12).batchSize(4).sampling(Sampling.RANDOM).build());
        List<Row> replacement = rows(means().steps(12).batchSize(4).sampling(Sampling.REPLACEMENT).build());

        assertThat(epochs).hasSize(13);
        assertThat(epochs).isNotEqualTo(random);
        assertThat(random).isNotEqualTo(replacement);
    }

    @Test
    void evalEveryComputesTheFullLossOnlyEveryKStepsAndAtTheLast() {
        List<Row> rows = rows(means().steps(10).batchSize(2).evalEvery(4).build());

        assertThat(rows).extracting(Row::evaluated).containsExactly(true, false, false, false, true, false, false, false, true, false, true);
        assertThat(rows.get(1).loss()).isNaN();
        assertThat(rows.get(1).accuracy()).isNaN();
        assertThat(rows.get(4).accuracy()).isBetween(0.0, 1.0);
        assertThat(rows.get(1).batchLoss()).isFinite();
    }

    @Test
    void theBestLossIsTheBestFullLossAmongTheEvaluatedRows() {
        RunResult result = runs.run(means().steps(10).batchSize(2).evalEvery(3).build(), RunObserver.NONE, Cancellation.NEVER);

        assertThat(result.bestStep() % 3 == 0 || result.bestStep() == 10).isTrue();
    }

    @Test
    void aResumedRunContinuesItsBatchesExactly() {
        RunResult whole = runs.run(means().steps(20).batchSize(3).seed(5).build(), RunObserver.NONE, Cancellation.NEVER);
        RunResult half = runs.run(means().steps(10).batchSize(3).seed(5).checkpoint(true).build(), RunObserver.NONE, Cancellation.NEVER);
        RunResult resumed = runs.run(means().steps(10).batchSize(3).seed(5).resume(half.checkpoint()).build(), RunObserver.NONE,
                Cancellation.NEVER);

        assertThat(half.checkpoint().randomness()).containsEntry("seed", 5L).containsEntry("batch_size", 3L).containsEntry("sampling", "epochs");
        assertThat(resumed.finalPoint()).isEqualTo(whole.finalPoint());
        assertThat(resumed.finalValue()).isEqualTo(whole.finalValue());
    }

    @Test
    void aResumeWithAnotherSeedOrBatchSizeIsRefused() {
        RunResult half = runs.run(means().steps(10).batchSize(3).seed(5).checkpoint(true).build(), RunObserver.NONE, Cancellation.NEVER);

        InvalidInputException seed = catchThrowableOfType(InvalidInputException.class,
                () -> runs.run(means().steps(10).batchSize(3).seed(6).resume(half.checkpoint()).build(), RunObserver.NONE, Cancellation.NEVER));
        InvalidInputException batch = catchThrowableOfType(InvalidInputException.class,
                () -> runs.run(means().steps(10).batchSize(4).seed(5).resume(half.checkpoint()).build(), RunObserver.NONE, Cancellation.NEVER));

        assertThat(seed).hasMessageContaining("seed saved 5, now 6");
        assertThat(batch).hasMessageContaining("batch_size saved 3, now 4");
    }

    @Test
    void batchOptionsAreRefusedOnAnObjectiveWithoutExamplesAndABatchLargerThanTheData() {
        RunCommand.Builder quadratic = RunCommand.builder().objective("quadratic").optimizer("gd", Map.of());

        InvalidInputException batch = catchThrowableOfType(InvalidInputException.class,
                () -> runs.run(quadratic.batchSize(2).build(), RunObserver.NONE, Cancellation.NEVER));
        InvalidInputException evalEvery = catchThrowableOfType(InvalidInputException.class,
                () -> runs.run(RunCommand.builder().objective("quadratic").optimizer("gd", Map.of()).evalEvery(3).build(), RunObserver.NONE,
                        Cancellation.NEVER));
        InvalidInputException tooLarge = catchThrowableOfType(InvalidInputException.class,
                () -> runs.run(means().batchSize(11).build(), RunObserver.NONE, Cancellation.NEVER));

        assertThat(batch.problems().get(0).field()).isEqualTo("batch-size");
        assertThat(batch).hasMessageContaining("objective 'quadratic' is not stochastic");
        assertThat(evalEvery.problems().get(0).field()).isEqualTo("eval-every");
        assertThat(tooLarge).hasMessageContaining("objective 'means' has 10 examples; the batch size must be from 1 to 10");
    }

    @Test
    void anObjectiveThatLearnsFromDataNeedsDataAndOthersRefuseIt() {
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> runs.run(RunCommand.builder().objective("fit").optimizer("gd", Map.of()).build(), RunObserver.NONE, Cancellation.NEVER));
        InvalidInputException unwanted = catchThrowableOfType(InvalidInputException.class,
                () -> runs.run(means().data(DataChoice.generated("line", Map.of())).build(), RunObserver.NONE, Cancellation.NEVER));

        assertThat(missing).hasMessageContaining("objective 'fit' learns from data: give --data NAME (one of line)");
        assertThat(unwanted).hasMessageContaining("objective 'means' does not learn from data; the objectives that do are fit");
    }

    @Test
    void generatedDataIsMadeFromTheSeedWithItsParametersChecked() {
        RunCommand.Builder fit = RunCommand.builder().objective("fit").optimizer("gd", Map.of("lr", 0.1)).steps(200).tolerance(0);

        RunResult noiseless = runs.run(fit.data(DataChoice.generated("line", Map.of("noise", "0", "slope", "3"))).build(), RunObserver.NONE,
                Cancellation.NEVER);
        InvalidParametersException bad = catchThrowableOfType(InvalidParametersException.class,
                () -> runs.run(fit.data(DataChoice.generated("line", Map.of("noise", "-1"))).build(), RunObserver.NONE, Cancellation.NEVER));

        assertThat(noiseless.finalPoint()[0]).isCloseTo(3, within(1e-9));
        assertThat(noiseless.setup().data().rows()).isEqualTo(20);
        assertThat(noiseless.setup().data().parameters().real("slope")).isEqualTo(3);
        assertThat(bad).hasMessageContaining("noise");
    }

    @Test
    void aCsvFileIsReadAsTheData(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "x,y\n1,2\n2,4\n4,8\n");
        RunCommand command = RunCommand.builder().objective("fit").optimizer("gd", Map.of("lr", 0.1)).steps(200)
                .data(DataChoice.file(file, "y", TargetType.NUMBER)).build();

        RunResult result = runs.run(command, RunObserver.NONE, Cancellation.NEVER);

        assertThat(result.stopReason()).isIn(StopReason.STEP_BUDGET, StopReason.GRADIENT_TOLERANCE);
        assertThat(result.finalPoint()[0]).isCloseTo(2, within(1e-6));
        assertThat(result.setup().data().isFile()).isTrue();
        assertThat(result.setup().data().rows()).isEqualTo(3);
        assertThat(result.setup().data().classNames()).isEmpty();
    }
}
