package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.cli.CliHarness.Outcome;
import dev.gradus.tck.OptimizerContract;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The author's guide, docs/plugins.md, followed as written: every file it shows is written where it
 * says, its sources are compiled, its TCK contract test is run, and the jar of its classes and
 * services file is dropped into a plugin folder and driven through {@code gradus list},
 * {@code describe} and {@code run}, as its step 7 does. (The guide's Maven steps build the same
 * files with the same compiler release; they are not repeated here, as they would write to the
 * local Maven repository.)
 */
class PluginGuideIT {
    /** A line naming a file, {@code `path/to/File.java`:} or {@code `path` holds one line:}, before the block that holds it. */
    private static final Pattern FILE_LINE = Pattern.compile("^`([\\w./-]+)`(?::| holds)");

    @TempDir
    Path work;

    @Test
    void theGuidesPluginCompilesPassesTheTckAndIsListedDescribedAndRun() throws Exception {
        Map<String, String> files = filesOfTheGuide();
        assertThat(files.keySet()).as("the files the guide shows").contains("pom.xml",
                "src/main/java/org/example/lion/Lion.java", "src/main/java/org/example/lion/LionProvider.java",
                "src/main/resources/META-INF/services/dev.gradus.api.spi.OptimizerProvider",
                "src/test/java/org/example/lion/LionContractTest.java");
        Path project = work.resolve("lion-plugin");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = project.resolve(file.getKey());
            Files.createDirectories(path.getParent() == null ? project : path.getParent());
            Files.writeString(path, file.getValue());
        }
        assertThat(Files.readString(project.resolve("pom.xml"))).as("the guide's pom compiles for the release this test compiles for")
                .contains("<maven.compiler.release>17</maven.compiler.release>");

        Path classes = compile(project.resolve("src/main/java"), project.resolve("target/classes"), classPath());
        copyTree(project.resolve("src/main/resources"), classes);
        Path testClasses = compile(project.resolve("src/test/java"), project.resolve("target/test-classes"), classPath() + java.io.File.pathSeparator + classes);

        try (URLClassLoader plugin = new URLClassLoader(new URL[] {classes.toUri().toURL(), testClasses.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> contract = plugin.loadClass("org.example.lion.LionContractTest");
            Events rules = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
            List<String> failed = rules.failed().stream().map(PluginGuideIT::failure).toList();
            assertThat(failed).as("TCK rules the guide's Lion fails").isEmpty();
            assertThat(rules.aborted().count()).as("TCK rules skipped for the guide's Lion (it declares STATE_VECTORS)").isZero();
            assertThat(rules.succeeded().count()).as("TCK rules the guide's Lion keeps").isEqualTo(16);
        }

        Path plugins = Files.createDirectories(work.resolve("gradus-plugins"));
        Path jar = plugins.resolve("lion-plugin-1.0.0.jar");
        jar(classes, jar);
        Outcome list = CliHarness.run("list", "optimizers", "--plugin-dir", plugins.toString());
        Outcome describe = CliHarness.run("describe", "lion", "--plugin-dir", plugins.toString());
        Outcome run = CliHarness.run("run", "--plugin-dir", plugins.toString(), "--objective", "rosenbrock", "--optimizer", "lion", "-p", "lr=0.001",
                "--steps", "3000", "--format", "csv");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.outLines()).anySatisfy(line -> assertThat(line).startsWith("lion").contains(jar.toString()));
        assertThat(describe.code()).as(describe.err()).isZero();
        assertThat(describe.out()).contains("Lion").contains("beta1").contains("weight_decay");
        assertThat(describe.outLines()).contains("capabilities: state vectors");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> rows = run.outLines();
        assertThat(rows.get(0)).startsWith("step,loss");
        // a header and the rows of steps 0 .. at most 3000 (a run that meets its tolerance stops sooner)
        assertThat(rows.size()).isBetween(1000, 3002);
        double first = Double.parseDouble(rows.get(1).split(",")[1]);
        double last = Double.parseDouble(rows.get(rows.size() - 1).split(",")[1]);
        assertThat(first).as("Rosenbrock at its suggested start (-1.2, 1)").isEqualTo(24.2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(last).as("the loss after 3000 Lion steps with lr 0.001").isLessThan(first / 4);
    }

    /** Each file the guide shows: the path of the line before a fenced block, and the block. */
    private static Map<String, String> filesOfTheGuide() throws IOException {
        String guide = System.getProperty("gradus.plugin.guide");
        assertThat(guide).as("the build passes the guide's path as gradus.plugin.guide").isNotBlank();
        Map<String, String> files = new LinkedHashMap<>();
        String pending = null;
        StringBuilder block = null;
        boolean inBlock = false;
        for (String line : Files.readAllLines(Path.of(guide))) {
            if (inBlock) {
                if (line.startsWith("```")) {
                    if (block != null) {
                        files.put(pending, block.toString());
                        pending = null;
                    }
                    inBlock = false;
                    block = null;
                } else if (block != null) {
                    block.append(line).append('\n');
                }
            } else if (line.startsWith("```")) {
                // a block right after a line naming a file is that file; any other (commands, output) is skipped
                inBlock = true;
                block = pending == null ? null : new StringBuilder();
            } else {
                Matcher file = FILE_LINE.matcher(line);
                if (file.find()) {
                    pending = file.group(1);
                }
            }
        }
        return files;
    }

    private static String classPath() {
        return Stream.of(OptimizerProvider.class, OptimizerContract.class, Test.class, org.assertj.core.api.Assertions.class,
                        org.opentest4j.AssertionFailedError.class, org.apiguardian.api.API.class)
                .map(PluginGuideIT::location).distinct().collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path compile(Path sources, Path out, String classPath) throws IOException {
        Files.createDirectories(out);
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-d", out.toString(), "-cp", classPath));
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream messages = new java.io.ByteArrayOutputStream();
        int code = javac.run(null, messages, messages, arguments.toArray(String[]::new));
        assertThat(code).as("javac of the guide's %s:%n%s", sources, messages.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file); Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }

    private static String failure(Event event) {
        return event.getTestDescriptor().getDisplayName() + ": " + event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(r -> r.getThrowable()).map(Throwable::getMessage).orElse("");
    }
}
