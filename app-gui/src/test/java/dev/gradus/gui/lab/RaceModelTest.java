package dev.gradus.gui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.StopReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Races run off the calling thread, report on the UI executor, cancel, and report mistakes in words. */
class RaceModelTest {
    private static final GradusApplication APP = GradusApplication.start(PluginFolders.NONE);

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    /** The "UI thread": reports are queued and run by the test thread, as the EDT would run them. */
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final RaceModel model = new RaceModel(APP.runOptimization(), background, ui::add);

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static RunCommand bowl(String optimizer, Map<String, ?> values, long steps) {
        return RunCommand.builder().objective("elongated-bowl").optimizer(optimizer, values).start(-7, 2).steps(steps).tolerance(0).build();
    }

    /** Runs UI reports until the race says it is done. */
    private void drain(Recorder recorder) throws InterruptedException {
        while (!recorder.done) {
            Runnable report = ui.poll(20, TimeUnit.SECONDS);
            assertThat(report).as("a report within 20 s").isNotNull();
            report.run();
        }
    }

    private static final class Recorder implements RaceModel.Listener {
        final List<RunResult> finished = new ArrayList<>();
        final List<Recorded> rows = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<Integer> order = new ArrayList<>();
        long progress = -1;
        boolean done;
        final Thread uiThread = Thread.currentThread();

        @Override
        public void progress(int run, long step) {
            assertThat(Thread.currentThread()).isSameAs(uiThread);
            progress = step;
        }

        @Override
        public void finished(int run, RunResult result, Recorded rows) {
            assertThat(Thread.currentThread()).isSameAs(uiThread);
            order.add(run);
            finished.add(result);
            this.rows.add(rows);
        }

        @Override
        public void failed(int run, String message) {
            order.add(run);
            failures.add(run + ": " + message);
        }

        @Override
        public void done() {
            done = true;
        }
    }

    @Test
    void theBooksComparisonRunsEveryOptimizerAndReportsOnTheUiThread() throws InterruptedException {
        Recorder recorder = new Recorder();
        model.start(List.of(new RaceModel.Entry("SGD", bowl("sgd", Map.of("lr", 0.95), 30)),
                new RaceModel.Entry("Momentum", bowl("sgd", Map.of("lr", 0.1, "momentum", 0.9), 30)),
                new RaceModel.Entry("AdaGrad", bowl("adagrad", Map.of("lr", 1.5), 30)),
                new RaceModel.Entry("Adam", bowl("adam", Map.of("lr", 0.3), 30))), recorder);

        drain(recorder);

        assertThat(recorder.order).containsExactly(0, 1, 2, 3);
        assertThat(recorder.failures).isEmpty();
        assertThat(recorder.finished).allSatisfy(r -> assertThat(r.steps()).isEqualTo(30));
        assertThat(recorder.finished.get(3).trajectory().size()).isEqualTo(31);
        assertThat(recorder.rows.get(1).stateNames()).as("momentum keeps a named state vector").isNotEmpty();
        assertThat(recorder.rows.get(0).size()).isEqualTo(31);
        assertThat(recorder.rows.get(0).coordinate(0, 0)).isEqualTo(-7);
        assertThat(model.running()).isFalse();
    }

