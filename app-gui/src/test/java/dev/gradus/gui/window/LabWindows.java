package dev.gradus.gui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.assertj.swing.fixture.FrameFixture;

/** What the window tests share: waiting for the lab's status line. */
final class LabWindows {
    private LabWindows() {
    }

    /** Waits up to 20 s for the status line of {@code window} to match {@code pattern}. */
    static void awaitStatus(FrameFixture window, Pattern pattern) {
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
}
