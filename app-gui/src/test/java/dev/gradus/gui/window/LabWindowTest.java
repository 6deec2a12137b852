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

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
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
