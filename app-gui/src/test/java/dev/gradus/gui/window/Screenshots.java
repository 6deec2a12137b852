package dev.gradus.gui.window;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Saves what a window shows as a PNG when the system property {@code gradus.screenshots} names a
 * folder (the README's pictures in {@code docs/} are made so); does nothing otherwise.
 */
final class Screenshots {
    private Screenshots() {
    }

    static void save(Component component, String name) {
        String folder = System.getProperty("gradus.screenshots");
        if (folder == null) {
            return;
        }
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage shot = new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_RGB);
            component.paintAll(shot.getGraphics());
            return shot;
        });
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
