package dev.gradus.gui;

import com.formdev.flatlaf.FlatLightLaf;
import dev.gradus.api.error.GradusException;
import dev.gradus.app.DesktopLauncher;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/** The Gradus desktop lab window; {@code gradus gui} opens it through {@link DesktopLauncher}. */
public final class GradusLab implements DesktopLauncher {

    /** Starts the lab on its own, with plugins from {@code GRADUS_PLUGIN_PATH}. */
    public static void main(String[] args) {
        new GradusLab().open(GradusApplication.start(PluginFolders.resolve(List.of(), System.getenv(PluginFolders.ENVIRONMENT_VARIABLE))));
    }

    /**
     * The lab's window, built but not shown; on the event thread. The window disposes itself when
     * closed.
     */
    public static JFrame frame(GradusApplication application) {
        JFrame frame = new JFrame("Gradus lab");
        frame.setName("lab");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("lab.tabs");
        dev.gradus.gui.lab.RacePanel race = new dev.gradus.gui.lab.RacePanel(application);
        tabs.addTab("Race", race);
        tabs.addTab("Catalog", new CatalogPanel(application.listProviders(), application.describeProvider()));
        FormulaPanel formula = new FormulaPanel(application.checkGradient());
        formula.onRace((expression, vars) -> {
            tabs.setSelectedComponent(race);
            race.raceFormula(expression, vars);
        });
        tabs.addTab("Formula", formula);
        frame.setContentPane(tabs);
        frame.setSize(1280, 860);
        WindowLayout.restore(frame, WindowLayout.node());
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                WindowLayout.save(frame, WindowLayout.node());
            }

            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                race.dispose();
            }
        });
        frame.setLocationByPlatform(true);
        return frame;
    }

    @Override
    public void open(GradusApplication application) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new GradusException("the desktop lab needs a graphical display, and none was found");
        }
        CountDownLatch closed = new CountDownLatch(1);
        try {
            SwingUtilities.invokeAndWait(() -> {
                FlatLightLaf.setup();
                JFrame frame = frame(application);
                frame.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        closed.countDown();
                    }
                });
                frame.setVisible(true);
            });
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new GradusException("the desktop lab could not open: " + e.getCause(), e.getCause());
        }
    }
}
