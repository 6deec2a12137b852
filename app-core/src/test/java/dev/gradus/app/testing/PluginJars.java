package dev.gradus.app.testing;

import dev.gradus.api.spi.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars for tests: compiles Java sources against the Gradus API with the JDK's
 * compiler and packs the classes with {@code META-INF/services} files. The classes exist only in the
 * jar, never on the test class path, as with a real third-party plugin.
 */
public final class PluginJars {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();

    /** Adds a source file for class {@code className}. */
    public PluginJars source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Lists {@code className} as a provider of {@code service}. */
    public PluginJars provides(Class<? extends Provider> service, String className) {
        services.computeIfAbsent(service.getName(), k -> new ArrayList<>()).add(className);
        return this;
    }

    /** Compiles and writes the jar to {@code jar}. */
    public Path writeTo(Path jar) {
        try {
            Path work = Files.createTempDirectory("plugin-src");
            Path classes = Files.createDirectories(work.resolve("classes"));
            List<String> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = work.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file.toString());
            }
            if (!files.isEmpty()) {
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                List<String> args = new ArrayList<>(List.of("--release", "17", "-classpath", apiLocation(), "-d", classes.toString()));
                args.addAll(files);
                int status = javac.run(null, null, null, args.toArray(new String[0]));
                if (status != 0) {
                    throw new IllegalStateException("test plugin sources did not compile");
                }
            }
            Files.createDirectories(jar.toAbsolutePath().getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(classes)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
                for (Map.Entry<String, List<String>> service : services.entrySet()) {
                    out.putNextEntry(new JarEntry("META-INF/services/" + service.getKey()));
                    write(out, String.join("\n", service.getValue()) + "\n");
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String apiLocation() {
        try {
            return Path.of(Provider.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Source of an optimizer provider: plain gradient descent with the given id and API version;
     * {@code constructorBody} runs in the constructor (to make it throw).
     */
    public static String optimizerSource(String className, String id, String apiVersion, String constructorBody) {
        int dot = className.lastIndexOf('.');
        String pkg = className.substring(0, dot);
        String simple = className.substring(dot + 1);
        return """
                package %1$s;

                import dev.gradus.api.optimizer.*;
                import dev.gradus.api.param.*;
                import dev.gradus.api.spi.*;

                public class %2$s implements OptimizerProvider {
                    public %2$s() { %5$s }

                    public ProviderInfo info() {
                        return new ProviderInfo("%3$s", "%3$s", "1.0", "%4$s", "Test plugin optimizer.");
                    }

                    public ParameterSpace parameters() {
                        return ParameterSpace.of(RealParameter.learningRate(0.1));
                    }

                    public Optimizer<?> create(ParameterValues values) {
                        return new Optimizer<State>() {
                            public State init(int n) { return new State(n); }
                            public void update(State s, double[] x, double[] g, StepContext c) {
                                s.steps++;
                                for (int i = 0; i < x.length; i++) x[i] -= c.learningRate() * g[i];
                            }
                            public State restore(StateSnapshot snapshot) {
                                State s = new State(snapshot.dimension());
                                s.steps = snapshot.steps();
                                return s;
                            }
                        };
                    }

                    static final class State implements OptimizerState {
                        final int n;
                        long steps;
                        State(int n) { this.n = n; }
                        public int dimension() { return n; }
                        public long steps() { return steps; }
                        public StateSnapshot snapshot() { return StateSnapshot.builder(n, steps).build(); }
                    }
                }
                """.formatted(pkg, simple, id, apiVersion, constructorBody);
    }
}
