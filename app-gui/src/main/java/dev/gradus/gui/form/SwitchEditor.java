package dev.gradus.gui.form;

import javax.swing.JCheckBox;
import javax.swing.JComponent;

/** A check box; its text is {@code true} or {@code false}. */
final class SwitchEditor implements ParameterEditor {
    private final JCheckBox box = new JCheckBox();

    SwitchEditor(boolean selected, Runnable onEdit) {
        box.setSelected(selected);
        // an item event comes only when the state changes: one per click
        box.addItemListener(e -> onEdit.run());
    }

    @Override
    public JComponent component() {
        return box;
    }

    @Override
    public JComponent marked() {
        return box;
    }

    @Override
    public String text() {
        return Boolean.toString(box.isSelected());
    }

    @Override
    public void setText(String text) {
        box.setSelected(text.strip().equalsIgnoreCase("true"));
    }
}
