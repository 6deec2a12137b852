package dev.gradus.gui.form;

import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ChoiceParameter;
import dev.gradus.api.param.IntegerListParameter;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterDescriptor;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.param.TextParameter;
import javax.swing.JComponent;
import javax.swing.JTextField;

/**
 * The editor of one parameter: holds its value as the text the command line would be given, and
 * reports each edit once.
 */
sealed interface ParameterEditor permits TextEditor, RealEditor, SwitchEditor, ChoiceEditor {

    /** What the form places in the parameter's row. */
    JComponent component();

    /** The component that is outlined when the value is refused. */
    JComponent marked();

    /** The value as the command line would be given it ({@code NAME=} this). */
    String text();

    /**
     * Shows {@code text}. A switch or a choice can only show a text that its parameter reads as a
     * value ({@code true}, {@code False}, a choice with blanks around it); the form checks that first.
     */
    void setText(String text);

    /** Shows {@code tip} (the parameter's description) over the editor. */
    default void setToolTipText(String tip) {
        marked().setToolTipText(tip);
    }

    /**
     * The editor for {@code descriptor}, showing its default. Integers are typed into a text field
     * rather than a spinner, so that every text the command line reads ({@code 1e6}, {@code 1000.0})
     * is read here too, and a mistyped one is refused with the command line's words instead of being
     * silently reverted.
     *
     * @param onEdit run once after each edit, by the user or by {@link #setText}
     */
    static ParameterEditor of(ParameterDescriptor descriptor, String defaultText, Runnable onEdit) {
        // one method per kind: a new kind of descriptor does not compile until it has an editor here
        return descriptor.accept(new ParameterDescriptor.Visitor<ParameterEditor>() {
            @Override
            public ParameterEditor real(RealParameter parameter) {
                return new RealEditor(SliderAxis.of(parameter), defaultText, onEdit);
            }

            @Override
            public ParameterEditor integer(IntegerParameter parameter) {
                return new TextEditor(defaultText, 12, onEdit);
            }

            @Override
            public ParameterEditor bool(BooleanParameter parameter) {
                return new SwitchEditor(parameter.defaultValue(), onEdit);
            }

            @Override
            public ParameterEditor choice(ChoiceParameter parameter) {
                return new ChoiceEditor(parameter.choices(), parameter.defaultValue(), onEdit);
            }

            @Override
            public ParameterEditor integerList(IntegerListParameter parameter) {
                return new TextEditor(defaultText, 16, onEdit);
            }

            @Override
            public ParameterEditor text(TextParameter parameter) {
                return new TextEditor(defaultText, 30, onEdit);
            }
        });
    }

    /**
     * A text field over an {@link EditDocument}. The field keeps line breaks (a plain text field
     * would turn them into blanks), so a pasted text with one is refused as on the command line.
     */
    static JTextField textField(String text, int columns, Runnable onEdit) {
        EditDocument document = new EditDocument(onEdit);
        JTextField field = new JTextField(document, null, columns);
        document.putProperty("filterNewlines", Boolean.FALSE);
        field.setText(text);
        return field;
    }
}
