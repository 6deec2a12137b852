package dev.gradus.gui.form;

import javax.swing.JComponent;
import javax.swing.JTextField;

/** A text field holding the value as typed: integers, integer lists ({@code 2-8-2}), free text. */
final class TextEditor implements ParameterEditor {
    private final JTextField field;

    TextEditor(String text, int columns, Runnable onEdit) {
        field = ParameterEditor.textField(text, columns, onEdit);
    }

    @Override
    public JComponent component() {
        return field;
    }

    @Override
    public JComponent marked() {
        return field;
    }

    @Override
    public String text() {
        return field.getText();
    }

    @Override
    public void setText(String text) {
        field.setText(text);
    }
}
