package dev.gradus.gui.lab;

import dev.gradus.api.param.ParameterSpace;
import dev.gradus.gui.form.ParameterForm;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * One run of a race: the optimizer (any discovered one, plugins included) and a form of its
 * hyperparameters built from its descriptors, under a swatch of the run's colour.
 */
final class RunEditor extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, ParameterSpace> spaces;
    private final JComboBox<String> optimizer;
    private final JPanel formHolder = new JPanel(new BorderLayout());
    private final JButton remove = new JButton("Remove");
    private final JComboBox<String> gradient;
    private transient Map<String, ?> gradientValues = Map.of();
    private String gradientValuesFor;
    private ParameterForm form;
    private final transient List<Runnable> listeners = new ArrayList<>();

    /**
     * @param optimizers the optimizer ids to offer
     * @param spaces     each optimizer's parameters
     * @param colour     the run's colour
     * @param id         the optimizer chosen at first
     * @param texts      its values as the command line writes them (missing ones: defaults)
     */
    RunEditor(List<String> optimizers, Function<String, ParameterSpace> spaces, Color colour, String id, Map<String, String> texts) {
        this(optimizers, spaces, List.of(), colour, id, texts);
    }

    /**
     * @param estimators the gradient estimator ids to offer beside the objective's default
     */
    RunEditor(List<String> optimizers, Function<String, ParameterSpace> spaces, List<String> estimators, Color colour, String id,
              Map<String, String> texts) {
        super(new BorderLayout(4, 2));
        this.spaces = spaces;
        this.optimizer = new JComboBox<>(optimizers.toArray(String[]::new));
        optimizer.setName("lab.run.optimizer");
        remove.setName("lab.run.remove");
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 4, 0, 0, colour),
                BorderFactory.createEmptyBorder(4, 6, 4, 4)));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        top.add(new JLabel("optimizer"));
        top.add(optimizer);
        top.add(remove);
        List<String> gradients = new ArrayList<>();
        gradients.add(DEFAULT_GRADIENT);
        gradients.addAll(estimators);
        gradient = new JComboBox<>(gradients.toArray(String[]::new));
        gradient.setName("lab.run.gradient");
        gradient.setToolTipText("The gradient estimator: the objective's exact gradient by default");
        gradient.addActionListener(e -> fire());
        JPanel north = new JPanel(new BorderLayout());
        north.add(top, BorderLayout.NORTH);
        JPanel gradientRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        gradientRow.add(new JLabel("gradient"));
        gradientRow.add(gradient);
        north.add(gradientRow, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);
        add(formHolder, BorderLayout.CENTER);
        optimizer.setSelectedItem(id);
        rebuild(texts);
        optimizer.addActionListener(e -> {
            rebuild(Map.of());
            fire();
        });
    }

    private void rebuild(Map<String, String> texts) {
        String id = optimizer();
        form = new ParameterForm(id, spaces.apply(id));
        if (!texts.isEmpty()) {
            form.setTexts(texts);
        }
        form.addChangeListener(this::fire);
        formHolder.removeAll();
        formHolder.add(form, BorderLayout.CENTER);
        formHolder.revalidate();
        formHolder.repaint();
    }

    /** What the gradient combo shows for the objective's own default estimator. */
    static final String DEFAULT_GRADIENT = "(default)";

    /**
     * The gradient estimator chosen, with its values, or null for the objective's default. A
     * scenario's estimator keeps its values while it stays chosen; another gets its defaults.
     */
    dev.gradus.app.port.in.ComponentChoice gradient() {
        String id = (String) gradient.getSelectedItem();
        if (id == null || id.equals(DEFAULT_GRADIENT)) {
            return null;
        }
        return dev.gradus.app.port.in.ComponentChoice.of(id, id.equals(gradientValuesFor) ? gradientValues : Map.of());
    }

    /** Chooses the gradient estimator (null: the default) with these values. */
    void chooseGradient(dev.gradus.app.port.in.ComponentChoice choice) {
        if (choice == null) {
            gradient.setSelectedItem(DEFAULT_GRADIENT);
            return;
        }
        gradientValues = choice.values();
        gradientValuesFor = choice.id();
        gradient.setSelectedItem(choice.id());
    }

    /** The chosen optimizer's id. */
    String optimizer() {
        return (String) optimizer.getSelectedItem();
    }

    /** Chooses an optimizer (its defaults). */
    void chooseOptimizer(String id) {
        optimizer.setSelectedItem(id);
    }

    /** The form of the chosen optimizer. */
    ParameterForm form() {
        return form;
    }

    /** The hyperparameters as typed, as the command line writes them. */
    Map<String, String> texts() {
        return form.texts();
    }

    /** Whether the form's values are all allowed. */
    boolean isValidNow() {
        return form.isValidNow();
    }

    /** {@code adam lr=0.3}: the optimizer and the values that differ from its defaults. */
    String label() {
        StringBuilder sb = new StringBuilder(optimizer());
        dev.gradus.app.port.in.ComponentChoice g = gradient();
        if (g != null) {
            sb.append(" [").append(g.id());
            g.values().forEach((name, value) -> sb.append(' ').append(name).append('=').append(value));
            sb.append(']');
        }
        Map<String, String> defaults = new ParameterForm(optimizer(), form.space()).texts();
        form.texts().forEach((name, value) -> {
            if (!value.equals(defaults.get(name))) {
                sb.append(' ').append(name).append('=').append(value);
            }
        });
        return sb.toString();
    }

    /** The remove button, for the race panel to wire. */
    JButton removeButton() {
        return remove;
    }

    /** Called on every change of optimizer or value. */
    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
