package dev.gradus.cli;

import dev.gradus.api.error.GradusException;
import dev.gradus.app.DesktopLauncher;
import java.awt.GraphicsEnvironment;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code gradus gui}: opens the desktop lab and returns when its window is closed. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the Gradus desktop lab.")
final class GuiCommand implements Callable<Integer> {
    @ParentCommand
    GradusCli parent;

    @Override
    public Integer call() {
        DesktopLauncher launcher = ServiceLoader.load(DesktopLauncher.class).findFirst()
                .orElseThrow(() -> new GradusException("the desktop app is not part of this build of gradus"));
        if (GraphicsEnvironment.isHeadless()) {
            throw new GradusException("gradus gui needs a graphical display, and none was found"
                    + (System.getenv("DISPLAY") == null ? " (DISPLAY is not set)" : " (DISPLAY=" + System.getenv("DISPLAY") + ")"));
        }
        launcher.open(parent.context.application(parent.pluginDirs, true));
        return ExitCode.OK;
    }
}
