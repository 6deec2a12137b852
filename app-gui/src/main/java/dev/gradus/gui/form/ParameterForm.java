package dev.gradus.gui.form;

import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ChoiceParameter;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterDescriptor;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.spi.Provider;
import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * A form for one provider's parameters, built from its {@link ParameterSpace} alone, so that any
 * plugin's provider gets one. Each parameter has a row: its name (the description as tooltip), an
 * editor for its kind, and a line for the reason its value is refused. A real has a text field,
 * and a slider beside it when it is log-scaled (logarithmic) or has a finite range (linear; see
 * {@link SliderAxis}); an integer, an integer list and a text have a text field; a switch a check
 * box; a choice a combo box. Reasons that concern several parameters (the space's rules) are shown
 * below the rows.
 *
 * <p>Every editor holds its value as the text the command line would be given, and after every
 * edit the whole form is bound through {@link ParameterSpace#bind} with those texts, exactly as the
 * command line binds {@code -p NAME=VALUE}: a value is accepted or refused as there, and a refusal
 * shows the violation's own {@link ParameterViolation#message() message}, the line the command line
 * prints. A refused editor is outlined ({@code JComponent.outline} {@code "error"}, which FlatLaf
 * paints); the editors of a broken rule get {@code "warning"}.
 *
 * <p>Use it on the event dispatch thread only, like any Swing component.
 */
public final class ParameterForm extends JPanel {
    private static final long serialVersionUID = 1L;
    /** The client property FlatLaf reads to outline a component. */
    static final String OUTLINE = "JComponent.outline";
    private static final Color REFUSAL = new Color(176, 0, 32);

    private final String owner;
    private final transient ParameterSpace space;
    private final transient Map<String, Row> rows = new LinkedHashMap<>();
    private final JPanel formMessages = new JPanel();
    private final transient List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean quiet = true;
    private transient ParameterValues values;
    private transient List<ParameterViolation> violations = List.of();

    /**
     * A form showing the defaults.
     *
     * @param owner the provider's id, named in messages as the command line names it
     * @param space the provider's parameters
     */
    public ParameterForm(String owner, ParameterSpace space) {
        super(new GridBagLayout());
        this.owner = Objects.requireNonNull(owner, "owner");
        this.space = Objects.requireNonNull(space, "space");
        ParameterValues defaults = space.defaults();
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 6);
        c.anchor = GridBagConstraints.WEST;
        int y = 0;
        for (ParameterDescriptor descriptor : space.descriptors()) {
            Row row = new Row(descriptor, ParameterEditor.of(descriptor, defaults.format(descriptor.name()), this::edited));
            rows.put(descriptor.name(), row);
            c.gridy = y++;
            c.gridx = 0;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            add(row.label, c);
            c.gridx = 1;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            add(row.editor.component(), c);
            c.gridy = y++;
            add(row.message, c);
        }
        if (space.isEmpty()) {
            c.gridy = y++;
            c.gridx = 0;
            add(new JLabel("(no parameters)"), c);
        }
        formMessages.setLayout(new BoxLayout(formMessages, BoxLayout.Y_AXIS));
        formMessages.setOpaque(false);
        c.gridy = y;
        c.gridx = 0;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(formMessages, c);
        quiet = false;
        validateTexts();
    }

    /** A form for {@code provider}'s parameters. */
    public static ParameterForm of(Provider provider) {
        return new ParameterForm(provider.info().id(), provider.parameters());
    }

    /** The provider's id. */
    public String owner() {
        return owner;
    }

    /** The parameters this form edits. */
    public ParameterSpace space() {
        return space;
    }

    /**
     * Every parameter's value as the command line would write it after {@code NAME=}, in
     * declaration order: a real or integer as typed, {@code true} or {@code false}, the choice's
     * word, an integer list joined by dashes ({@code 2-8-2}), a text as it is.
     */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        rows.forEach((name, row) -> texts.put(name, row.editor.text()));
        return texts;
    }

    /**
     * Shows these values, read as the command line reads {@code -p NAME=VALUE} assignments: a name
     * not given takes its default. Listeners hear it as one edit, and only when a text changed.
     *
     * @throws InvalidParametersException when a name is not declared, or a switch or choice is given
     *                                    a text that is not one of its values (an editor that cannot
     *                                    show it); the violations are the command line's, and the
     *                                    form is left as it was
     */
    public void setTexts(Map<String, String> texts) {
        List<ParameterViolation> unshowable = new ArrayList<>();
        texts.forEach((name, text) -> {
            Objects.requireNonNull(text, () -> "the text of " + name);
            ParameterDescriptor descriptor = space.descriptor(name).orElse(null);
            if (descriptor == null || descriptor instanceof BooleanParameter || descriptor instanceof ChoiceParameter) {
                unshowable.addAll(refusalsOfOwnValue(name, text));
            }
        });
        if (!unshowable.isEmpty()) {
            throw new InvalidParametersException(unshowable);
        }
        Map<String, String> before = texts();
        ParameterValues defaults = space.defaults();
        quiet = true;
        try {
            rows.forEach((name, row) -> row.editor.setText(texts.containsKey(name) ? texts.get(name) : defaults.format(name)));
        } finally {
            quiet = false;
        }
        validateTexts();
        if (!before.equals(texts())) {
            fireChanged();
        }
    }

    /** Puts every parameter back to its default; one edit for the listeners, if anything changed. */
    public void reset() {
        setTexts(Map.of());
    }

    /**
     * The values the command line would run with, given {@link #texts()}; empty when they are
     * refused, and then each refused row shows its message (see {@link #violations()}).
     */
    public Optional<ParameterValues> bind() {
        validateTexts();
        return Optional.ofNullable(values);
    }

    /** Whether the texts shown now are accepted; kept current after every edit. */
    public boolean isValidNow() {
        return values != null;
    }

    /** Why the texts shown now are refused, as {@link ParameterSpace#bind} lists it; empty when they are accepted. */
    public List<ParameterViolation> violations() {
        return violations;
    }

    /**
     * Runs {@code listener} after every edit (a key typed, a slider moved, a box ticked, a choice
     * made, {@link #setTexts} or {@link #reset}), once per edit, after the form has validated the
     * new texts; so it can rerun at once with {@link #bind()}.
     */
    public void addChangeListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops running {@code listener}. */
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The editor of {@code name} that is outlined when refused (a text field, check box or combo box). */
    JComponent editorOf(String name) {
        return row(name).editor.marked();
    }

    /** The slider of a real parameter, if it has one. */
    Optional<JSlider> sliderOf(String name) {
        return row(name).editor instanceof RealEditor real ? real.slider() : Optional.empty();
    }

    /** The slider's axis of a real parameter, if it has a slider. */
    Optional<SliderAxis> axisOf(String name) {
        return row(name).editor instanceof RealEditor real ? real.axis() : Optional.empty();
    }

    /** The refusal shown in the row of {@code name}; empty when there is none. */
    String messageOf(String name) {
        return row(name).message.getText();
    }

    /** The refusals shown below the rows, one per broken rule. */
    List<String> formMessages() {
        List<String> texts = new ArrayList<>();
        for (var component : formMessages.getComponents()) {
            texts.add(((JLabel) component).getText());
        }
        return texts;
    }

    private Row row(String name) {
        Row row = rows.get(name);
        if (row == null) {
            throw new IllegalArgumentException("no parameter '" + name + "' in the form of " + owner + "; declared: " + space.names());
        }
        return row;
    }

    /** What the command line says about {@code name=text} alone, leaving out rules (they concern the other values). */
    private List<ParameterViolation> refusalsOfOwnValue(String name, String text) {
        try {
            space.parse(owner, Map.of(name, text));
            return List.of();
        } catch (InvalidParametersException e) {
            return e.violations().stream().filter(v -> v.kind() != ParameterViolation.Kind.RULE).toList();
        }
    }

    private void edited() {
        if (quiet) {
            return;
        }
        validateTexts();
        fireChanged();
    }

    private void fireChanged() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    private void validateTexts() {
        try {
            values = space.bind(owner, texts());
            violations = List.of();
        } catch (InvalidParametersException e) {
            values = null;
            violations = e.violations();
        }
        show(violations);
    }

    private void show(List<ParameterViolation> refused) {
        rows.values().forEach(Row::accept);
        formMessages.removeAll();
        for (ParameterViolation violation : refused) {
            Row row = rows.get(violation.parameter());
            if (row != null && violation.kind() != ParameterViolation.Kind.RULE) {
                row.refuse(violation.message());
                continue;
            }
            if (violation.kind() == ParameterViolation.Kind.RULE) {
                // a rule's violation names its parameters joined by ", "; parameter names hold no comma
                for (String name : violation.parameter().split(", ")) {
                    Optional.ofNullable(rows.get(name)).ifPresent(Row::warn);
                }
            }
            JLabel line = new JLabel(violation.message());
            line.setForeground(REFUSAL);
            formMessages.add(line);
        }
        revalidate();
        repaint();
    }

    /** One parameter's label, editor and refusal line. */
    private static final class Row {
        final JLabel label;
        final ParameterEditor editor;
        final JLabel message = new JLabel();

        Row(ParameterDescriptor descriptor, ParameterEditor editor) {
            this.editor = editor;
            label = new JLabel(descriptor.name());
            label.setToolTipText(descriptor.description());
            label.setLabelFor(editor.marked());
            editor.setToolTipText(descriptor.description());
            message.setForeground(REFUSAL);
            message.setVisible(false);
        }

        void accept() {
            editor.marked().putClientProperty(OUTLINE, null);
            message.setText("");
            message.setVisible(false);
        }

        void refuse(String text) {
            editor.marked().putClientProperty(OUTLINE, "error");
            message.setText(text);
            message.setVisible(true);
        }

        void warn() {
            editor.marked().putClientProperty(OUTLINE, "warning");
        }
    }
}
