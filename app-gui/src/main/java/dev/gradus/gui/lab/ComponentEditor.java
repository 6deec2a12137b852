package dev.gradus.gui.lab;

import dev.gradus.api.param.ParameterSpace;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.gui.form.ParameterForm;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * An optional component of a run (its gradient estimator, its schedule): a choice of provider,
 * or none, and a form of the chosen one's parameters built from its descriptors.
 */
final class ComponentEditor extends JPanel {
    private static final long serialVersionUID = 1L;

    private final String none;
    private final transient Function<String, ParameterSpace> spaces;
    private final JComboBox<String> choice;
    private final JPanel formHolder = new JPanel(new BorderLayout());
    private ParameterForm form;
    private final transient List<Runnable> listeners = new ArrayList<>();

    /**
     * @param label  what the component is ({@code gradient}, {@code schedule})
     * @param none   what the combo shows for no choice ({@code (default)}, {@code (none)})
     * @param ids    the provider ids to offer
     * @param spaces each one's parameters
     */
    ComponentEditor(String label, String none, List<String> ids, Function<String, ParameterSpace> spaces) {
        super(new BorderLayout());
        this.none = none;
        this.spaces = spaces;
        List<String> items = new ArrayList<>();
        items.add(none);
        items.addAll(ids);
        choice = new JComboBox<>(items.toArray(String[]::new));
        choice.setName("lab.run." + label);
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        row.add(new JLabel(label));
        row.add(choice);
        add(row, BorderLayout.NORTH);
        add(formHolder, BorderLayout.CENTER);
        choice.addActionListener(e -> {
            rebuild(Map.of());
            fire();
        });
    }

    private void rebuild(Map<String, String> texts) {
        formHolder.removeAll();
        form = null;
        String id = (String) choice.getSelectedItem();
        if (id != null && !id.equals(none)) {
            form = new ParameterForm(id, spaces.apply(id));
            if (!texts.isEmpty()) {
                form.setTexts(texts);
            }
            form.addChangeListener(this::fire);
            if (!form.space().isEmpty()) {
                formHolder.add(form, BorderLayout.CENTER);
            }
        }
        formHolder.revalidate();
        formHolder.repaint();
    }

    /** The chosen component with its values as typed, or null for none. */
    ComponentChoice value() {
        return form == null ? null : ComponentChoice.of(form.owner(), new java.util.LinkedHashMap<>(form.texts()));
    }

    /** Chooses a component (null: none) with these values (missing ones: defaults). */
    void set(ComponentChoice value) {
        if (value == null) {
            choice.setSelectedItem(none);
            return;
        }
        choice.setSelectedItem(value.id());
        rebuild(RunEditor.texts(value.values()));
    }

    /** Whether the chosen component's values are all allowed (true for none). */
    boolean isValidNow() {
        return form == null || form.isValidNow();
    }

    /** The chosen component's form, or null. */
    ParameterForm form() {
        return form;
    }

    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
