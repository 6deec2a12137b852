package dev.gradus.gui.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.gui.GradusLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.JComboBox;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin (examples/sign-descent), built by the reactor and kept off the test class
 * path, dropped into a plugin folder: the lab offers its optimizer, builds its form from its
 * descriptors and races it, with no change to the lab.
 */
class PluginLabWindowTest {
    @TempDir
    Path plugins;
    private FrameFixture window;

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void awaitStatus(Pattern pattern) {
        LabWindows.awaitStatus(window, pattern);
    }

    /** The texts of every label inside {@code container}. */
    private static List<String> labels(java.awt.Container container) {
        return GuiActionRunner.execute(() -> {
            List<String> texts = new java.util.ArrayList<>();
            collect(container, texts);
            return texts;
        });
    }

    private static void collect(java.awt.Container container, List<String> texts) {
        for (java.awt.Component c : container.getComponents()) {
            if (c instanceof javax.swing.JLabel l) {
                texts.add(l.getText());
            } else if (c instanceof java.awt.Container inner) {
                collect(inner, texts);
            }
        }
    }

    @Test
    void aPluginOptimizerIsOfferedGetsItsFormAndRaces() throws IOException {
        Display.require();
        String built = System.getProperty("gradus.example.plugin.jar");
        assertThat(built).as("the build passes the example plugin's jar as gradus.example.plugin.jar").isNotBlank();
        Files.copy(Path.of(built), plugins.resolve("sign-descent-plugin.jar"));
        GradusApplication app = GradusApplication.start(new PluginFolders(List.of(plugins), List.of()));
        window = new FrameFixture(GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            return GradusLab.frame(app);
        }));
        window.show();
        awaitStatus(Pattern.compile("done: 4 runs, 30 steps"));

        // the first run's optimizer: the topmost of the runs' optimizer choices
        @SuppressWarnings("unchecked")
        JComboBox<String> first = (JComboBox<String>) GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(c -> c instanceof JComboBox<?> && "lab.run.optimizer".equals(c.getName()) && c.isShowing()).stream()
                .min(java.util.Comparator.comparingInt(c -> c.getLocationOnScreen().y)).orElseThrow());
        java.awt.Container editor = GuiActionRunner.execute(() -> javax.swing.SwingUtilities.getAncestorOfClass(
                Class.forName("dev.gradus.gui.lab.RunEditor").asSubclass(java.awt.Container.class), first));
        assertThat(labels(editor)).as("SGD's form").contains("momentum", "nesterov");
        new JComboBoxFixture(window.robot(), first).selectItem("sign-descent");
        // its form comes from its descriptors: the learning rate and weight decay it declares, and none of SGD's
        assertThat(labels(editor)).contains("lr", "weight_decay").doesNotContain("momentum", "nesterov");

        // the change races again by itself: wait for the race of the plugin's run to finish
        ChartPanel loss = (ChartPanel) window.panel("lab.loss").target();
        long end = System.nanoTime() + 20_000_000_000L;
        String name = "";
        while (System.nanoTime() < end && !(name.startsWith("1 sign-descent") && window.label("lab.status").text().startsWith("done"))) {
            org.assertj.swing.timing.Pause.pause(50);
            name = GuiActionRunner.execute(() -> loss.getChart().getXYPlot().getDataset().getSeriesKey(0).toString());
        }
        assertThat(name).startsWith("1 sign-descent");
        awaitStatus(Pattern.compile("done: 4 runs, 30 steps"));
        int points = GuiActionRunner.execute(() -> loss.getChart().getXYPlot().getDataset().getItemCount(0));
        double first0 = GuiActionRunner.execute(() -> loss.getChart().getXYPlot().getDataset().getYValue(0, 0));
        double last = GuiActionRunner.execute(() -> loss.getChart().getXYPlot().getDataset().getYValue(0, points - 1));
        assertThat(points).isEqualTo(31);
        assertThat(last).as("sign descent goes down the valley from f(-7, 2) = 6.45").isLessThan(first0);
    }
}
