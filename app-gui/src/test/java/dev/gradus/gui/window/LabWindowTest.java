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

    /** Waits up to 20 s for the status line to match. */
    private void awaitStatus(Pattern pattern) {
        long end = System.nanoTime() + 20_000_000_000L;
        String text = "";
        while (System.nanoTime() < end) {
            text = window.label("lab.status").text();
            if (pattern.matcher(text).matches()) {
                return;
            }
            org.assertj.swing.timing.Pause.pause(50);
        }
        assertThat(text).as("the status line").matches(pattern);
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
