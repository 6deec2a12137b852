package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ChoiceParameter;
import dev.gradus.api.param.IntegerListParameter;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterDescriptor;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.param.TextParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.Provider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules every kind of provider keeps, shared by the contracts: well-formed info and descriptors, and bounds enforced. */
final class ProviderChecks {
    private ProviderChecks() {
    }

    /** The id is kebab-case, the API supported, and info and parameters the same on every call. */
    static void infoIsWellFormed(Provider provider) {
        ProviderInfo info = provider.info();
        assertThat(ProviderInfo.isValidId(info.id())).as("id '%s' is lowercase kebab-case", info.id()).isTrue();
        assertThat(GradusApi.supports(info.apiVersion()))
                .as("API version %s is supported by this Gradus (%s)", info.apiVersion(), GradusApi.VERSION).isTrue();
        assertThat(provider.info()).as("info() returns equal values on every call").isEqualTo(info);
        assertThat(provider.parameters()).as("parameters() returns equal values on every call").isEqualTo(provider.parameters());
    }

    /** Names snake_case and declared once, descriptions not blank, defaults accepted by their own descriptors. */
    static void parametersAreWellFormed(Provider provider) {
        ParameterSpace space = provider.parameters();
        Set<String> names = new HashSet<>();
        for (ParameterDescriptor descriptor : space.descriptors()) {
            assertThat(ParameterDescriptor.isValidName(descriptor.name())).as("name '%s' is snake_case", descriptor.name()).isTrue();
            assertThat(names.add(descriptor.name())).as("name '%s' is declared once", descriptor.name()).isTrue();
            assertThat(descriptor.description()).as("description of '%s'", descriptor.name()).isNotBlank();
            assertThat(space.bind(provider.info().id(), Map.of(descriptor.name(), descriptor.defaultObject())).get(descriptor.name()))
                    .as("default of '%s' is accepted", descriptor.name()).isEqualTo(descriptor.defaultObject());
        }
    }

    /** A value just outside each bound of each descriptor is refused, naming the parameter. */
    static void outOfRangeValuesAreRefused(Provider provider) {
        String id = provider.info().id();
        for (ParameterDescriptor descriptor : provider.parameters().descriptors()) {
            for (Object bad : outOfRange(descriptor)) {
                InvalidParametersException refused = catchThrowableOfType(InvalidParametersException.class,
                        () -> provider.parameters().bind(id, Map.of(descriptor.name(), bad)));
                assertThat(refused).as("%s = %s is refused", descriptor.name(), bad).isNotNull();
                assertThat(refused.violations()).as("the refusal of %s = %s names it", descriptor.name(), bad)
                        .extracting(ParameterViolation::parameter).contains(descriptor.name());
            }
        }
    }

    /** Values just outside each bound of a descriptor; empty when it has none. */
    static List<Object> outOfRange(ParameterDescriptor descriptor) {
        return descriptor.accept(new ParameterDescriptor.Visitor<List<Object>>() {
            @Override
            public List<Object> real(RealParameter p) {
                List<Object> bad = new ArrayList<>();
                Range r = p.range();
                if (Double.isFinite(r.min())) {
                    bad.add(r.minInclusive() ? r.min() - Math.max(1, Math.abs(r.min())) * 1e-3 : r.min());
                }
                if (Double.isFinite(r.max())) {
                    bad.add(r.maxInclusive() ? r.max() + Math.max(1, Math.abs(r.max())) * 1e-3 : r.max());
                }
                bad.add(Double.NaN);
                return bad;
            }

            @Override
            public List<Object> integer(IntegerParameter p) {
                List<Object> bad = new ArrayList<>();
                if (p.min() > Long.MIN_VALUE) {
                    bad.add(p.min() - 1);
                }
                if (p.max() < Long.MAX_VALUE) {
                    bad.add(p.max() + 1);
                }
                return bad;
            }

            @Override
            public List<Object> bool(BooleanParameter p) {
                return List.of("maybe");
            }

            @Override
            public List<Object> choice(ChoiceParameter p) {
                return List.of("not-" + String.join("-", p.choices()));
            }

            @Override
            public List<Object> integerList(IntegerListParameter p) {
                List<Object> bad = new ArrayList<>();
                if (p.min() > 0) {
                    bad.add(List.of(p.min() - 1));
                }
                if (p.max() < Long.MAX_VALUE) {
                    bad.add(List.of(p.max() + 1));
                }
                bad.add(List.of());
                return bad;
            }

            @Override
            public List<Object> text(TextParameter p) {
                return List.of("x".repeat(p.maxLength() + 1), "two\nlines");
            }
        });
    }
}
