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
