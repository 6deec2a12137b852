package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./gradus} launcher rebuilds its jar when a source of any module in the jar changes. */
class LauncherScriptTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>dev\\.gradus</groupId>\\s*<artifactId>([a-z-]+)</artifactId>(.*?)</dependency>", Pattern.DOTALL);

    /** The modules of the jar: app-cli and every dev.gradus module it needs at compile or run time, transitively. */
    private static Set<String> jarModules() throws IOException {
        Set<String> modules = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add("app-cli");
        while (!todo.isEmpty()) {
            String module = todo.pop();
            if (!modules.add(module)) {
                continue;
            }
            Matcher m = DEPENDENCY.matcher(Files.readString(ROOT.resolve(module).resolve("pom.xml")));
            while (m.find()) {
                if (!m.group(2).contains("<scope>test</scope>")) {
                    todo.add(m.group(1));
                }
            }
        }
        return modules;
    }

    @Test
    void aBuildThatLeavesTheJarAsItWasDoesNotRebuildOnEveryRun(@TempDir Path copy) throws IOException, InterruptedException {
        // a test source newer than the jar makes it stale, but a build skips tests and may leave the jar untouched
        Path script = copy.resolve("gradus");
        Files.copy(ROOT.resolve("gradus"), script);
        script.toFile().setExecutable(true);
        Path builds = copy.resolve("builds.log");
        Path mvnw = copy.resolve("mvnw");
        Files.writeString(mvnw, "#!/bin/sh\necho build >> '" + builds + "'\n");
        mvnw.toFile().setExecutable(true);
        Files.writeString(copy.resolve("pom.xml"), "<project/>");
        Path jar = Files.createDirectories(copy.resolve("app-cli/target")).resolve("gradus.jar");
        Files.writeString(jar, "not a jar");
        Path source = Files.createDirectories(copy.resolve("app-cli/src/test")).resolve("SomeIT.java");
        Files.writeString(source, "class SomeIT {}");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        for (int run = 0; run < 2; run++) {
            Process p = new ProcessBuilder("bash", script.toString(), "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
        }

        assertThat(Files.readAllLines(builds)).containsExactly("build");
    }

    @Test
    void everyModuleOfTheJarIsWatchedForChanges() throws IOException {
        String script = Files.readString(ROOT.resolve("gradus"));
        String staleness = script.substring(script.indexOf("stale() {"), script.indexOf("if stale; then"));

        Set<String> modules = jarModules();
        assertThat(modules).contains("app-cli", "app-core", "optimizer-api", "optimizer-impl", "objectives", "learning");
        for (String module : modules) {
            assertThat(staleness).as("./gradus watches " + module).contains("\"$root/" + module + "\"");
        }
    }
}
