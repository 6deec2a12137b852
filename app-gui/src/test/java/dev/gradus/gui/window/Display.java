package dev.gradus.gui.window;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;

/**
 * Window tests need a display. Run by hand without one they are skipped; with
 * {@code GRADUS_REQUIRE_DISPLAY} set (as {@code .ci/run} sets it, inside {@code xvfb-run}) a
 * missing display fails them, so CI cannot pass without running them.
 */
final class Display {
    static final String REQUIRE = "GRADUS_REQUIRE_DISPLAY";

    private Display() {
    }

    static void require() {
        boolean headless = GraphicsEnvironment.isHeadless();
        if (headless && System.getenv(REQUIRE) != null) {
            fail(REQUIRE + " is set but there is no display (DISPLAY=" + System.getenv("DISPLAY") + ")");
        }
        assumeFalse(headless, "no display: window tests skipped (set " + REQUIRE + " to make this a failure)");
    }
}
