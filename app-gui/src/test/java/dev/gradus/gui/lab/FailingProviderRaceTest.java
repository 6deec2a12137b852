package dev.gradus.gui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.Provider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.DiscoveredProvider;
import dev.gradus.app.plugin.ProviderInventory;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.ProviderSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** A plugin optimizer that throws in the middle of a race: the lab says so in words, the other runs finish, and the lab stays usable. */
class FailingProviderRaceTest {

    /** An optimizer from a "plugin" that throws at its third step. */
    public static final class Throwing implements OptimizerProvider {
        @Override
        public ProviderInfo info() {
            return new ProviderInfo("throwing", "Throwing", "1.0", GradusApi.VERSION, "Throws at its third step.");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(RealParameter.learningRate(0.1));
        }

        @Override
        public Optimizer<?> create(ParameterValues values) {
            return new Optimizer<Steps>() {
                @Override
                public Steps init(int dimension) {
                    return new Steps(dimension);
                }

                @Override
                public void update(Steps state, double[] x, double[] g, StepContext context) {
                    if (++state.steps == 3) {
                        throw new IllegalStateException("the plugin's own bug");
                    }
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= context.learningRate() * g[i];
                    }
                }

                @Override
                public Steps restore(StateSnapshot snapshot) {
                    return new Steps(snapshot.dimension());
                }
            };
        }
    }

    static final class Steps implements OptimizerState {
        private final int dimension;
        long steps;

        Steps(int dimension) {
            this.dimension = dimension;
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public StateSnapshot snapshot() {
            return StateSnapshot.builder(dimension, steps).build();
        }
    }

    /** The built-in providers found on the class path, and {@code plugin} as if from a plugin folder. */
    static GradusApplication appWith(OptimizerProvider plugin) {
        List<DiscoveredProvider> found = new ArrayList<>();
        Map<Class<? extends Provider>, ProviderKind> kinds = Map.of(OptimizerProvider.class, ProviderKind.OPTIMIZER, ObjectiveProvider.class,
                ProviderKind.OBJECTIVE, GradientEstimatorProvider.class, ProviderKind.ESTIMATOR, ScheduleProvider.class, ProviderKind.SCHEDULE,
                dev.gradus.api.spi.DataSetProvider.class, ProviderKind.DATA_SET);
        kinds.forEach((type, kind) -> ServiceLoader.load(type).forEach(p -> found.add(new DiscoveredProvider(new ProviderSummary(kind, p.info(),
                "built-in"), p))));
        found.add(new DiscoveredProvider(new ProviderSummary(ProviderKind.OPTIMIZER, plugin.info(), "test plugin"), plugin));
        return GradusApplication.over(new ProviderInventory(found, List.of()));
    }

    /** Waits for the race to end (its status says done, or a run's problem) and gives the status. */
    static String awaitDone(RacePanel panel) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        AtomicReference<String> status = new AtomicReference<>("");
        while (System.nanoTime() < end) {
            SwingUtilities.invokeAndWait(() -> status.set(panel.statusText()));
            if (status.get().startsWith("done") || status.get().startsWith("<html>run ")) {
                return status.get();
            }
            Thread.sleep(50);
        }
        return status.get();
    }

    @Test
    void aThrowingPluginOptimizerIsSaidInWordsAndTheOtherRunsFinish() throws Exception {
        AtomicReference<RacePanel> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> made.set(new RacePanel(appWith(new Throwing()))));
        RacePanel panel = made.get();
        try {
            assertThat(awaitDone(panel)).isEqualTo("done: 4 runs, 30 steps");
            SwingUtilities.invokeAndWait(() -> {
                panel.runEditors().get(1).chooseOptimizer("throwing");
                panel.run();
            });
            String status = awaitDone(panel);

            assertThat(status).isEqualTo("<html>run 2: optimizer 'throwing' failed at step 2: IllegalStateException: the plugin's own bug</html>");
            AtomicReference<Integer> others = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> others.set(panel.lossChart().pointCount(3)));
            assertThat(others.get()).as("run 4 raced to its end after run 2 failed").isEqualTo(31);

            // and the lab goes on: the next race is fine
            SwingUtilities.invokeAndWait(() -> {
                panel.runEditors().get(1).chooseOptimizer("adam");
                panel.run();
            });
            assertThat(awaitDone(panel)).isEqualTo("done: 4 runs, 30 steps");
        } finally {
            panel.dispose();
        }
    }
}
