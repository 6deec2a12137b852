package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module draws into images and charts only: no class of it names a window, Swing, or the
 * display-bound Toolkit. Checked on the compiled classes' constant pools, where every referenced
 * class name appears.
 */
class HeadlessSafetyTest {

    private static final List<String> FORBIDDEN = List.of(
            "javax/swing/", "java/awt/Window", "java/awt/Frame", "java/awt/Dialog", "java/awt/Toolkit",
            "org/jfree/chart/ChartPanel", "org/jfree/chart/ChartFrame", "org/jfree/chart/ui/ApplicationFrame");

    @Test
    void noFigureClassReferencesAWindowOrTheToolkit() throws IOException, URISyntaxException {
        Path classes = Path.of(Palette.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/gradus/figures");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
        assertThat(files).as("compiled figure classes").hasSizeGreaterThan(10);

        for (Path file : files) {
            String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String name : FORBIDDEN) {
                assertThat(pool).as("%s must not reference %s", file.getFileName(), name).doesNotContain(name);
            }
        }
    }
}
