package dev.gradus.gui.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.port.in.StopReason;
import java.awt.Component;
import java.awt.Container;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The race's time limit, headless: it reaches every run, ends a plugin's call that never returns, and a bad one is said and races nothing. */
class TimeLimitedRaceTest {
    private static final String BAD = "<html>time-limit: 'soon' is not a positive duration: give e.g. 30s, 500ms, 2m or 1h "
            + "(a bare number is seconds); blank: none</html>";

    /** An optimizer from a "plugin" whose third update does not return (for a minute, or until interrupted). */
    public static final class Hanging implements OptimizerProvider {
        @Override
        public ProviderInfo info() {
            return new ProviderInfo("hanging", "Hanging", "1.0", GradusApi.VERSION, "Hangs at its third step.");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(RealParameter.learningRate(0.1));
        }

        @Override
        public Optimizer<?> create(ParameterValues values) {
            return new Optimizer<FailingProviderRaceTest.Steps>() {
                @Override
                public FailingProviderRaceTest.Steps init(int dimension) {
                    return new FailingProviderRaceTest.Steps(dimension);
                }

                @Override
                public void update(FailingProviderRaceTest.Steps state, double[] x, double[] g, StepContext context) {
                    if (++state.steps == 3) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            // given up on: return as a careless plugin would
                        }
                    }
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= context.learningRate() * g[i];
                    }
                }

