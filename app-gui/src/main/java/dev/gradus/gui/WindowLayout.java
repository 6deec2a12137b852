package dev.gradus.gui;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.prefs.Preferences;

/**
 * Remembers the lab window's place, size and maximized state between sessions, in the user's
 * preferences ({@code java.util.prefs}). A remembered place that no screen shows any more (a
 * monitor unplugged) is ignored, so the window never opens out of sight.
 */
final class WindowLayout {
    private WindowLayout() {
    }

    /** The lab's preferences node. */
    static Preferences node() {
        return Preferences.userNodeForPackage(WindowLayout.class).node("lab");
    }

    static void save(Frame frame, Preferences prefs) {
        boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        prefs.putBoolean("maximized", maximized);
        if (!maximized) {
            Rectangle r = frame.getBounds();
            prefs.putInt("x", r.x);
            prefs.putInt("y", r.y);
            prefs.putInt("width", r.width);
            prefs.putInt("height", r.height);
        }
    }

    static void restore(Frame frame, Preferences prefs) {
        frame.setBounds(bounds(prefs, frame.getBounds(), WindowLayout::visible));
        if (prefs.getBoolean("maximized", false)) {
            frame.setExtendedState(frame.getExtendedState() | Frame.MAXIMIZED_BOTH);
        }
    }

    /**
     * The bounds to open with: the remembered ones when a screen shows them, the remembered size
     * at the current place when none does, the current bounds when nothing sensible is remembered.
     */
    static Rectangle bounds(Preferences prefs, Rectangle current, java.util.function.Predicate<Rectangle> visible) {
        int width = prefs.getInt("width", -1);
        int height = prefs.getInt("height", -1);
        if (width < 400 || height < 300) {
            return current;
        }
        Rectangle wanted = new Rectangle(prefs.getInt("x", 0), prefs.getInt("y", 0), width, height);
        return visible.test(wanted) ? wanted : new Rectangle(current.x, current.y, width, height);
    }

    /** Whether a screen shows at least a 100 x 100 corner of {@code r}. */
    static boolean visible(Rectangle r) {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        for (var device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            Rectangle shown = device.getDefaultConfiguration().getBounds().intersection(r);
            if (shown.width >= 100 && shown.height >= 100) {
                return true;
            }
        }
        return false;
    }
}
