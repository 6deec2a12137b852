package dev.gradus.gui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ChoiceParameter;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterDescriptor;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.Provider;
import dev.gradus.api.spi.ScheduleProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

/**
 * A form for every provider that {@link ServiceLoader} finds on the class path (the built-ins,
 * registered as a plugin registers): each shows and binds its defaults, and refuses exactly what
 * the command line refuses, in the same words.
 */
class BuiltInProviderFormsTest {
    private static final List<Class<? extends Provider>> KINDS = List.of(OptimizerProvider.class, ObjectiveProvider.class,
            GradientEstimatorProvider.class, ScheduleProvider.class, DataSetProvider.class);
    /** Texts a user might type into a number, list or text field; some are fine for some parameters. */
    private static final List<String> PROBES = List.of("-1", "0", "0.5", "1e999", "-inf", "abc", "", " 3 ", "2-x", "1e6", "2-8-2");

    private static Map<Class<? extends Provider>, List<Provider>> discovered() {
        Map<Class<? extends Provider>, List<Provider>> byKind = new LinkedHashMap<>();
        for (Class<? extends Provider> kind : KINDS) {
            List<Provider> providers = new ArrayList<>();
            ServiceLoader.load(kind).forEach(providers::add);
            byKind.put(kind, providers);
        }
        return byKind;
    }

    private static List<Provider> everyProvider() {
        Map<Class<? extends Provider>, List<Provider>> byKind = discovered();
        // an empty kind would make the tests below check nothing for it
        byKind.forEach((kind, providers) -> assertThat(providers).as(kind.getSimpleName()).isNotEmpty());
        return byKind.values().stream().flatMap(List::stream).toList();
    }

    private static boolean typedAsText(ParameterDescriptor descriptor) {
        return !(descriptor instanceof BooleanParameter || descriptor instanceof ChoiceParameter);
    }

    @Test
    void findsProvidersOfEveryKind() {
        Map<Class<? extends Provider>, List<Provider>> byKind = discovered();

        assertThat(byKind.get(OptimizerProvider.class)).extracting(p -> p.info().id()).contains("adam", "sgd", "lbfgs");
        assertThat(byKind.get(ObjectiveProvider.class)).extracting(p -> p.info().id()).contains("rosenbrock", "formula");
        assertThat(byKind.get(GradientEstimatorProvider.class)).isNotEmpty();
        assertThat(byKind.get(ScheduleProvider.class)).isNotEmpty();
        assertThat(byKind.get(DataSetProvider.class)).isNotEmpty();
    }

    @Test
    void everyProvidersFormShowsItsDefaultsAndBindsThemToExactlyTheSpacesDefaults() {
        List<Provider> providers = everyProvider();

        Edt.run(() -> {
            for (Provider provider : providers) {
                ParameterForm form = ParameterForm.of(provider);
                var defaults = provider.parameters().defaults();

                assertThat(form.texts().keySet()).as(provider.info().id()).containsExactlyElementsOf(provider.parameters().names());
                form.texts().forEach((name, text) -> assertThat(text).as("%s %s", provider.info().id(), name).isEqualTo(defaults.format(name)));
                assertThat(form.bind()).as(provider.info().id()).contains(defaults);
                assertThat(form.violations()).as(provider.info().id()).isEmpty();
            }
        });
    }

