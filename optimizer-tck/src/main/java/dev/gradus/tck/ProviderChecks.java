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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

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

    /** What one construction through the no-arg constructor may allocate on its thread. */
    static final long CONSTRUCTION_BYTES = 1L << 20;

    /**
     * The provider's class is public with a public no-arg constructor, listed in a
     * {@code META-INF/services/<service>} file its class loader sees, and {@link ServiceLoader}
     * finds it there (without making it).
     */
    static <P extends Provider> void isDiscoverable(Class<P> service, Provider provider) {
        Class<?> type = provider.getClass();
        String name = type.getName();
        assertThat(Modifier.isPublic(type.getModifiers())).as("%s is a public class (ServiceLoader makes only public classes)", name).isTrue();
        assertThat(type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()))
                .as("%s is top-level or a static nested class", name).isTrue();
        assertThat(publicNoArgConstructor(type)).as("%s has a public constructor without arguments", name).isNotNull();
        ClassLoader loader = type.getClassLoader();
        String file = "META-INF/services/" + service.getName();
        assertThat(listedIn(loader, file)).as("%s is listed in %s (its class loader sees no line naming it)", name, file).contains(name);
        List<String> found = new ArrayList<>();
        try {
            ServiceLoader.load(service, loader).stream().forEach(p -> found.add(p.type().getName()));
        } catch (ServiceConfigurationError e) {
            throw new AssertionError("ServiceLoader cannot read " + file + ": " + e.getMessage(), e);
        }
        assertThat(found).as("the %s that ServiceLoader finds through %s's class loader", service.getSimpleName(), name).contains(name);
    }

    /**
     * Making the provider through its no-arg constructor, as discovery does for every provider
     * at start-up, allocates under {@link #CONSTRUCTION_BYTES} on its thread and leaves no thread
     * running. Measured on a second construction (the first loads the class), without timing.
     */
    static void constructionIsCheap(Provider provider) {
        Constructor<?> constructor = publicNoArgConstructor(provider.getClass());
        assertThat(constructor).as("%s has a public constructor without arguments", provider.getClass().getName()).isNotNull();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                && t.isThreadAllocatedMemoryEnabled(), "this JVM does not measure a thread's allocations");
        com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) threads;
        make(constructor);
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        long id = Thread.currentThread().getId();
        long start = allocations.getThreadAllocatedBytes(id);
        Object made = make(constructor);
        long allocated = allocations.getThreadAllocatedBytes(id) - start;
        assertThat(made).isNotNull();
        List<String> started = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t) && t.isAlive()) {
                started.add(t.getName());
            }
        }
        assertThat(allocated).as("bytes allocated by new %s() (keep heavy work out of the constructor and static initialisers: "
                + "Gradus makes every provider it finds at start-up)", provider.getClass().getSimpleName()).isLessThan(CONSTRUCTION_BYTES);
        assertThat(started).as("threads still running after new %s()", provider.getClass().getSimpleName()).isEmpty();
    }

    private static Object make(Constructor<?> constructor) {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new AssertionError("new " + constructor.getDeclaringClass().getSimpleName() + "() threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot call new " + constructor.getDeclaringClass().getSimpleName() + "(): " + e, e);
        }
    }

    private static Constructor<?> publicNoArgConstructor(Class<?> type) {
        try {
            Constructor<?> c = type.getConstructor();
            return Modifier.isAbstract(type.getModifiers()) ? null : c;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** The class names listed in every copy of {@code file} that {@code loader} sees. */
    private static List<String> listedIn(ClassLoader loader, String file) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> copies = loader == null ? ClassLoader.getSystemResources(file) : loader.getResources(file);
            while (copies.hasMoreElements()) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(copies.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int hash = line.indexOf('#');
                        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                        if (!entry.isEmpty()) {
                            names.add(entry);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + ": " + e, e);
        }
        return names;
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
