package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./gradus} launcher archives the classes of a run once per jar and starts later runs from that archive. */
class LauncherCdsIT {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @TempDir
    Path copy;

    private record Ran(int code, String out, String err) {
    }

    private Ran gradus(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", copy.resolve("gradus").toString());
        builder.command().addAll(List.of(args));
        builder.environment().putAll(environment);
        Path out = copy.resolve("out.txt");
        Path err = copy.resolve("err.txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Ran(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theFirstRunArchivesTheClassesLaterRunsLoadThemAndABrokenArchiveIsPassedOverInSilence() throws Exception {
        Files.copy(ROOT.resolve("gradus"), copy.resolve("gradus"));
        Files.writeString(copy.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(copy.resolve("pom.xml"), FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        Path jar = Files.createDirectories(copy.resolve("app-cli/target")).resolve("gradus.jar");
        Files.copy(Path.of(System.getProperty("gradus.jar")), jar);
        Path archive = copy.resolve("app-cli/target/gradus.jsa");
        String[] run = {"run", "--objective", "sphere", "--optimizer", "sgd", "--steps", "2", "--format", "csv"};

        Ran first = gradus(Map.of(), run);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("step,loss,grad_norm,").hasLineCount(4);
        assertThat(first.err()).isEmpty();
        assertThat(archive).exists();

        Ran shared = gradus(Map.of("GRADUS_JAVA_OPTS", "-Xlog:class+load=info:file=" + copy.resolve("classes.log")), run);
        assertThat(shared.out()).isEqualTo(first.out());
        assertThat(Files.readString(copy.resolve("classes.log"))).as("classes loaded from the archive")
                .contains("dev.gradus.cli.RunSubcommand source: shared objects file (top)");

        // the JVM writes the archive read-only
        assertThat(archive.toFile().setWritable(true)).isTrue();
        Files.write(archive, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Ran broken = gradus(Map.of(), run);
        assertThat(broken.code()).isZero();
        assertThat(broken.out()).as("a JVM that cannot use the archive says nothing of it").isEqualTo(first.out());
        assertThat(broken.err()).isEmpty();

        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Ran remade = gradus(Map.of(), run);
        assertThat(remade.out()).isEqualTo(first.out());
        assertThat(Files.size(archive)).as("an archive older than the jar is made again").isGreaterThan(1000);

        Files.delete(archive);
        Ran off = gradus(Map.of("GRADUS_CDS", "0"), run);
        assertThat(off.out()).isEqualTo(first.out());
        assertThat(archive).as("GRADUS_CDS=0 makes no archive").doesNotExist();
    }
}