                @Override
                public FailingProviderRaceTest.Steps restore(StateSnapshot snapshot) {
                    return new FailingProviderRaceTest.Steps(snapshot.dimension());
                }
            };
        }
    }

    private static final GradusApplication APP = FailingProviderRaceTest.appWith(new Hanging());

    private static RunCommand bowl(String optimizer, Duration limit) {
        return RunCommand.builder().objective("elongated-bowl").optimizer(optimizer, Map.of("lr", 0.1)).start(-7, 2).steps(30).tolerance(0)
                .timeLimit(limit).build();
    }

    @Test
    void aRaceModelRunPastItsLimitEndsWithStopReasonTimeLimitAndTheNextRunGoesOn() throws InterruptedException {
        ExecutorService background = Executors.newSingleThreadExecutor();
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        List<RunResult> finished = new ArrayList<>();
        List<Recorded> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        boolean[] done = {false};
        try {
            RaceModel model = new RaceModel(APP.runOptimization(), background, ui::add);
            long began = System.nanoTime();
            model.start(List.of(new RaceModel.Entry("hanging", bowl("hanging", Duration.ofMillis(300))),
                    new RaceModel.Entry("sgd", bowl("sgd", Duration.ofMillis(300)))), new RaceModel.Listener() {
                        @Override
                        public void finished(int run, RunResult result, Recorded recorded) {
                            finished.add(result);
                            rows.add(recorded);
                        }

                        @Override
                        public void failed(int run, String message) {
                            failures.add(message);
                        }

                        @Override
                        public void done() {
                            done[0] = true;
                        }
                    });
            while (!done[0]) {
                Runnable report = ui.poll(20, TimeUnit.SECONDS);
                assertThat(report).as("a report within 20 s").isNotNull();
                report.run();
            }
            long tookMillis = (System.nanoTime() - began) / 1_000_000;

            assertThat(failures).isEmpty();
            assertThat(finished).hasSize(2);
            assertThat(finished.get(0).stopReason()).isEqualTo(StopReason.TIME_LIMIT);
            assertThat(finished.get(0).stopDetail()).isEqualTo("the time limit of 300 ms passed and optimizer 'hanging' did not return after the row "
                    + "of step 2; the call was abandoned");
            assertThat(rows.get(0).size()).as("rows 0 to 2, before the call that did not return").isEqualTo(3);
            assertThat(finished.get(1).stopReason()).isEqualTo(StopReason.STEP_BUDGET);
            assertThat(finished.get(1).steps()).isEqualTo(30);
            assertThat(tookMillis).as("the limit and the second of grace, not the minute of the hang").isBetween(1_300L, 10_000L);
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void theLabsTimeLimitEndsAHangingPluginRunAndTheLabStaysUsable() throws Exception {
        RacePanel panel = panel();
        try {
            assertThat(FailingProviderRaceTest.awaitDone(panel)).isEqualTo("done: 4 runs, 30 steps");
            long began = System.nanoTime();
            SwingUtilities.invokeAndWait(() -> {
                field(panel, "lab.timeLimit").setText("0.3s");
                panel.runEditors().get(1).chooseOptimizer("hanging");
                panel.run();
            });
            String status = FailingProviderRaceTest.awaitDone(panel);
            long tookMillis = (System.nanoTime() - began) / 1_000_000;

            assertThat(status).isEqualTo("<html>run 2: the time limit of 300 ms passed and optimizer 'hanging' did not return after the row of step 2; "
                    + "the call was abandoned</html>");
            assertThat(tookMillis).isLessThan(15_000);
            AtomicReference<int[]> points = new AtomicReference<>();
            AtomicReference<RunSpec> spec = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                points.set(new int[] {panel.lossChart().pointCount(1), panel.lossChart().pointCount(3)});
                spec.set(panel.spec("limited"));
            });
            assertThat(points.get()).as("run 2's rows up to its hang; run 4 raced to its end after it").containsExactly(3, 31);
            assertThat(spec.get().timeLimit()).isEqualTo(Duration.ofMillis(300));
            assertThat(spec.get().commands()).extracting(RunCommand::timeLimit).containsOnly(Duration.ofMillis(300));

            SwingUtilities.invokeAndWait(() -> {
                panel.runEditors().get(1).chooseOptimizer("adam");
                panel.run();
            });
            assertThat(FailingProviderRaceTest.awaitDone(panel)).isEqualTo("done: 4 runs, 30 steps");
        } finally {
            panel.dispose();
        }
    }

    @Test
    void aTimeLimitThatIsNotADurationIsSaidAndRacesNothing() throws Exception {
        RacePanel panel = panel();
        try {
            assertThat(FailingProviderRaceTest.awaitDone(panel)).isEqualTo("done: 4 runs, 30 steps");
            AtomicReference<String> status = new AtomicReference<>();
            AtomicReference<InvalidInputException> unsaved = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                field(panel, "lab.timeLimit").setText("soon");
                panel.runEditors().get(0).chooseOptimizer("hanging");
                panel.run();
                status.set(panel.statusText());
                unsaved.set(catchThrowableOfType(InvalidInputException.class, () -> panel.spec("bad")));
            });
            Thread.sleep(300);
            AtomicReference<String> later = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> later.set(panel.statusText()));

            assertThat(status.get()).isEqualTo(BAD);
            assertThat(later.get()).as("no race started, so nothing replaced the message").isEqualTo(BAD);
            assertThat(unsaved.get().problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("time-limit");
                assertThat(p.value()).isEqualTo("soon");
            });

            SwingUtilities.invokeAndWait(() -> {
                field(panel, "lab.timeLimit").setText("-2s");
                panel.run();
                status.set(panel.statusText());
            });
            assertThat(status.get()).startsWith("<html>time-limit: '-2s' is not a positive duration");

            SwingUtilities.invokeAndWait(() -> {
                field(panel, "lab.timeLimit").setText(" ");
                panel.runEditors().get(0).chooseOptimizer("sgd");
                panel.run();
            });
            assertThat(FailingProviderRaceTest.awaitDone(panel)).as("blank: no limit").isEqualTo("done: 4 runs, 30 steps");
            AtomicReference<RunSpec> spec = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> spec.set(panel.spec("free")));
            assertThat(spec.get().timeLimit()).isNull();
        } finally {
            panel.dispose();
        }
    }

    @Test
    void aSpecificationsTimeLimitIsShownInTheFieldAndSavedBack() throws Exception {
        RacePanel panel = panel();
        try {
            FailingProviderRaceTest.awaitDone(panel);
            RunSpec book = APP.scenarios().builtIn().stream().filter(s -> s.name().equals("book-comparison")).findFirst().orElseThrow();
            RunSpec limited = new RunSpec(book.name(), book.title(), book.description(), book.objective(), book.data(), book.dimension(), book.start(),
                    book.steps(), book.seed(), book.tolerance(), book.batchSize(), book.sampling(), book.runs(), book.study(), Duration.ofSeconds(90));
            AtomicReference<String> shown = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                panel.load(limited);
                shown.set(field(panel, "lab.timeLimit").getText());
            });
            assertThat(FailingProviderRaceTest.awaitDone(panel)).isEqualTo("done: 4 runs, 30 steps");
            AtomicReference<RunSpec> saved = new AtomicReference<>();
            AtomicReference<String> cleared = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                saved.set(panel.spec("book"));
                panel.load(book);
                cleared.set(field(panel, "lab.timeLimit").getText());
            });

            assertThat(shown.get()).isEqualTo("90s");
            assertThat(saved.get().timeLimit()).isEqualTo(Duration.ofSeconds(90));
            assertThat(cleared.get()).as("a specification without a limit clears the field").isEmpty();
        } finally {
            panel.dispose();
        }
    }

    private static RacePanel panel() throws Exception {
        AtomicReference<RacePanel> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> made.set(new RacePanel(APP)));
        return made.get();
    }

    private static JTextField field(Container in, String name) {
        JTextField found = find(in, name);
        if (found == null) {
            throw new AssertionError("no text field " + name);
        }
        return found;
    }

    private static JTextField find(Container in, String name) {
        for (Component c : in.getComponents()) {
            if (name.equals(c.getName()) && c instanceof JTextField field) {
                return field;
            }
            if (c instanceof Container inner) {
                JTextField found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
