package dev.gradus.gui.form;

import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.PlainDocument;

/**
 * A plain document that reports each completed edit once. A {@code DocumentListener} hears a
 * replacement (typing over a selection, a paste, {@code setText}) as a removal and then an insertion,
 * two events for one edit, the first with a half-done text; this document reports after the whole
 * edit, outside the document's lock (so the report may read the text), and only when the text changed.
 */
final class EditDocument extends PlainDocument {
    private static final long serialVersionUID = 1L;

    private final transient Runnable onEdit;
    private int depth;

    EditDocument(Runnable onEdit) {
        this.onEdit = onEdit;
    }

    @Override
    public void insertString(int offset, String text, AttributeSet attributes) throws BadLocationException {
        String before = text();
        depth++;
        try {
            super.insertString(offset, text, attributes);
        } finally {
            depth--;
        }
        reportIfChanged(before);
    }

    @Override
    public void remove(int offset, int length) throws BadLocationException {
        String before = text();
        depth++;
        try {
            super.remove(offset, length);
        } finally {
            depth--;
        }
        reportIfChanged(before);
    }

    @Override
    public void replace(int offset, int length, String text, AttributeSet attributes) throws BadLocationException {
        String before = text();
        depth++;
        try {
            // calls remove and insertString, which stay silent at this depth
            super.replace(offset, length, text, attributes);
        } finally {
            depth--;
        }
        reportIfChanged(before);
    }

    private void reportIfChanged(String before) {
        if (depth == 0 && !before.equals(text())) {
            onEdit.run();
        }
    }

    String text() {
        try {
            return getText(0, getLength());
        } catch (BadLocationException e) {
            throw new IllegalStateException("the whole text of a document is always in bounds", e);
        }
    }
}