    @Test
    void aOneDimensionalStochasticRunKeepsEachStepsBatchCurveAndOtherRunsKeepNone() throws InterruptedException {
        Recorder recorder = new Recorder();
        model.start(List.of(new RaceModel.Entry("seed 000", RunCommand.builder().objective("sampled-polynomial").optimizer("sgd", Map.of("lr", 0.3))
                        .start(3.5).steps(100).seed(3).tolerance(0).build()),
                new RaceModel.Entry("bowl", bowl("sgd", Map.of("lr", 0.1), 5))), recorder);

        drain(recorder);

        Recorded seed = recorder.rows.get(0);
        BatchCurves curves = seed.batchCurves();
        assertThat(curves).isNotNull();
        assertThat(curves.rows()).isEqualTo(101).isEqualTo(seed.size());
        double[] xs = curves.xs();
        assertThat(xs[0]).isEqualTo(-7.0);
        assertThat(xs[BatchCurves.SAMPLES - 1]).isCloseTo(7.0, org.assertj.core.api.Assertions.within(1e-12));
        double[] curve = new double[BatchCurves.SAMPLES];
        double[] previous = null;
        int differing = 0;
        for (int row = 0; row < seed.size() - 1; row++) {
            curves.curve(row, curve);
            double x = seed.coordinate(row, 0);
            // the row's point sits on its batch curve, and the curve's slope there is the row's gradient
            int k = (int) Math.floor((x - xs[0]) / (xs[1] - xs[0]));
            double t = (x - xs[k]) / (xs[1] - xs[0]);
            assertThat(curve[k] + t * (curve[k + 1] - curve[k])).as("row %d", row).isCloseTo(curves.batchLoss(row),
                    org.assertj.core.api.Assertions.within(0.02));
            // the slope at x of the quadratic through the three samples nearest x
            double h = xs[1] - xs[0];
            k = (int) Math.round((x - xs[0]) / h);
            double slope = (curve[k - 1] * (2 * x - xs[k] - xs[k + 1]) - 2 * curve[k] * (2 * x - xs[k - 1] - xs[k + 1])
                    + curve[k + 1] * (2 * x - xs[k - 1] - xs[k])) / (2 * h * h);
            assertThat(slope).as("row %d", row).isCloseTo(seed.gradient(row, 0), org.assertj.core.api.Assertions.within(0.03 + 0.03 * Math.abs(seed.gradient(row, 0))));
            if (previous != null && !java.util.Arrays.equals(previous, curve)) {
                differing++;
            }
            previous = curve.clone();
        }
        assertThat(differing).as("a fresh batch, so a fresh fit, every step").isEqualTo(seed.size() - 2);
        assertThat(recorder.rows.get(1).batchCurves()).isNull();
    }

    @Test
    void aMistakeIsReportedInWordsAndTheRaceGoesOn() throws InterruptedException {
        Recorder recorder = new Recorder();
        model.start(List.of(new RaceModel.Entry("bad", bowl("adam", Map.of("lr", "-1"), 10)),
                new RaceModel.Entry("good", bowl("sgd", Map.of("lr", 0.1), 10))), recorder);

        drain(recorder);

        assertThat(recorder.failures).singleElement().asString().startsWith("0: ").contains("lr").doesNotContain("Exception");
        assertThat(recorder.finished).hasSize(1);
    }

    @Test
    void aLongRunIsCancelledPromptlyAndReportedAsCancelled() throws InterruptedException {
        Recorder recorder = new Recorder();
        CountDownLatch started = new CountDownLatch(1);
        RaceModel.Listener listener = new RaceModel.Listener() {
            @Override
            public void progress(int run, long step) {
                recorder.progress(run, step);
                started.countDown();
            }

            @Override
            public void finished(int run, RunResult result, Recorded rows) {
                recorder.finished(run, result, rows);
            }

            @Override
            public void failed(int run, String message) {
                recorder.failed(run, message);
            }

            @Override
            public void done() {
                recorder.done();
            }
        };
        model.start(List.of(new RaceModel.Entry("long", bowl("sgd", Map.of("lr", 0.1), 1_000_000_000L)),
                new RaceModel.Entry("never", bowl("sgd", Map.of("lr", 0.1), 10))), listener);
        while (started.getCount() > 0) {
            Runnable report = ui.poll(20, TimeUnit.SECONDS);
            assertThat(report).isNotNull();
            report.run();
        }
        assertThat(model.running()).isTrue();
        model.cancel();

        drain(recorder);

        assertThat(recorder.finished).singleElement().satisfies(r -> assertThat(r.stopReason()).isEqualTo(StopReason.CANCELLED));
        assertThat(recorder.progress).isPositive();
    }

    @Test
    void aNewRaceSilencesTheOneItReplaces() throws InterruptedException {
        Recorder old = new Recorder();
        Recorder fresh = new Recorder();
        model.start(List.of(new RaceModel.Entry("long", bowl("sgd", Map.of("lr", 0.1), 1_000_000_000L))), old);
        model.start(List.of(new RaceModel.Entry("short", bowl("sgd", Map.of("lr", 0.1), 5))), fresh);

        drain(fresh);
        ui.forEach(Runnable::run);

        assertThat(fresh.finished).singleElement().satisfies(r -> assertThat(r.steps()).isEqualTo(5));
        assertThat(old.finished).isEmpty();
        assertThat(old.done).isFalse();
    }
}
