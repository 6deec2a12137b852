package dev.gradus.gui.lab;

import dev.gradus.api.param.ParameterSpace;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.gui.form.ParameterForm;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * One run of a race: the optimizer (any discovered one, plugins included) with a form of its
 * hyperparameters, the gradient estimator and the learning-rate schedule with theirs, and the
 * gradient clipping, all built from the providers' descriptors, under a swatch of the run's colour.
 */
final class RunEditor extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The parameters of every optimizer, estimator and schedule, by id. */
    record Spaces(Map<String, ParameterSpace> optimizers, Map<String, ParameterSpace> estimators, Map<String, ParameterSpace> schedules) {
        /** Only optimizers: no estimator or schedule to choose. */
        static Spaces of(Map<String, ParameterSpace> optimizers) {
            return new Spaces(optimizers, Map.of(), Map.of());
        }
    }

    /** What the gradient choice shows for the objective's own default estimator. */
    static final String DEFAULT_GRADIENT = "(default)";
    /** What the schedule choice shows for a constant learning rate. */
    static final String NO_SCHEDULE = "(constant)";

    private final transient Spaces spaces;
    private final JComboBox<String> optimizer;
    private final JPanel formHolder = new JPanel(new BorderLayout());
    private final JButton remove = new JButton("Remove");
    private final ComponentEditor gradient;
    private final ComponentEditor schedule;
    private final JTextField clipNorm = new JTextField(6);
    private final JTextField clipValue = new JTextField(6);
    private ParameterForm form;
    private final transient List<Runnable> listeners = new ArrayList<>();

    /**
     * @param spaces the parameters of what can be chosen
     * @param colour the run's colour
     * @param id     the optimizer chosen at first
     * @param texts  its values as the command line writes them (missing ones: defaults)
     */
    RunEditor(Spaces spaces, Color colour, String id, Map<String, String> texts) {
        super(new BorderLayout(4, 2));
        this.spaces = spaces;
        this.optimizer = new JComboBox<>(spaces.optimizers().keySet().toArray(String[]::new));
        optimizer.setName("lab.run.optimizer");
        remove.setName("lab.run.remove");
        clipNorm.setName("lab.run.clipnorm");
        clipValue.setName("lab.run.clipvalue");
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 4, 0, 0, colour),
                BorderFactory.createEmptyBorder(4, 6, 4, 4)));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        top.add(new JLabel("optimizer"));
        top.add(optimizer);
        top.add(remove);
        add(top, BorderLayout.NORTH);
        add(formHolder, BorderLayout.CENTER);

        gradient = new ComponentEditor("gradient", DEFAULT_GRADIENT, new ArrayList<>(spaces.estimators().keySet()), spaces.estimators()::get);
        schedule = new ComponentEditor("schedule", NO_SCHEDULE, new ArrayList<>(spaces.schedules().keySet()), spaces.schedules()::get);
        gradient.addChangeListener(this::fire);
        schedule.addChangeListener(this::fire);
        JPanel clips = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        clips.add(new JLabel("clip norm"));
        clips.add(clipNorm);
        clips.add(new JLabel("clip value"));
        clips.add(clipValue);
        clipNorm.setToolTipText("Rescale the gradient the optimizer sees to at most this norm (empty: off)");
        clipValue.setToolTipText("Clamp each gradient component the optimizer sees to [-v, v] (empty: off)");
        DocumentListener edits = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                fire();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                fire();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                fire();
            }
        };
        clipNorm.getDocument().addDocumentListener(edits);
        clipValue.getDocument().addDocumentListener(edits);
        JPanel extras = new JPanel();
        extras.setLayout(new BoxLayout(extras, BoxLayout.Y_AXIS));
        if (!spaces.estimators().isEmpty()) {
            extras.add(gradient);
        }
        if (!spaces.schedules().isEmpty()) {
            extras.add(schedule);
            extras.add(clips);
        }
        add(extras, BorderLayout.SOUTH);

        optimizer.setSelectedItem(id);
        rebuild(texts);
        optimizer.addActionListener(e -> {
            rebuild(Map.of());
            fire();
        });
    }

    private void rebuild(Map<String, String> texts) {
        String id = optimizer();
        form = new ParameterForm(id, spaces.optimizers().get(id));
        if (!texts.isEmpty()) {
            form.setTexts(texts);
        }
        form.addChangeListener(this::fire);
        formHolder.removeAll();
        formHolder.add(form, BorderLayout.CENTER);
        formHolder.revalidate();
        formHolder.repaint();
    }

    /** The gradient estimator chosen, with its values, or null for the objective's default. */
    ComponentChoice gradient() {
        return gradient.value();
    }

    /** Chooses the gradient estimator (null: the default) with these values. */
    void chooseGradient(ComponentChoice choice) {
        gradient.set(choice);
    }

    /** The schedule chosen, with its values, or null for a constant rate. */
    ComponentChoice schedule() {
        return schedule.value();
    }

    /** Chooses the schedule (null: none) with these values. */
    void chooseSchedule(ComponentChoice choice) {
        schedule.set(choice);
    }

    /** The gradient-norm bound, or null when off; a text that is not a number > 0 is refused. */
    Double clipNorm() {
        return bound("clip-norm", clipNorm.getText());
    }

    /** The bound of each gradient component, or null when off. */
    Double clipValue() {
        return bound("clip-value", clipValue.getText());
    }

    /** Sets both clipping bounds (null: off). */
    void setClipping(Double norm, Double value) {
        clipNorm.setText(norm == null ? "" : Double.toString(norm));
        clipValue.setText(value == null ? "" : Double.toString(value));
    }

    private static Double bound(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        Double value = dev.gradus.api.param.ParameterSpace.parseReal(text);
        if (value == null || !(value > 0)) {
            throw InvalidInputException.of(field, text, field + ": '" + text.strip() + "' must be a number > 0, or empty for no clipping");
        }
        return value;
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

    /** Whether every form's values are all allowed. */
    boolean isValidNow() {
        return form.isValidNow() && gradient.isValidNow() && schedule.isValidNow();
    }

    /** The first problem of the forms, in the command line's words; empty when there is none. */
    String firstProblem() {
        for (ParameterForm f : new ParameterForm[] {form, gradient.form(), schedule.form()}) {
            if (f != null && !f.isValidNow()) {
                return f.violations().isEmpty() ? f.owner() + ": a rule between its parameters is broken" : f.violations().get(0).message();
            }
        }
        return "";
    }

    /** {@code adam lr=0.3}: the optimizer and the values that differ from its defaults, then the estimator and schedule. */
    String label() {
        StringBuilder sb = new StringBuilder(optimizer());
        differences(sb, form);
        ComponentChoice g = gradient();
        if (g != null) {
            sb.append(" [").append(g.id());
            differences(sb, gradient.form());
            sb.append(']');
        }
        ComponentChoice s = schedule();
        if (s != null) {
            sb.append(" [").append(s.id());
            differences(sb, schedule.form());
            sb.append(']');
        }
        return sb.toString();
    }

    private static void differences(StringBuilder sb, ParameterForm form) {
        Map<String, String> defaults = new ParameterForm(form.owner(), form.space()).texts();
        form.texts().forEach((name, value) -> {
            if (!value.equals(defaults.get(name))) {
                sb.append(' ').append(name).append('=').append(value);
            }
        });
    }

    /** The remove button, for the race panel to wire. */
    JButton removeButton() {
        return remove;
    }

    /** Called on every change of choice or value. */
    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    /** Values as the command line writes them. */
    static Map<String, String> texts(Map<String, ?> values) {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((name, value) -> texts.put(name, value instanceof List<?> list
                ? String.join("-", list.stream().map(String::valueOf).toList()) : String.valueOf(value)));
        return texts;
    }
}
