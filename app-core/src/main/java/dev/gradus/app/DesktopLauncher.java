package dev.gradus.app;

/**
 * The desktop app as seen by other front ends: {@code gradus gui} finds an implementation with
 * {@link java.util.ServiceLoader} so the command line never names a Swing class.
 */
public interface DesktopLauncher {

    /**
     * Opens the desktop app over a started application and returns when its window is closed.
     *
     * @throws dev.gradus.api.error.GradusException when there is no display to open a window on
     */
    void open(GradusApplication application);
}
