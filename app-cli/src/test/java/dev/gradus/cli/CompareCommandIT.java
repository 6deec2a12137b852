package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliHarness.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gradus compare}: configurations from the command line, its table, its long CSV, its JSON, and its mistakes. */
class CompareCommandIT {
    @TempDir
    Path dir;

    private static final String[] BOOK = {"compare", "--objective", "elongated-bowl", "--start", "-7,2", "--steps", "30",
        "--optimizer", "sgd", "-p", "lr=0.95", "--optimizer", "sgd", "-p", "lr=0.1", "-p", "momentum=0.9", "--label", "Momentum",
        "--optimizer", "adagrad", "-p", "lr=1.5", "--optimizer", "adam", "-p", "lr=0.3"};

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void eachOptimizerTakesTheValuesThatFollowItAndTheTableHasARowEach() {
        Outcome run = CliHarness.run(with(BOOK, "--threads", "1"));

        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).startsWith("configuration").contains("final loss").doesNotContain("steps to target");
        assertThat(lines.get(1)).startsWith("sgd lr=0.95 ");
        assertThat(lines.get(2)).startsWith("Momentum ");
        assertThat(lines.get(3)).startsWith("adagrad lr=1.5 ");
        assertThat(lines.get(4)).startsWith("adam lr=0.3 ");
        assertThat(lines.get(5)).startsWith("4 runs: 4 configurations x 1 starts x 1 seeds, 1 at a time");
    }

    @Test
    void theCsvHoldsEveryTrajectoryInLongFormatAndTheJsonTheSpreadsAndEveryRun() throws IOException {
        Path csv = dir.resolve("paths.csv");
        Path json = dir.resolve("study.json");
        Outcome a = CliHarness.run(with(BOOK, "--output", csv.toString()));
        String[] twoStarts = BOOK.clone();
        twoStarts[3] = "--starts";
        twoStarts[4] = "-7,2;3,1";
        Outcome b = CliHarness.run(with(twoStarts, "--target-loss", "1e-3", "--output", json.toString()));

        assertThat(a.code()).as(a.err()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("configuration,label,start,seed,step,loss,grad_norm,x,y");
        assertThat(rows).hasSize(1 + 4 * 31);
        assertThat(rows.get(1)).isEqualTo("1,\"sgd lr=0.95\",1,0,0,6.45," + Math.sqrt(16.49) + ",-7.0,2.0");
        assertThat(rows.get(1 + 31)).startsWith("2,\"Momentum\",1,0,0,");

        assertThat(b.code()).as(b.err()).isZero();
        JsonNode study = new ObjectMapper().readTree(json.toFile());
        assertThat(study.path("format").asText()).isEqualTo("gradus-compare");
        assertThat(study.path("starts")).hasSize(2);
        JsonNode adagrad = study.path("configurations").get(2);
        assertThat(adagrad.path("optimizer").path("id").asText()).isEqualTo("adagrad");
        assertThat(adagrad.path("summary").path("runs").asInt()).isEqualTo(2);
        assertThat(adagrad.path("runs")).hasSize(2);
        assertThat(adagrad.path("runs").get(1).path("start").asInt()).isEqualTo(2);
        assertThat(adagrad.path("runs").get(0).path("trajectory").path("loss")).hasSize(31);
        double median = adagrad.path("summary").path("final_loss").path("median").asDouble();
        double first = adagrad.path("runs").get(0).path("final_loss").asDouble();
        double second = adagrad.path("runs").get(1).path("final_loss").asDouble();
        assertThat(median).isCloseTo((first + second) / 2, within(1e-15));
    }

    @Test
    void seedsGiveDistributionsAndRandomStartsRepeatWithTheirSeed() throws IOException {
        Outcome first = CliHarness.run("compare", "--objective", "rosenbrock", "--starts", "random:6", "--starts-seed", "4", "--steps", "50",
                "--optimizer", "adam", "-p", "lr=0.05", "--format", "json");
        Outcome again = CliHarness.run("compare", "--objective", "rosenbrock", "--starts", "random:6", "--starts-seed", "4", "--steps", "50",
                "--optimizer", "adam", "-p", "lr=0.05", "--format", "json", "--threads", "1");
        Outcome seeds = CliHarness.run("compare", "--objective", "sampled-polynomial", "--start", "3.5", "--steps", "100", "--seeds", "1..8",
                "--optimizer", "sgd", "-p", "lr=0.3");

        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(first.out()).path("starts")).isEqualTo(mapper.readTree(again.out()).path("starts"));
        assertThat(mapper.readTree(first.out()).path("configurations").get(0).path("summary").path("final_loss"))
                .isEqualTo(mapper.readTree(again.out()).path("configurations").get(0).path("summary").path("final_loss"));
        assertThat(seeds.code()).as(seeds.err()).isZero();
        assertThat(seeds.outLines().get(1)).startsWith("sgd lr=0.3 ").contains("  8  ");
        assertThat(seeds.outLines().get(2)).startsWith("8 runs: 1 configurations x 1 starts x 8 seeds");
    }

    @Test
    void mistakesAreNamedWithTheOptionAndNothingIsWritten() {
        Path out = dir.resolve("never.csv");
        Outcome bad = CliHarness.run("compare", "--objective", "sphere", "--optimizer", "sgd", "-p", "lr=0.1", "--optimizer", "adam", "-p", "lr=-1",
                "--output", out.toString());
        Outcome seeds = CliHarness.run("compare", "--objective", "sphere", "--optimizer", "sgd", "--seeds", "5..2");
        Outcome starts = CliHarness.run("compare", "--objective", "sphere", "--optimizer", "sgd", "--starts", "random:zero");
        Outcome none = CliHarness.run("compare", "--objective", "sphere");

        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("gradus: --optimizer: configuration 2 (adam lr=-1): ").contains("lr");
        assertThat(Files.exists(out)).isFalse();
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(seeds.err()).contains("--seeds: A..B needs 0 <= A <= B");
        assertThat(starts.err()).contains("--starts: random:N needs a whole number N from 1 to 100000, was 'zero'");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--optimizer");
    }
}
