package dev.gradus.gui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ChoiceParameter;
import dev.gradus.api.param.IntegerListParameter;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.param.TextParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JSlider;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

/** A form over a space with every kind of descriptor and a rule, built headless on the event dispatch thread. */
class ParameterFormTest {
    private static final String OWNER = "test-optimizer";
    private static final ParameterSpace SPACE = ParameterSpace.of(
                    RealParameter.learningRate(1e-3),
                    RealParameter.of("beta1", "decay rate of the first moment", 0.9, Range.closedOpen(0, 1)),
                    RealParameter.of("shift", "an offset added to every step", 0, Range.all()),
                    RealParameter.of("momentum", "how much of the previous step is kept", 0, Range.atLeast(0)),
                    new IntegerParameter("history_size", "how many pairs are kept", 10, 1, 1000),
                    new BooleanParameter("nesterov", "use Nesterov momentum (needs momentum > 0)", false),
                    new ChoiceParameter("line_search_fn", "the line search", "none", List.of("none", "strong_wolfe")),
                    new IntegerListParameter("layers", "the layer sizes", List.of(2L, 8L, 2L), 1, 512),
                    new TextParameter("expression", "a formula", "x^2 + y^2", 40))
            .withRule("Nesterov momentum requires a momentum (momentum > 0)", v -> !v.bool("nesterov") || v.real("momentum") > 0,
                    "nesterov", "momentum");

    private static ParameterForm form() {
        return new ParameterForm(OWNER, SPACE);
    }

    private static JTextField field(ParameterForm form, String name) {
        return (JTextField) form.editorOf(name);
    }

