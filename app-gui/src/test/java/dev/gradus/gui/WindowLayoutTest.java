package dev.gradus.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WindowLayoutTest {
    private final Preferences prefs = Preferences.userRoot().node("dev/gradus/test/window-layout-" + ProcessHandle.current().pid());
    private final Rectangle current = new Rectangle(10, 20, 1280, 860);

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void rememberedBoundsAreTakenWhereAScreenShowsThem() {
        prefs.putInt("x", 50);
        prefs.putInt("y", 60);
        prefs.putInt("width", 900);
        prefs.putInt("height", 640);

        assertThat(WindowLayout.bounds(prefs, current, r -> true)).isEqualTo(new Rectangle(50, 60, 900, 640));
        assertThat(WindowLayout.bounds(prefs, current, r -> false)).as("off every screen: the size only").isEqualTo(new Rectangle(10, 20, 900, 640));
    }

    @Test
    void nothingSensibleRememberedKeepsTheCurrentBounds() {
        assertThat(WindowLayout.bounds(prefs, current, r -> true)).isEqualTo(current);
        prefs.putInt("width", 10);
        prefs.putInt("height", 640);
        assertThat(WindowLayout.bounds(prefs, current, r -> true)).isEqualTo(current);
    }
}
