package dev.gradus.gui.form;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/** Runs test code on the event dispatch thread, as Swing wants, and rethrows what fails there. */
final class Edt {
    private Edt() {
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> result.set(work.get()));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event dispatch thread", e);
        }
        return result.get();
    }

    /** Types {@code text} over the whole field, as selecting all and typing (or pasting) does: one edit. */
    static void typeOver(JTextField field, String text) {
        field.selectAll();
        field.replaceSelection(text);
    }
}
