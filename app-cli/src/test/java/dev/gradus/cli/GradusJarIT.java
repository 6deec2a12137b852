package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar that {@code ./gradus} launches, run as a separate process. */
class GradusJarIT {
    @TempDir
    Path dir;

    private static Process start(String... args) throws IOException {
        String jar = System.getProperty("gradus.jar");
        assertThat(Path.of(jar)).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void theShadedJarFindsEveryBuiltInProvider() throws Exception {
        Process gradus = start("list", "--format", "json");
        String out = new String(gradus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gradus.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(gradus.exitValue()).isZero();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(StreamSupport.stream(json.path("optimizers").spliterator(), false).map(n -> n.path("id").asText()))
                .containsExactly("adadelta", "adagrad", "adam", "adamax", "adamw", "asgd", "lbfgs", "nadam", "radam", "rmsprop", "rprop", "sgd", "textbook-adam", "textbook-nesterov");
        assertThat(json.path("objectives")).hasSize(32);
        assertThat(json.path("data")).hasSize(7);
        assertThat(json.path("estimators")).hasSize(5);
        assertThat(json.path("optimizers").get(0).path("origin").asText()).isEqualTo("built-in");
    }

    @Test
    void exitCodesReachTheShell() throws Exception {
        Process usage = start("run", "--objective", "sphere", "--optimizer", "adam", "-p", "lr=-1");
        String err = new String(usage.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(usage.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(usage.exitValue()).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("gradus: adam: lr = -1 is out of range; allowed: >= 0");

        Process diverged = start("run", "--objective", "sphere", "--optimizer", "sgd", "-p", "lr=1.5", "--steps", "5000", "--format", "csv");
        diverged.getInputStream().readAllBytes();
        assertThat(diverged.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(diverged.exitValue()).isEqualTo(3);
    }

    @Test
    void anInterruptedRunLeavesNoOutputFileButSavesItsStateWhenAsked() throws Exception {
        Path file = dir.resolve("long.csv");
        Path state = dir.resolve("state").resolve("saved.json");
        Files.createDirectories(state.getParent());
        Process gradus = start("run", "--objective", "rosenbrock", "--dim", "50", "--optimizer", "adam", "--steps", "100000000", "--tolerance", "0",
                "--output", file.toString(), "--save-state", state.toString());
        // wait until the run is writing (its temporary file grows), then interrupt it as Ctrl-C would
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (temporaryFiles().isEmpty() || Files.size(temporaryFiles().get(0)) < 100_000) {
            assertThat(System.nanoTime()).as("the run started writing").isLessThan(deadline);
            assertThat(gradus.isAlive()).isTrue();
            Thread.sleep(50);
        }
        gradus.destroy();
        assertThat(gradus.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(file).doesNotExist();
        assertThat(partialFiles()).containsExactly(state.getParent());
        assertThat(new ObjectMapper().readTree(state.toFile()).path("steps").asLong()).isPositive();
    }

    /** The regular files in the folder: the output's temporary file while the run writes (the state folder is not one). */
    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private List<Path> partialFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