    @Test
    void everyProvidersFormRefusesWhatTheCommandLineRefusesInTheSameWords() {
        List<Provider> providers = everyProvider();

        Edt.run(() -> {
            int refusals = 0;
            for (Provider provider : providers) {
                String id = provider.info().id();
                ParameterForm form = ParameterForm.of(provider);
                for (ParameterDescriptor descriptor : provider.parameters().descriptors()) {
                    if (!typedAsText(descriptor)) {
                        continue;
                    }
                    String name = descriptor.name();
                    for (String probe : PROBES) {
                        Edt.typeOver((JTextField) form.editorOf(name), probe);

                        // the command line: gradus ... -p name=probe
                        InvalidParametersException cli = catchThrowableOfType(InvalidParametersException.class,
                                () -> provider.parameters().parseAssignments(id, List.of(name + "=" + probe)));
                        List<ParameterViolation> expected = cli == null ? List.of() : cli.violations();
                        String where = id + " " + name + "=" + probe;
                        assertThat(form.violations()).as(where).isEqualTo(expected);
                        assertThat(form.bind().isPresent()).as(where).isEqualTo(expected.isEmpty());
                        ParameterViolation own = expected.stream().filter(v -> v.kind() != ParameterViolation.Kind.RULE).findFirst().orElse(null);
                        assertThat(form.messageOf(name)).as(where).isEqualTo(own == null ? "" : own.message());
                        assertThat(form.editorOf(name).getClientProperty(ParameterForm.OUTLINE)).as(where)
                                .isEqualTo(own != null ? "error" : expected.isEmpty() ? null : "warning");
                        assertThat(form.formMessages()).as(where).containsExactlyElementsOf(expected.stream()
                                .filter(v -> v.kind() == ParameterViolation.Kind.RULE).map(ParameterViolation::message).toList());
                        refusals += expected.size();
                    }
                    form.reset();
                }
            }
            assertThat(refusals).as("the probes were refused somewhere").isGreaterThan(100);
        });
    }

    @Test
    void adamRefusesANegativeLearningRateAsTheCommandLineDoes() {
        OptimizerProvider adam = discovered().get(OptimizerProvider.class).stream().filter(p -> p.info().id().equals("adam"))
                .map(OptimizerProvider.class::cast).findFirst().orElseThrow();

        Edt.run(() -> {
            ParameterForm form = ParameterForm.of(adam);
            Edt.typeOver((JTextField) form.editorOf("lr"), "-1");

            String cli = catchThrowableOfType(InvalidParametersException.class, () -> adam.parameters().bind("adam", form.texts()))
                    .violations().get(0).message();
            assertThat(form.messageOf("lr")).isEqualTo(cli).isEqualTo("adam: lr = -1 is out of range; allowed: >= 0");
            assertThat(form.editorOf("lr").getClientProperty(ParameterForm.OUTLINE)).isEqualTo("error");
            assertThat(form.bind()).isEmpty();

            Edt.typeOver((JTextField) form.editorOf("lr"), "0.001");
            assertThat(form.editorOf("lr").getClientProperty(ParameterForm.OUTLINE)).isNull();
            assertThat(form.bind()).contains(adam.parameters().defaults());
        });
    }

    @Test
    void everyRealsSliderHoldsItsDefaultAndReadsEachPositionBack() {
        List<Provider> providers = everyProvider();

        Edt.run(() -> {
            int sliders = 0;
            for (Provider provider : providers) {
                ParameterForm form = ParameterForm.of(provider);
                for (ParameterDescriptor descriptor : provider.parameters().descriptors()) {
                    if (!(descriptor instanceof RealParameter real) || form.axisOf(real.name()).isEmpty()) {
                        continue;
                    }
                    sliders++;
                    String where = provider.info().id() + " " + real.name();
                    SliderAxis axis = form.axisOf(real.name()).orElseThrow();
                    assertThat(form.sliderOf(real.name()).orElseThrow().getValue()).as(where).isEqualTo(axis.positionOf(real.defaultValue()));
                    for (int p = axis.first(); p <= axis.last(); p++) {
                        assertThat(real.range().contains(axis.valueAt(p))).as("%s at %d", where, p).isTrue();
                        assertThat(axis.positionOf(axis.valueAt(p))).as("%s at %d", where, p).isEqualTo(p);
                    }
                    double d = real.defaultValue();
                    double atDefault = axis.valueAt(axis.positionOf(d));
                    if (d >= axis.valueAt(axis.first()) && d <= axis.valueAt(axis.last())) {
                        if (axis instanceof SliderAxis.Linear || new BigDecimal(Double.toString(d)).stripTrailingZeros().precision() <= 3) {
                            assertThat(atDefault).as(where).isEqualTo(d);
                        } else {
                            // a log slider resolves three digits (1/3 sits at 0.333); the text keeps the default in full
                            assertThat(atDefault).as(where).isCloseTo(d, within(d * 5e-3));
                        }
                    }
                }
            }
            assertThat(sliders).isGreaterThan(10);
        });
    }
}
