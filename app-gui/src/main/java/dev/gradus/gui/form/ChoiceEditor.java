package dev.gradus.gui.form;

import java.awt.event.ItemEvent;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JComponent;

/** A combo box of the choices in declaration order; its text is the chosen word. */
final class ChoiceEditor implements ParameterEditor {
    private final JComboBox<String> box;

    ChoiceEditor(List<String> choices, String selected, Runnable onEdit) {
        box = new JComboBox<>(choices.toArray(String[]::new));
        box.setSelectedItem(selected);
        // a change of choice is a deselection and a selection; report the selection only
        box.addItemListener(e -> {
            if (e.getStateChange() == ItemEvent.SELECTED) {
                onEdit.run();
            }
        });
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
        return (String) box.getSelectedItem();
    }

    @Override
    public void setText(String text) {
        box.setSelectedItem(text.strip());
    }
}