    /** What the command line reports for {@code -p} assignments: every violation, in order. */
    private static List<ParameterViolation> commandLineRefusals(List<String> assignments) {
        InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class,
                () -> SPACE.parseAssignments(OWNER, assignments));
        return refused == null ? List.of() : refused.violations();
    }

    @Test
    void showsEveryDefaultAsTheCommandLineWritesIt() {
        Edt.run(() -> {
            Map<String, String> texts = form().texts();

            assertThat(texts).containsExactly(Map.entry("lr", "0.001"), Map.entry("beta1", "0.9"), Map.entry("shift", "0.0"),
                    Map.entry("momentum", "0.0"), Map.entry("history_size", "10"), Map.entry("nesterov", "false"),
                    Map.entry("line_search_fn", "none"), Map.entry("layers", "2-8-2"), Map.entry("expression", "x^2 + y^2"));
            ParameterValues defaults = SPACE.defaults();
            texts.forEach((name, text) -> assertThat(text).isEqualTo(defaults.format(name)));
        });
    }

    @Test
    void theDefaultsBindToExactlyTheSpacesDefaults() {
        Edt.run(() -> {
            ParameterForm form = form();

            assertThat(form.bind()).contains(SPACE.defaults());
            assertThat(form.isValidNow()).isTrue();
            assertThat(form.violations()).isEmpty();
        });
    }

    @Test
    void eachKindGetsItsEditorWithTheDescriptionAsTooltip() {
        Edt.run(() -> {
            ParameterForm form = form();

            assertThat(form.editorOf("lr")).isInstanceOf(JTextField.class);
            assertThat(form.editorOf("history_size")).isInstanceOf(JTextField.class);
            assertThat(form.editorOf("nesterov")).isInstanceOf(JCheckBox.class);
            assertThat(form.editorOf("line_search_fn")).isInstanceOf(JComboBox.class);
            assertThat(form.editorOf("layers")).isInstanceOf(JTextField.class);
            assertThat(form.editorOf("expression")).isInstanceOf(JTextField.class);
            assertThat(form.sliderOf("lr")).as("log scale").isPresent();
            assertThat(form.sliderOf("beta1")).as("linear, finite range").isPresent();
            assertThat(form.sliderOf("shift")).as("linear, unbounded").isEmpty();
            assertThat(form.sliderOf("momentum")).as("linear, unbounded above").isEmpty();
            for (var descriptor : SPACE.descriptors()) {
                assertThat(form.editorOf(descriptor.name()).getToolTipText()).isEqualTo(descriptor.description());
            }
            assertThat(form.sliderOf("lr").orElseThrow().getToolTipText()).isEqualTo("learning rate (step size)");
        });
    }

    @Test
    void anOutOfRangeValueIsRefusedInTheCommandLinesWordsAndItsEditorMarked() {
        Edt.run(() -> {
            ParameterForm form = form();

            Edt.typeOver(field(form, "lr"), "-1");

            assertThat(form.messageOf("lr")).isEqualTo("test-optimizer: lr = -1 is out of range; allowed: >= 0")
                    .isEqualTo(commandLineRefusals(List.of("lr=-1")).get(0).message());
            assertThat(form.violations()).isEqualTo(commandLineRefusals(List.of("lr=-1")));
            assertThat(form.editorOf("lr").getClientProperty(ParameterForm.OUTLINE)).isEqualTo("error");
            assertThat(form.editorOf("beta1").getClientProperty(ParameterForm.OUTLINE)).isNull();
            assertThat(form.messageOf("beta1")).isEmpty();
            assertThat(form.bind()).isEmpty();
            assertThat(form.isValidNow()).isFalse();
        });
    }

    @Test
    void fixingTheValueClearsTheMarkAndTheMessage() {
        Edt.run(() -> {
            ParameterForm form = form();
            Edt.typeOver(field(form, "lr"), "-1");

            Edt.typeOver(field(form, "lr"), "0.05");

            assertThat(form.messageOf("lr")).isEmpty();
            assertThat(form.editorOf("lr").getClientProperty(ParameterForm.OUTLINE)).isNull();
            assertThat(form.bind().orElseThrow().real("lr")).isEqualTo(0.05);
        });
    }

    @Test
    void everyRefusalIsShownAtOnceEachInItsRow() {
        Edt.run(() -> {
            ParameterForm form = form();

            Edt.typeOver(field(form, "beta1"), "1");
            Edt.typeOver(field(form, "history_size"), "2.5");
            Edt.typeOver(field(form, "layers"), "2-x-2");
            Edt.typeOver(field(form, "expression"), "x".repeat(41));

            List<ParameterViolation> expected = commandLineRefusals(
                    List.of("beta1=1", "history_size=2.5", "layers=2-x-2", "expression=" + "x".repeat(41)));
            assertThat(expected).hasSize(4);
            assertThat(form.violations()).isEqualTo(expected);
            for (ParameterViolation violation : expected) {
                assertThat(form.messageOf(violation.parameter())).isEqualTo(violation.message());
                assertThat(form.editorOf(violation.parameter()).getClientProperty(ParameterForm.OUTLINE)).isEqualTo("error");
            }
            assertThat(form.messageOf("history_size")).isEqualTo(
                    "test-optimizer: history_size = '2.5' is malformed; expected a whole number in [1, 1000]");
        });
    }

    @Test
    void aBrokenRuleIsShownBelowTheRowsAndWarnsOnItsParameters() {
        Edt.run(() -> {
            ParameterForm form = form();

            ((JCheckBox) form.editorOf("nesterov")).doClick();

            assertThat(form.formMessages()).containsExactly(
                    "test-optimizer: nesterov=true, momentum=0.0 is not allowed: Nesterov momentum requires a momentum (momentum > 0)")
                    .containsExactly(commandLineRefusals(List.of("nesterov=true")).get(0).message());
            assertThat(form.editorOf("nesterov").getClientProperty(ParameterForm.OUTLINE)).isEqualTo("warning");
            assertThat(form.editorOf("momentum").getClientProperty(ParameterForm.OUTLINE)).isEqualTo("warning");
            assertThat(form.messageOf("nesterov")).isEmpty();
            assertThat(form.bind()).isEmpty();

            Edt.typeOver(field(form, "momentum"), "0.9");

            assertThat(form.formMessages()).isEmpty();
            assertThat(form.editorOf("momentum").getClientProperty(ParameterForm.OUTLINE)).isNull();
            assertThat(form.bind().orElseThrow().bool("nesterov")).isTrue();
        });
    }

    @Test
    void theSwitchChoiceListAndTextEditorsGiveTheCommandLinesTexts() {
        Edt.run(() -> {
            ParameterForm form = form();

            ((JCheckBox) form.editorOf("nesterov")).doClick();
            Edt.typeOver(field(form, "momentum"), "0.5");
            @SuppressWarnings("unchecked")
            JComboBox<String> search = (JComboBox<String>) form.editorOf("line_search_fn");
            search.setSelectedItem("strong_wolfe");
            Edt.typeOver(field(form, "layers"), "2-16-16-2");
            Edt.typeOver(field(form, "expression"), " sin(x) * y ");

            Map<String, String> texts = form.texts();
            assertThat(texts).containsEntry("nesterov", "true").containsEntry("line_search_fn", "strong_wolfe")
                    .containsEntry("layers", "2-16-16-2").containsEntry("expression", " sin(x) * y ");
            ParameterValues values = form.bind().orElseThrow();
            assertThat(values.integers("layers")).containsExactly(2L, 16L, 16L, 2L);
            assertThat(values.text("expression")).isEqualTo(" sin(x) * y ");
            List<String> assignments = new ArrayList<>();
            texts.forEach((name, text) -> assignments.add(name + "=" + text));
            assertThat(values).isEqualTo(SPACE.parseAssignments(OWNER, assignments));

            ((JCheckBox) form.editorOf("nesterov")).doClick();
            assertThat(form.texts()).containsEntry("nesterov", "false");
        });
    }

    @Test
    void aLineBreakInATextIsRefusedAsOnTheCommandLine() {
        Edt.run(() -> {
            ParameterForm form = form();

            Edt.typeOver(field(form, "expression"), "x +\ny");

            assertThat(form.texts()).containsEntry("expression", "x +\ny");
            assertThat(form.violations()).isEqualTo(commandLineRefusals(List.of("expression=x +\ny")));
            assertThat(form.messageOf("expression")).contains("one line of text");
        });
    }

    @Test
    void movingTheLogSliderWritesTheValueAtItsPosition() {
        Edt.run(() -> {
            ParameterForm form = form();
            JSlider slider = form.sliderOf("lr").orElseThrow();
            SliderAxis axis = form.axisOf("lr").orElseThrow();

            slider.setValue(500);
            assertThat(form.texts()).containsEntry("lr", "0.01");

            slider.setValue(450);
            assertThat(form.texts()).containsEntry("lr", "0.00316").containsEntry("lr", Double.toString(axis.valueAt(450)));

            slider.setValue(slider.getMinimum());
            assertThat(form.texts()).containsEntry("lr", "1.0E-7");
            assertThat(form.bind().orElseThrow().real("lr")).isEqualTo(1e-7);
        });
    }

    @Test
    void typingAValueMovesTheSliderAndKeepsTheTextAsTyped() {
        Edt.run(() -> {
            ParameterForm form = form();
            JSlider slider = form.sliderOf("lr").orElseThrow();

            Edt.typeOver(field(form, "lr"), "1e-5");
            assertThat(slider.getValue()).isEqualTo(200);
            assertThat(form.texts()).containsEntry("lr", "1e-5");

            Edt.typeOver(field(form, "lr"), "1e-5x");
            assertThat(slider.getValue()).as("not a number: the slider stays").isEqualTo(200);

            Edt.typeOver(field(form, "lr"), "5");
            assertThat(slider.getValue()).as("beyond the span: the nearest end").isEqualTo(slider.getMaximum());
            assertThat(form.texts()).containsEntry("lr", "5");
        });
    }

    @Test
    void theDefaultSurvivesARoundTripThroughTheSlider() {
        Edt.run(() -> {
            ParameterForm form = form();
            JSlider slider = form.sliderOf("lr").orElseThrow();
            int atDefault = slider.getValue();
            assertThat(atDefault).isEqualTo(400);

            slider.setValue(0);
            slider.setValue(atDefault);

            assertThat(form.texts()).containsEntry("lr", "0.001");
            assertThat(form.bind()).contains(SPACE.defaults());
        });
    }

    @Test
    void aLinearSliderFollowsItsTextBothWays() {
        Edt.run(() -> {
            ParameterForm form = form();
            JSlider slider = form.sliderOf("beta1").orElseThrow();
            assertThat(slider.getValue()).isEqualTo(900);
            assertThat(slider.getMaximum()).as("1 is not allowed").isEqualTo(999);

            slider.setValue(950);
            assertThat(form.texts()).containsEntry("beta1", "0.95");

            Edt.typeOver(field(form, "beta1"), "0.25");
            assertThat(slider.getValue()).isEqualTo(250);
        });
    }

    @Test
    void setTextsReadsAssignmentsAsTheCommandLineDoes() {
        Edt.run(() -> {
            ParameterForm form = form();
            Edt.typeOver(field(form, "shift"), "3");
            Map<String, String> given = new LinkedHashMap<>();
            given.put("lr", "0.01");
            given.put("nesterov", " TRUE ");
            given.put("momentum", "0.9");
            given.put("line_search_fn", "strong_wolfe");

            form.setTexts(given);

            assertThat(form.texts()).containsEntry("lr", "0.01").containsEntry("nesterov", "true").containsEntry("momentum", "0.9")
                    .containsEntry("line_search_fn", "strong_wolfe").as("not given: the default").containsEntry("shift", "0.0");
            assertThat(form.bind()).contains(SPACE.parse(OWNER, given));
            assertThat(form.sliderOf("lr").orElseThrow().getValue()).isEqualTo(500);
        });
    }

    @Test
    void setTextsRefusesWhatAnEditorCannotShowAndLeavesTheFormAsItWas() {
        Edt.run(() -> {
            ParameterForm form = form();
            Edt.typeOver(field(form, "lr"), "0.02");
            AtomicInteger changes = new AtomicInteger();
            form.addChangeListener(changes::incrementAndGet);
            Map<String, String> given = new LinkedHashMap<>();
            given.put("lr", "0.5");
            given.put("line_search_fn", "backtracking");
            given.put("nesterov", "yes");
            given.put("learning_rate", "0.1");

            InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class, () -> form.setTexts(given));

            assertThat(refused.violations()).extracting(ParameterViolation::message).containsExactly(
                    "test-optimizer: line_search_fn = backtracking is out of range; allowed: one of none, strong_wolfe",
                    "test-optimizer: nesterov = 'yes' is malformed; expected true or false",
                    "test-optimizer: unknown parameter 'learning_rate'; known: lr, beta1, shift, momentum, history_size, nesterov, "
                            + "line_search_fn, layers, expression");
            assertThat(form.texts()).containsEntry("lr", "0.02").containsEntry("line_search_fn", "none");
            assertThat(changes).hasValue(0);
        });
    }

    @Test
    void resetPutsEveryDefaultBack() {
        Edt.run(() -> {
            ParameterForm form = form();
            Edt.typeOver(field(form, "lr"), "-1");
            ((JCheckBox) form.editorOf("nesterov")).doClick();
            Edt.typeOver(field(form, "layers"), "3-3");

            form.reset();

            assertThat(form.texts()).isEqualTo(form().texts());
            assertThat(form.bind()).contains(SPACE.defaults());
            assertThat(form.messageOf("lr")).isEmpty();
            assertThat(form.editorOf("lr").getClientProperty(ParameterForm.OUTLINE)).isNull();
            assertThat(form.sliderOf("lr").orElseThrow().getValue()).isEqualTo(400);
        });
    }

    @Test
    void listenersHearEachEditOnceAfterItIsValidated() {
        Edt.run(() -> {
            ParameterForm form = form();
            AtomicInteger changes = new AtomicInteger();
            List<Boolean> validity = new ArrayList<>();
            form.addChangeListener(changes::incrementAndGet);
            form.addChangeListener(() -> validity.add(form.isValidNow()));
            JTextField lr = field(form, "lr");

            lr.setCaretPosition(lr.getText().length());
            lr.replaceSelection("5");
            assertThat(changes).as("a key typed").hasValue(1);
            Edt.typeOver(lr, "-1");
            assertThat(changes).as("typed over a selection").hasValue(2);
            lr.setText("0.1");
            assertThat(changes).as("setText").hasValue(3);
            lr.setText("0.1");
            assertThat(changes).as("the same text again is no edit").hasValue(3);
            form.sliderOf("lr").orElseThrow().setValue(100);
            assertThat(changes).as("the slider moved").hasValue(4);
            ((JCheckBox) form.editorOf("nesterov")).doClick();
            assertThat(changes).as("a box ticked").hasValue(5);
            ((JComboBox<?>) form.editorOf("line_search_fn")).setSelectedItem("strong_wolfe");
            assertThat(changes).as("a choice made").hasValue(6);
            ((JComboBox<?>) form.editorOf("line_search_fn")).setSelectedItem("strong_wolfe");
            assertThat(changes).as("the same choice again").hasValue(6);
            form.setTexts(Map.of("lr", "0.3", "momentum", "0.9", "layers", "4-4"));
            assertThat(changes).as("setTexts of several").hasValue(7);
            form.setTexts(form.texts());
            assertThat(changes).as("setTexts of what is shown").hasValue(7);
            form.reset();
            assertThat(changes).as("reset").hasValue(8);
            form.reset();
            assertThat(changes).as("reset of the defaults").hasValue(8);

            assertThat(validity).containsExactly(true, false, true, true, false, false, true, true);
        });
    }

    @Test
    void aRemovedListenerHearsNothing() {
        Edt.run(() -> {
            ParameterForm form = form();
            AtomicInteger changes = new AtomicInteger();
            Runnable listener = changes::incrementAndGet;
            form.addChangeListener(listener);
            form.removeChangeListener(listener);

            Edt.typeOver(field(form, "lr"), "0.2");

            assertThat(changes).hasValue(0);
        });
    }

    @Test
    void aPluginsProviderGetsAFormWithNoCodeOfItsOwn() {
        OptimizerProvider plugin = new OptimizerProvider() {
            @Override
            public ProviderInfo info() {
                return new ProviderInfo("sign-descent", "Sign descent", "1.0.0", GradusApi.VERSION, "Steps by the sign of the gradient.");
            }

            @Override
            public ParameterSpace parameters() {
                return ParameterSpace.of(RealParameter.learningRate(0.01));
            }

            @Override
            public Optimizer<?> create(ParameterValues values) {
                throw new UnsupportedOperationException("a form never creates");
            }
        };

        Edt.run(() -> {
            ParameterForm form = ParameterForm.of(plugin);
            Edt.typeOver(field(form, "lr"), "fast");

            assertThat(form.owner()).isEqualTo("sign-descent");
            assertThat(form.messageOf("lr")).isEqualTo("sign-descent: lr = 'fast' is malformed; expected a number >= 0");
        });
    }

    @Test
    void aSpaceWithoutParametersGivesAnEmptyFormThatBinds() {
        Edt.run(() -> {
            ParameterForm form = new ParameterForm("sphere", ParameterSpace.empty());

            assertThat(form.texts()).isEmpty();
            assertThat(form.bind()).contains(ParameterSpace.empty().defaults());
        });
    }

    @Test
    void askingForAnUndeclaredParameterNamesTheDeclaredOnes() {
        Edt.run(() -> assertThatThrownBy(() -> form().editorOf("alpha")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lr, beta1"));
    }
}
