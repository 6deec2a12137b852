package dev.gradus.gui.form;

import dev.gradus.api.param.ParameterSpace;
import java.awt.BorderLayout;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextField;

/**
 * A real number: a text field holding the value as typed, and, when the parameter's
 * {@link SliderAxis} allows one, a slider beside it. Moving the slider writes the value at its
 * position into the field; typing a number moves the slider to the nearest position without
 * rewriting what was typed (so the default stays in full precision, and {@code 1e-3} stays
 * {@code 1e-3}). Text that is not a number leaves the slider where it is.
 */
final class RealEditor implements ParameterEditor {
    private final JTextField field;
    private final JSlider slider;
    private final SliderAxis axis;
    private final JComponent component;
    private boolean writingFromSlider;
    private boolean movingSlider;

    RealEditor(Optional<SliderAxis> axis, String text, Runnable onEdit) {
        this.axis = axis.orElse(null);
        field = ParameterEditor.textField("", 12, () -> {
            if (!writingFromSlider) {
                moveSliderToText();
            }
            onEdit.run();
        });
        if (this.axis == null) {
            slider = null;
            component = field;
        } else {
            slider = new JSlider(this.axis.first(), this.axis.last(), this.axis.first());
            slider.addChangeListener(e -> writeSliderValue());
            JPanel both = new JPanel(new BorderLayout(6, 0));
            both.setOpaque(false);
            both.add(field, BorderLayout.WEST);
            both.add(slider, BorderLayout.CENTER);
            component = both;
        }
        field.setText(text);
    }

    /** The slider, if this parameter has one. */
    Optional<JSlider> slider() {
        return Optional.ofNullable(slider);
    }

    /** How the slider's positions map to values, if there is a slider. */
    Optional<SliderAxis> axis() {
        return Optional.ofNullable(axis);
    }

    @Override
    public JComponent component() {
        return component;
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

    @Override
    public void setToolTipText(String tip) {
        field.setToolTipText(tip);
        if (slider != null) {
            slider.setToolTipText(tip);
        }
    }

    private void moveSliderToText() {
        if (slider == null) {
            return;
        }
        Double value = ParameterSpace.parseReal(field.getText());
        if (value != null) {
            movingSlider = true;
            try {
                slider.setValue(axis.positionOf(value));
            } finally {
                movingSlider = false;
            }
        }
    }

    private void writeSliderValue() {
        if (movingSlider) {
            return;
        }
        writingFromSlider = true;
        try {
            field.setText(Double.toString(axis.valueAt(slider.getValue())));
        } finally {
            writingFromSlider = false;
        }
    }
}
