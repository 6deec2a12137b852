package dev.gradus.gui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.RunSpec;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The race panel's model side, headless: scenarios load, race, and come back out as the same specification. */
class RacePanelTest {
    private static final GradusApplication APP = GradusApplication.start(PluginFolders.NONE);
    private RacePanel panel;

    @BeforeEach
    void make() throws Exception {
        AtomicReference<RacePanel> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> made.set(new RacePanel(APP)));
        panel = made.get();
    }

    @AfterEach
    void dispose() {
        panel.dispose();
    }

    private String awaitDone() throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        AtomicReference<String> status = new AtomicReference<>("");
        while (System.nanoTime() < end) {
            SwingUtilities.invokeAndWait(() -> status.set(panel.statusText()));
            if (status.get().startsWith("done") || status.get().contains("run ") && status.get().startsWith("<html>")) {
                return status.get();
            }
            Thread.sleep(50);
        }
        return status.get();
    }

    private static RunSpec scenario(String name) {
        return APP.scenarios().builtIn().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void itOpensOnTheBooksComparisonAndRacesIt() throws Exception {
        assertThat(awaitDone()).isEqualTo("done: 4 runs, 30 steps");
        AtomicReference<RunSpec> spec = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> spec.set(panel.spec("mine")));

        assertThat(spec.get().objective().id()).isEqualTo("elongated-bowl");
        assertThat(spec.get().start()).containsExactly(-7, 2);
        assertThat(spec.get().runs()).extracting(r -> r.optimizer().id()).containsExactly("sgd", "sgd", "adagrad", "adam");
        assertThat(spec.get().runs().get(1).optimizer().values()).containsEntry("lr", "0.1").containsEntry("momentum", "0.9");
    }

    @Test
    void eachRunTakesAScheduleAndClippingAndABadBoundIsSaidInWords() throws Exception {
        awaitDone();
        SwingUtilities.invokeAndWait(() -> {
            RunEditor first = panel.runEditors().get(0);
            first.chooseSchedule(dev.gradus.app.port.in.ComponentChoice.of("cosine", java.util.Map.of("eta_min", "0.001")));
            first.setClipping(10.0, null);
            panel.run();
        });
        assertThat(awaitDone()).isEqualTo("done: 4 runs, 30 steps");
        AtomicReference<RunSpec> spec = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> spec.set(panel.spec("scheduled")));
        RunSpec.Run run = spec.get().runs().get(0);
        assertThat(run.schedule().id()).isEqualTo("cosine");
        assertThat(run.schedule().values()).containsEntry("eta_min", "0.001");
        assertThat(run.clipNorm()).isEqualTo(10.0);
        assertThat(run.clipValue()).isNull();
        assertThat(spec.get().commands().get(0).clipNorm()).isEqualTo(10.0);

        AtomicReference<String> status = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            panel.runEditors().get(1).setClipping(null, -1.0);
            panel.run();
            status.set(panel.statusText());
        });
        assertThat(status.get()).contains("clip-value").contains("must be a number > 0");
    }

    @Test
    void aOneDimensionalRaceMarksEveryRun() throws Exception {
        awaitDone();
        SwingUtilities.invokeAndWait(() -> {
            panel.load(scenario("seed-001-parabola"));
            panel.addRun("adam", java.util.Map.of("lr", "0.5"));
            panel.run();
        });
        assertThat(awaitDone()).isEqualTo("done: 2 runs, 15 steps");
        AtomicReference<Integer> markers = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> markers.set(panel.curveMarkers()));
        assertThat(markers.get()).as("the second run's marker beside the first run's point and tangent").isEqualTo(1);
    }

    @Test
    void seedZeroShowsTheBatchFitOfEachStepAndATrailOfThePoint() throws Exception {
        awaitDone();
        SwingUtilities.invokeAndWait(() -> panel.load(scenario("seed-000-sampled-polynomial")));
        assertThat(awaitDone()).isEqualTo("done: 1 run, 100 steps");
        AtomicReference<int[]> shown = new AtomicReference<>();
        AtomicReference<int[]> atStart = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            panel.playback().pause();
            panel.playback().scrub(20);
            shown.set(panel.curveOverlayAndTrail());
            panel.playback().scrub(0);
            atStart.set(panel.curveOverlayAndTrail());
        });
        assertThat(shown.get()).containsExactly(BatchCurves.SAMPLES, CurveView.TRAIL);
        assertThat(atStart.get()).as("no earlier positions at step 0").containsExactly(BatchCurves.SAMPLES, 0);
    }

    @Test
    void stateVectorsAreChartedForTheFirstRunThatKeepsThemAndDrawnByKindOnTheCurve() throws Exception {
        assertThat(awaitDone()).isEqualTo("done: 4 runs, 30 steps");
        AtomicReference<String> title = new AtomicReference<>();
        AtomicReference<java.util.List<String>> series = new AtomicReference<>();
        AtomicReference<Boolean> shownInCharts = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            panel.showInternals(true);
            title.set(panel.stateChart().chart().getTitle().getText());
            series.set(java.util.stream.IntStream.range(0, panel.stateChart().seriesCount()).mapToObj(panel.stateChart()::seriesName).toList());
            org.jfree.chart.ChartPanel shown = find(panel, "lab.states");
            shownInCharts.set(shown != null && shown.getChart() == panel.stateChart().chart());
        });
        // run 1 is plain SGD with no state; run 2 is momentum, with its buffer
        assertThat(title.get()).isEqualTo("State vectors of run 2");
        assertThat(series.get()).containsExactly("momentum buffer");
        assertThat(shownInCharts.get()).isTrue();

        SwingUtilities.invokeAndWait(() -> {
            panel.load(scenario("seed-001-parabola"));
            panel.runEditors().get(0).chooseOptimizer("adam");
            panel.run();
        });
        awaitDone();
        AtomicReference<java.util.List<dev.gradus.figures.StateGlyph>> glyphs = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            panel.playback().pause();
            panel.playback().scrub(5);
            glyphs.set(panel.curveGlyphs());
        });
        assertThat(glyphs.get()).extracting(dev.gradus.figures.StateGlyph::name).containsExactly("first moment", "second moment");
        // on x^2 from 9 the gradient stays positive, so does the first moment: still a direction, as Adam declares
        assertThat(glyphs.get().get(0).kind()).isEqualTo(dev.gradus.api.optimizer.StateVectorKind.DIRECTION);
        assertThat(glyphs.get().get(0).component(0)).isPositive();
        assertThat(glyphs.get().get(1).kind()).isEqualTo(dev.gradus.api.optimizer.StateVectorKind.SCALE);
    }

    private static org.jfree.chart.ChartPanel find(java.awt.Container in, String name) {
        for (java.awt.Component c : in.getComponents()) {
            if (name.equals(c.getName()) && c instanceof org.jfree.chart.ChartPanel p && p.getParent() != null) {
                return p;
            }
            if (c instanceof java.awt.Container inner) {
                org.jfree.chart.ChartPanel found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void anNdObjectiveTracesTheCoordinatesChosenByNameOrNumber() throws Exception {
        awaitDone();
        SwingUtilities.invokeAndWait(() -> {
            panel.pickObjective("sphere");
            panel.setDimension("6");
        });
        assertThat(awaitDone()).isEqualTo("done: 4 runs, 30 steps");
        AtomicReference<java.util.List<Integer>> traced = new AtomicReference<>();
        AtomicReference<Boolean> refused = new AtomicReference<>();
        AtomicReference<String> status = new AtomicReference<>();
        AtomicReference<Integer> points = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            TraceView trace = panel.trace();
            traced.set(trace.traced());
            trace.choose("x5, 2");
            panel.playback().pause();
            panel.playback().scrub(10);
            points.set(trace.points(1));
            refused.set(!trace.choose("x9"));
            status.set(panel.statusText());
            traced.set(java.util.List.of(traced.get().size(), trace.traced().get(0), trace.traced().get(1)));
        });
        assertThat(traced.get()).as("three at first, then x5 and x2").containsExactly(3, 4, 1);
        assertThat(points.get()).as("rows 0 to 10 of the second traced coordinate").isEqualTo(11);
        assertThat(refused.get()).isTrue();
        assertThat(status.get()).contains("'x9' is neither a coordinate's name (x1 ... x6) nor a number from 1 to 6");
    }

    @Test
    void aScenarioWithItsOwnObjectiveValuesDataAndEstimatorsLoadsAndRaces() throws Exception {
        awaitDone();
        SwingUtilities.invokeAndWait(() -> panel.load(scenario("seed-003-xor")));

        assertThat(awaitDone()).isEqualTo("done: 2 runs, 5001 steps");
        AtomicReference<RunSpec> spec = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> spec.set(panel.spec("xor")));
        assertThat(spec.get().objective().values()).containsEntry("init", "normal");
        assertThat(spec.get().data().id()).isEqualTo("xor");
        assertThat(spec.get().runs().get(0).gradient().id()).isEqualTo("central");
        assertThat(spec.get().runs().get(0).gradient().values()).containsEntry("h", "0.1");
        assertThat(spec.get().runs().get(1).gradient().id()).isEqualTo("analytic");
        assertThat(spec.get().steps()).isEqualTo(5001);
        assertThat(spec.get().seed()).isEqualTo(3);
        AtomicReference<Integer> points = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> points.set(panel.accuracyChart().pointCount(0)));
        assertThat(points.get()).as("the first run's accuracies, thinned for drawing").isBetween(2000, 4002);
    }
}
