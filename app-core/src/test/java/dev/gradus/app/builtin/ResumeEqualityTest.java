package dev.gradus.app.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.checkpoint.CheckpointJson;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.Checkpoint;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.Recording;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.StopReason;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every built-in optimizer, with a cosine schedule attached: N steps, a state file written and
 * read back, N more steps end bit for bit where 2N uninterrupted steps end, with the same state.
 */
class ResumeEqualityTest {
    private static final GradusApplication APP = GradusApplication.start(PluginFolders.NONE);
    private static final int HALF = 15;

    /** Each optimizer with settings that exercise its whole state and stay finite on Rosenbrock from (-1.5, 2). */
    private static final Map<String, Map<String, String>> CONFIGURATIONS = Map.ofEntries(
            Map.entry("sgd", Map.of("lr", "1e-4", "momentum", "0.9", "nesterov", "true")),
            Map.entry("adam", Map.of("lr", "0.01", "amsgrad", "true", "weight_decay", "0.01")),
            Map.entry("adagrad", Map.of("lr", "0.1", "lr_decay", "0.01", "initial_accumulator_value", "0.1")),
            Map.entry("rmsprop", Map.of("lr", "0.003", "momentum", "0.5", "centered", "true")),
            Map.entry("adadelta", Map.of("weight_decay", "0.01")),
            Map.entry("adamw", Map.of("lr", "0.01", "amsgrad", "true")),
            Map.entry("adamax", Map.of("lr", "0.01")),
            Map.entry("nadam", Map.of("lr", "0.01")),
            Map.entry("radam", Map.of("lr", "1e-4")),
            Map.entry("asgd", Map.of("lr", "1e-4", "t0", "5")),
            Map.entry("rprop", Map.of("lr", "0.001")),
            Map.entry("lbfgs", Map.of("line_search_fn", "strong_wolfe", "history_size", "3", "max_iter", "4")),
            Map.entry("textbook-nesterov", Map.of("lr", "1e-4")),
            Map.entry("textbook-adam", Map.of("lr", "0.01")));

    private static RunResult run(String optimizer, long steps, Checkpoint resume) {
        RunCommand.Builder command = RunCommand.builder().objective("rosenbrock").optimizer(optimizer, CONFIGURATIONS.get(optimizer))
                .steps(steps).tolerance(0).recording(Recording.FULL).checkpoint(true)
                .schedule(ComponentChoice.of("cosine", Map.of("t_max", Integer.toString(2 * HALF), "eta_min", "1e-5")));
        if (resume == null) {
            command.start(-1.5, 2);
        } else {
            command.resume(resume);
        }
        return APP.runOptimization().run(command.build(), RunObserver.NONE, Cancellation.NEVER);
    }

    /** The checkpoint as a state file and back, as --save-state and --resume do. */
    private static Checkpoint throughStateFile(Checkpoint checkpoint) {
        StringWriter file = new StringWriter();
        CheckpointJson.write(checkpoint, "test", file);
        return CheckpointJson.read(new StringReader(file.toString()), "state.json");
    }

    @TestFactory
    Stream<DynamicTest> twoHalvesEqualTheWholeBitForBit() {
        return optimizerIds().stream().sorted().map(id -> DynamicTest.dynamicTest(id, () -> {
            RunResult whole = run(id, 2 * HALF, null);
            RunResult first = run(id, HALF, null);
            RunResult second = run(id, HALF, throughStateFile(first.checkpoint()));

            assertThat(whole.stopReason()).as("%s: %s", id, whole.stopDetail()).isEqualTo(StopReason.STEP_BUDGET);
            assertThat(second.steps()).isEqualTo(2 * HALF);
            assertThat(second.finalPoint()).as("final point").containsExactly(whole.finalPoint());
            assertThat(second.finalValue()).isEqualTo(whole.finalValue());
            for (int row = 0; row <= HALF; row++) {
                assertThat(second.trajectory().point(row)).as("point at step %d", HALF + row).containsExactly(whole.trajectory().point(HALF + row));
            }
            assertThat(second.checkpoint().optimizerState()).as("optimizer state").isEqualTo(whole.checkpoint().optimizerState());
            assertThat(second.checkpoint().scheduleState()).as("schedule state").isEqualTo(whole.checkpoint().scheduleState());
            assertThat(whole.finalPoint()).as("the run moved").isNotEqualTo(new double[] {-1.5, 2});
        }));
    }

    @Test
    void everyBuiltInOptimizerHasAConfigurationHere() {
        assertThat(CONFIGURATIONS.keySet()).containsAll(optimizerIds());
    }

    private static java.util.Set<String> optimizerIds() {
        return APP.listProviders().list().of(ProviderKind.OPTIMIZER).stream().map(p -> p.info().id())
                .filter(CONFIGURATIONS::containsKey).collect(Collectors.toSet());
    }

    @Test
    void aStateOfAnotherOptimizerIsRefusedNamingBoth() {
        Checkpoint adam = run("adam", 3, null).checkpoint();
        RunCommand resume = RunCommand.builder().objective("rosenbrock").optimizer("rmsprop", Map.of()).resume(adam).steps(3)
                .schedule(ComponentChoice.of("cosine", Map.of("t_max", "30", "eta_min", "1e-5"))).build();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> APP.runOptimization().run(resume, RunObserver.NONE, Cancellation.NEVER));

        assertThat(refused.getMessage()).contains("'adam'").contains("'rmsprop'");
    }

    @Test
    void aStateOfAnotherConfigurationIsRefusedNamingWhatDiffers() {
        Checkpoint centered = run("rmsprop", 3, null).checkpoint();
        RunCommand resume = RunCommand.builder().objective("rosenbrock").optimizer("rmsprop", Map.of("momentum", "0.5")).resume(centered)
                .steps(3).schedule(ComponentChoice.of("cosine", Map.of("t_max", "30", "eta_min", "1e-5"))).build();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> APP.runOptimization().run(resume, RunObserver.NONE, Cancellation.NEVER));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("resume");
            assertThat(p.reason()).contains("grad_avg").contains("not centered");
        });
    }

    @Test
    void anLbfgsStateWithALongerHistoryThanAllowedIsRefused() {
        Checkpoint long3 = run("lbfgs", HALF, null).checkpoint();
        assertThat(long3.optimizerState().arrayOrNull("ro")).hasSize(3);
        RunCommand resume = RunCommand.builder().objective("rosenbrock")
                .optimizer("lbfgs", Map.of("line_search_fn", "strong_wolfe", "history_size", "2", "max_iter", "4")).resume(long3).steps(3)
                .schedule(ComponentChoice.of("cosine", Map.of("t_max", "30", "eta_min", "1e-5"))).build();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> APP.runOptimization().run(resume, RunObserver.NONE, Cancellation.NEVER));

        assertThat(refused.getMessage()).contains("3 curvature pairs").contains("history_size=2");
    }
}
