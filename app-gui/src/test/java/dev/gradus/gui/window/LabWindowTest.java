package dev.gradus.gui.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.gui.GradusLab;
import java.util.regex.Pattern;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lab's real window, driven by a robot on a (virtual) display. */
class LabWindowTest {
    private static final GradusApplication APP = GradusApplication.start(PluginFolders.NONE);
    private FrameFixture window;

    @BeforeEach
    void open() {
        Display.require();
        window = new FrameFixture(GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            return GradusLab.frame(APP);
        }));
        window.show();
    }

    private void awaitStatus(Pattern pattern) {
        LabWindows.awaitStatus(window, pattern);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void theRaceOpensOnTheBooksComparisonRunsItAndTheLossFalls() {
        window.tabbedPane("lab.tabs").requireSelectedTab(org.assertj.swing.data.Index.atIndex(0));
        awaitStatus(Pattern.compile("done: 4 runs, 30 steps"));
        window.textBox("lab.start").requireText("-7,2");
        window.list("lab.objectives.list").requireSelection(Pattern.compile(".*elongated-bowl"));
        window.button("lab.play").click();
        org.assertj.swing.timing.Pause.pause(4000);
        Screenshots.save(window.target(), "race");
    }

    @Test
    void theLandscapeKeepsOneScaleAndDraggingTheStartPointRacesFromWhereItIsLetGo() {
        awaitStatus(Pattern.compile("done: 4 runs, 30 steps"));
        org.jfree.chart.ChartPanel view = (org.jfree.chart.ChartPanel) window.panel("lab.view").target();
        org.jfree.chart.plot.XYPlot plot = view.getChart().getXYPlot();
        java.awt.geom.Rectangle2D area = GuiActionRunner.execute(() -> view.getScreenDataArea());
        double xPerPixel = plot.getDomainAxis().getRange().getLength() / area.getWidth();
        double yPerPixel = plot.getRangeAxis().getRange().getLength() / area.getHeight();
        assertThat(xPerPixel / yPerPixel).as("one unit of x as long as one of y").isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.04));

        java.awt.Point from = screen(view, plot, area, -7, 2);
        java.awt.Point to = screen(view, plot, area, -3, -1);
        window.robot().moveMouse(from);
        window.robot().pressMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        for (int k = 1; k <= 10; k++) {
            window.robot().moveMouse(new java.awt.Point(from.x + (to.x - from.x) * k / 10, from.y + (to.y - from.y) * k / 10));
        }
        window.robot().releaseMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);

        awaitStatus(Pattern.compile("done: 4 runs, 30 steps"));
        String[] start = window.textBox("lab.start").text().split(",");
        assertThat(Double.parseDouble(start[0])).isCloseTo(-3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(Double.parseDouble(start[1])).isCloseTo(-1, org.assertj.core.data.Offset.offset(0.1));
        assertThat(plot.getDomainAxis().getRange().getLength()).as("a drag of the start point is no zoom")
                .isCloseTo(xPerPixel * area.getWidth(), org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Where data point (x, y) of the view's plot is on the screen. */
    private static java.awt.Point screen(org.jfree.chart.ChartPanel view, org.jfree.chart.plot.XYPlot plot, java.awt.geom.Rectangle2D area,
                                         double x, double y) {
        java.awt.Point origin = GuiActionRunner.execute(() -> view.getLocationOnScreen());
        double px = plot.getDomainAxis().valueToJava2D(x, area, org.jfree.chart.ui.RectangleEdge.BOTTOM);
        double py = plot.getRangeAxis().valueToJava2D(y, area, org.jfree.chart.ui.RectangleEdge.LEFT);
        return new java.awt.Point(origin.x + (int) Math.round(px), origin.y + (int) Math.round(py));
    }

    @Test
    void aValueOutOfRangeIsShownInWordsAndTheLabStaysUsable() {
        awaitStatus(Pattern.compile("done: .*"));
        window.textBox("lab.start").deleteText().enterText("1,2,3");
        window.button("lab.run").click();
        awaitStatus(Pattern.compile(".*start.*"));
        window.textBox("lab.start").deleteText().enterText("-3,1");
        window.button("lab.run").click();
        awaitStatus(Pattern.compile("done: 4 runs, 30 steps"));
    }

    @Test
    void aScenarioChosenFromTheListIsLoadedAndRaced() {
        awaitStatus(Pattern.compile("done: .*"));
        window.comboBox("lab.scenarios").selectItem(Pattern.compile("Seed 002.*"));

        awaitStatus(Pattern.compile("done: 1 run, 20 steps"));
        window.textBox("lab.start").requireText("0,0");
        window.textBox("lab.steps").requireText("20");
        window.list("lab.objectives.list").requireSelection(Pattern.compile(".*shifted-bowl"));
    }

    @Test
    void theXorScenarioTrainsTheNetworkAndShowsItsDecisionRegions() {
        awaitStatus(Pattern.compile("done: .*"));
        window.comboBox("lab.scenarios").selectItem(Pattern.compile("Seed 003.*"));

        awaitStatus(Pattern.compile("done: 2 runs, 5001 steps"));
        window.slider("lab.scrub").slideToMaximum();
        org.assertj.swing.timing.Pause.pause(500);
        Screenshots.save(window.target(), "xor");
    }

    @Test
    void seedZeroShowsEachStepsBatchFitAndTheOptimizersInternalsCanBeShown() {
        awaitStatus(Pattern.compile("done: .*"));
        window.comboBox("lab.scenarios").selectItem(Pattern.compile("Seed 000.*"));
        awaitStatus(Pattern.compile("done: 1 run, 100 steps"));
        window.list("lab.objectives.list").requireSelection(Pattern.compile(".*sampled-polynomial"));
        window.slider("lab.scrub").slideTo(20);
        org.assertj.swing.timing.Pause.pause(300);
        org.jfree.chart.ChartPanel view = (org.jfree.chart.ChartPanel) window.panel("lab.view").target();
        int batchFit = GuiActionRunner.execute(() -> view.getChart().getXYPlot().getDataset().getItemCount(1));
        assertThat(batchFit).as("the batch fit of step 20, drawn over the full fit").isEqualTo(161);
        Screenshots.save(window.target(), "seed000");

        window.comboBox("lab.scenarios").selectItem(Pattern.compile("The book.*"));
        awaitStatus(Pattern.compile("done: 4 runs, 30 steps"));
        window.checkBox("lab.internals").check();
        window.slider("lab.scrub").slideTo(8);
        window.panel("lab.states").requireVisible();
        org.assertj.swing.timing.Pause.pause(300);
        Screenshots.save(window.target(), "internals");
    }

    @Test
    void aFormulaTypedInTheFormulaTabIsRacedOn() {
        awaitStatus(Pattern.compile("done: .*"));
        window.tabbedPane("lab.tabs").selectTab("Formula");
        window.textBox("formula.expression").deleteText().enterText("(x - 1)^2 + 3*(y + 2)^2");
        window.button("formula.race").requireEnabled().click();

        awaitStatus(Pattern.compile("done: 4 runs, 30 steps"));
        window.tabbedPane("lab.tabs").requireSelectedTab(org.assertj.swing.data.Index.atIndex(0));
        window.tabbedPane("lab.tabs").selectTab("Formula");
        window.textBox("formula.expression").deleteText().enterText("(x - 1)^2 +");
        window.button("formula.race").requireDisabled();
    }

    @Test
    void aMillionStepRaceLeavesTheWindowResponsiveAndAStopEndsIt() {
        awaitStatus(Pattern.compile("done: .*"));
        window.textBox("lab.tolerance").deleteText().enterText("0");
        window.textBox("lab.steps").deleteText().enterText("1000000");
        window.button("lab.run").click();
        awaitStatus(Pattern.compile("done: 4 runs, 1000000 steps"));
        window.button("lab.next").click();
        window.label("lab.status").requireText("done: 4 runs, 1000000 steps");

        window.textBox("lab.steps").deleteText().enterText("1000000000");
        window.button("lab.run").click();
        awaitStatus(Pattern.compile("run 1 of 4: step \\d+"));
        window.button("lab.stop").click();
        awaitStatus(Pattern.compile("(?s).*cancelled after \\d+ steps.*"));
    }

    @Test
    void aDivergingRunIsSaidInWordsAndTheOthersFinish() {
        awaitStatus(Pattern.compile("done: .*"));
        window.textBox("lab.steps").deleteText().enterText("200");
        window.panel("lab.race").textBox("lab.start").deleteText().enterText("-7,2");
        GuiActionRunner.execute(() -> {
            javax.swing.JTextField lr = (javax.swing.JTextField) window.robot().finder()
                    .find(c -> c instanceof javax.swing.JTextField t && "0.95".equals(t.getText()) && c.isShowing());
            lr.setText("50");
        });
        window.button("lab.run").click();
        awaitStatus(Pattern.compile("(?s).*run 1: the (loss|gradient) became (infinite|NaN) at step \\d+.*"));
    }

    @Test
    void aBadFormulaTypedInTheFormulaTabIsShownWithItsPosition() {
        window.tabbedPane("lab.tabs").selectTab("Formula");
        window.textBox("formula.expression").deleteText().enterText("x^2 + * y");

        window.textBox("formula.report").requireText(Pattern.compile("(?s).*column 7.*\\^.*"));
        window.textBox("formula.expression").deleteText().enterText("x^2 + y");
        assertThat(window.textBox("formula.report").text()).contains("autodiff");
    }
}
