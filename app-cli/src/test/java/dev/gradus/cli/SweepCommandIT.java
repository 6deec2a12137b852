package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliHarness.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gradus sweep}: the ranking on a case with a known answer, the streamed results, resuming a killed sweep, and mistakes. */
class SweepCommandIT {
    @TempDir
    Path dir;

    private static final String[] BOWL = {"sweep", "--objective", "elongated-bowl", "--start", "-7,2", "--steps", "3000", "--tolerance", "0",
        "--optimizer", "sgd", "--grid", "lr=0.1:1.5:15"};

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void gradientDescentsBestRateOnTheBowlIsFoundAndTheRatesAbove2OverLDiverge() throws IOException {
        Outcome run = CliHarness.run(with(BOWL, "--format", "json"));

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode ranked = new ObjectMapper().readTree(run.out()).path("optimizers").get(0).path("ranked");
        assertThat(ranked).hasSize(15);
        assertThat(ranked.get(0).path("point").path("lr").asText()).isEqualTo("0.9");
        for (JsonNode point : ranked) {
            double lr = Double.parseDouble(point.path("point").path("lr").asText());
            assertThat(point.path("diverged").asInt()).as("lr %s", lr).isEqualTo(lr > 1.0 ? 1 : 0);
        }
        Outcome table = CliHarness.run(with(BOWL, "--top", "3"));
        assertThat(table.outLines().get(1)).startsWith("1     lr=0.9 ");
        assertThat(table.out()).contains("sgd: 15 points (lr=0.1:1.5:15), 15 runs, 5 diverged or failed; the best 3 shown");
    }

    @Test
    void aKilledSweepResumesFromItsResultsAndEndsWithTheSameRanking() throws IOException {
        Path whole = dir.resolve("whole.csv");
        Path killed = dir.resolve("killed.csv");
        Outcome uninterrupted = CliHarness.run(with(BOWL, "--results", whole.toString(), "--format", "json", "--threads", "2"));
        assertThat(uninterrupted.code()).as(uninterrupted.err()).isZero();
        List<String> lines = Files.readAllLines(whole);
        assertThat(lines).hasSize(16);
        assertThat(lines.get(0)).startsWith("optimizer,point,start,seed,stop_reason,final_loss");

        // as a kill would leave it: six whole runs and half of a seventh line
        String cut = String.join("\n", lines.subList(0, 7)) + "\n" + lines.get(7).substring(0, 20);
        Files.writeString(killed, cut, StandardCharsets.UTF_8);
        Outcome resumed = CliHarness.run(with(BOWL, "--results", killed.toString(), "--resume", "--format", "json", "--threads", "1"));

        assertThat(resumed.code()).as(resumed.err()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode a = mapper.readTree(uninterrupted.out());
        JsonNode b = mapper.readTree(resumed.out());
        assertThat(b.path("skipped").asInt()).isEqualTo(6);
        assertThat(b.path("ran").asInt()).isEqualTo(9);
        assertThat(b.path("optimizers")).isEqualTo(a.path("optimizers"));
        assertThat(Files.readAllLines(killed)).hasSize(16).allSatisfy(line -> assertThat(line).doesNotEndWith(lines.get(7).substring(0, 20)));
    }

    @Test
    void aSweepsPlotIsACurveForOneParameterAndAHeatMapForTwo() throws IOException {
        Path curve = dir.resolve("curve.png");
        Path heat = dir.resolve("heat.png");
        Outcome one = CliHarness.run(with(BOWL, "--plot", curve.toString(), "--plot-size", "640x360"));
        Outcome two = CliHarness.run("sweep", "--objective", "elongated-bowl", "--steps", "200", "--optimizer", "sgd", "--grid", "lr=0.1,0.5,0.9",
                "--grid", "momentum=0,0.5", "--plot", heat.toString());
        Outcome gif = CliHarness.run(with(BOWL, "--plot", dir.resolve("x.gif").toString()));
        Outcome three = CliHarness.run("sweep", "--objective", "elongated-bowl", "--optimizer", "sgd", "--grid", "lr=0.1,0.5", "--grid",
                "momentum=0,0.5", "--grid", "dampening=0,0.1", "--plot", dir.resolve("y.png").toString());

        assertThat(one.code()).as(one.err()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(curve.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
        assertThat(two.code()).as(two.err()).isZero();
        java.awt.image.BufferedImage map = javax.imageio.ImageIO.read(heat.toFile());
        int viridisEnds = 0;
        for (int y = 0; y < map.getHeight(); y++) {
            for (int x = 0; x < map.getWidth(); x++) {
                int rgb = map.getRGB(x, y) & 0xFFFFFF;
                viridisEnds += rgb == (dev.gradus.figures.Palette.viridis(0).getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        assertThat(viridisEnds).as("the best cell in the darkest colour").isGreaterThan(1000);
        assertThat(gif.err()).contains("--plot: a sweep's plot is a still image: give a .png");
        assertThat(three.err()).contains("--plot: draws the score against one swept parameter, or a grid of two; optimizer 'sgd' sweeps 3");
        assertThat(Files.exists(dir.resolve("y.png"))).isFalse();
    }

    @Test
    void mistakesAreNamedAndAnExistingResultsFileIsNotOverwritten() throws IOException {
        Path existing = Files.writeString(dir.resolve("old.csv"), "mine");
        Outcome exists = CliHarness.run(with(BOWL, "--results", existing.toString()));
        Outcome noGrid = CliHarness.run("sweep", "--objective", "sphere", "--optimizer", "adam");
        Outcome unequal = CliHarness.run("sweep", "--objective", "sphere", "--per-optimizer", "--optimizer", "adam", "--grid", "lr=0.1,0.2",
                "--optimizer", "sgd", "--grid", "lr=0.1,0.2,0.3");
        Outcome target = CliHarness.run(with(BOWL, "--metric", "steps-to-target"));
        Outcome point = CliHarness.run("sweep", "--objective", "sphere", "--optimizer", "sgd", "--grid", "lr=0.1,-2");
        Outcome resume = CliHarness.run(with(BOWL, "--resume"));

        assertThat(exists.code()).isEqualTo(2);
        assertThat(exists.err()).contains("exists: add --resume to continue that sweep");
        assertThat(Files.readString(existing)).isEqualTo("mine");
        assertThat(noGrid.err()).contains("give at least one --grid NAME=VALUES to sweep");
        assertThat(unequal.err()).contains("--per-optimizer: gives each optimizer the same budget, but the grids have [2, 3] points");
        assertThat(target.err()).contains("metric steps-to-target needs a target: --target-loss or --target-grad-norm");
        assertThat(point.err()).contains("optimizer 'sgd' at {lr=-2}: ");
        assertThat(resume.err()).contains("--resume: continues the sweep of a results file; give it with --results FILE.csv");
    }
}
