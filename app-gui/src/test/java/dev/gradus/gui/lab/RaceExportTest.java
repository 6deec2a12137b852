package dev.gradus.gui.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaceExportTest {
    @TempDir
    Path dir;

    private static Recorded[] twoRuns() {
        Recorded a = new Recorded(2);
        Recorded b = new Recorded(2);
        for (int k = 0; k < 3; k++) {
            a.add(k, 10 - k, 1, new double[] {k, 2 * k}, new double[] {0, 0});
            b.add(k, 20 - k, 2, new double[] {-k, 0.5}, new double[] {0, 0});
        }
        return new Recorded[] {a, b};
    }

    @Test
    void theCsvHasOneRowPerRunAndStepWithTheCoordinates() throws IOException {
        Path file = dir.resolve("race.csv");
        RaceExport.csv(file, List.of("1 sgd lr=0.95", "2 adam \"fast\""), twoRuns(), List.of("x", "y"));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("run,label,step,loss,grad_norm,x,y");
        assertThat(lines.get(3)).isEqualTo("1,\"1 sgd lr=0.95\",2,8.0,1.0,2.0,4.0");
        assertThat(lines.get(4)).isEqualTo("2,\"2 adam \"\"fast\"\"\",0,20.0,2.0,0.0,0.5");
    }

    @Test
    void theJsonHoldsEveryRunsSeries() throws IOException {
        Path file = dir.resolve("race.json");
        RaceExport.json(file, "elongated-bowl", List.of("a", "b"), twoRuns(), List.of("x", "y"));

        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertThat(doc.path("format").asText()).isEqualTo("gradus-race");
        assertThat(doc.path("runs")).hasSize(2);
        assertThat(doc.path("runs").get(1).path("loss").get(2).asDouble()).isEqualTo(18);
        assertThat(doc.path("runs").get(0).path("points").get(2).get(1).asDouble()).isEqualTo(4);
    }

    @Test
    void aFailedWriteLeavesNoFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("taken.csv"));
        assertThatThrownBy(() -> RaceExport.csv(target, List.of("a", "b"), twoRuns(), List.of("x", "y"))).isInstanceOf(IOException.class);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }
}
