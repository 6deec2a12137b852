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

/** Learning objectives from the command line: data sets, CSV files, mini-batches, seeds, accuracy. */
class LearningRunIT {

    private static JsonNode json(Outcome run) throws IOException {
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void theXorNetworkLearnsXorWithAdamAndReportsItsAccuracy() throws IOException {
        JsonNode doc = json(CliHarness.run("run", "--objective", "mlp", "-o", "layers=2-8-2", "--data", "xor", "--optimizer", "adam", "-p", "lr=0.01",
                "--steps", "1000", "--format", "json"));

        JsonNode config = doc.path("config");
        assertThat(config.path("objective").path("dimension").asInt()).isEqualTo(42);
        assertThat(config.path("data").path("id").asText()).isEqualTo("xor");
        assertThat(config.path("data").path("rows").asInt()).isEqualTo(4);
        assertThat(config.path("data").path("classes")).extracting(JsonNode::asText).containsExactly("0", "1");
        assertThat(config.path("stochastic").path("batch_size").asInt()).isEqualTo(4);
        assertThat(config.path("gradient").path("id").asText()).isEqualTo("analytic");
        assertThat(doc.path("result").path("final_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(doc.path("trajectory").get(0).has("batch_loss")).isTrue();
        assertThat(doc.path("trajectory").get(0).path("accuracy").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void seed003sCentralDifferenceRunRepeatsExactlyAndLearnsXor() {
        String[] args = {"run", "--objective", "mlp", "-o", "layers=2-8-2", "-o", "init=normal", "-o", "log_epsilon=1e-7", "--data", "xor",
                "--optimizer", "sgd", "-p", "lr=0.01", "--gradient", "central", "-e", "h=0.1", "--steps", "5001", "--seed", "3",
                "--record", "loss", "--format", "csv"};
        Outcome once = CliHarness.run(args);
        Outcome again = CliHarness.run(args);

        assertThat(once.code()).as(once.err()).isZero();
        assertThat(again.out()).isEqualTo(once.out());
        List<String> lines = once.outLines();
        assertThat(lines.get(0)).isEqualTo("step,loss,grad_norm,batch_loss,accuracy");
        assertThat(lines).hasSize(5003);
        assertThat(lines.get(5002)).startsWith("5001,").endsWith(",1.0");
    }

    @Test
    void theSameRunWithBackPropagationRepeatsExactlyToo() {
        String[] args = {"run", "--objective", "mlp", "-o", "layers=2-8-2", "--data", "xor", "--optimizer", "sgd", "-p", "lr=0.01",
                "--gradient", "analytic", "--steps", "5001", "--seed", "3", "--record", "loss", "--format", "csv"};
        Outcome once = CliHarness.run(args);
        Outcome again = CliHarness.run(args);
        args[args.length - 5] = "4";
        Outcome otherSeed = CliHarness.run(args);

        assertThat(once.code()).as(once.err()).isZero();
        assertThat(once.outLines()).hasSize(5003);
        assertThat(again.out()).isEqualTo(once.out());
        assertThat(otherSeed.out()).as("another seed draws another start").isNotEqualTo(once.out());
    }

    @Test
    void seed000sExperimentRepeatsForASeedAndChangesWithIt() {
        String[] args = {"run", "--objective", "sampled-polynomial", "--optimizer", "sgd", "-p", "lr=0.3", "--start", "3.5", "--steps", "100",
                "--seed", "7", "--format", "csv"};
        Outcome once = CliHarness.run(args);
        Outcome again = CliHarness.run(args);
        args[args.length - 3] = "8";
        Outcome other = CliHarness.run(args);

        assertThat(once.outLines().get(0)).isEqualTo("step,loss,grad_norm,batch_loss,x");
        assertThat(once.outLines().get(1)).startsWith("0,").endsWith(",3.5");
        assertThat(again.out()).isEqualTo(once.out());
        assertThat(other.out()).isNotEqualTo(once.out());
    }

    @Test
    void aCsvFileIsFittedAndItsMistakesAreNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("points.csv");
        StringBuilder text = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < 20; i++) {
            double x1 = i / 10.0;
            double x2 = (i % 7) / 3.0;
            text.append(x1).append(',').append(x2).append(',').append(2 * x1 - 3 * x2 + 0.5).append('\n');
        }
        Files.writeString(file, text);

        JsonNode doc = json(CliHarness.run("run", "--objective", "linear-regression", "--data", file.toString(), "--target", "y", "--optimizer",
                "sgd", "-p", "lr=0.2", "--steps", "3000", "--tolerance", "0", "--format", "json"));
        Outcome missing = CliHarness.run("run", "--objective", "linear-regression", "--data", file.toString(), "--target", "z", "--optimizer",
                "sgd");
        Outcome noTarget = CliHarness.run("run", "--objective", "linear-regression", "--data", file.toString(), "--optimizer", "sgd");

        JsonNode point = doc.path("result").path("final_point");
        assertThat(point.get(0).asDouble()).isCloseTo(2, within(1e-6));
        assertThat(point.get(1).asDouble()).isCloseTo(-3, within(1e-6));
        assertThat(point.get(2).asDouble()).isCloseTo(0.5, within(1e-6));
        assertThat(doc.path("config").path("data").path("file").asText()).isEqualTo(file.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--data: " + file + ": has no column 'z'; its columns are x1, x2, y");
        assertThat(noTarget.code()).isEqualTo(2);
        assertThat(noTarget.err()).contains("--target: name the column of " + file + " to predict");
    }

    @Test
    void miniBatchesWithEvalEveryLeaveTheSkippedLossesEmptyAndSaySoInTheJson() throws IOException {
        Outcome csv = CliHarness.run("run", "--objective", "logistic-regression", "--data", "two-moons", "-d", "noise=0.2", "--optimizer", "adam",
                "-p", "lr=0.05", "--steps", "20", "--batch-size", "16", "--eval-every", "10", "--format", "csv");
        JsonNode doc = json(CliHarness.run("run", "--objective", "logistic-regression", "--data", "two-moons", "--optimizer", "adam",
                "--steps", "20", "--batch-size", "16", "--eval-every", "10", "--sampling", "random", "--format", "json"));

        assertThat(csv.code()).as(csv.err()).isZero();
        List<String> lines = csv.outLines();
        assertThat(lines.get(0)).isEqualTo("step,loss,grad_norm,batch_loss,accuracy,w[0],w[1],b");
        assertThat(lines.get(2)).matches("1,,[^,]+,[^,]+,,.*");
        assertThat(lines.get(11)).matches("10,[0-9.]+,.*");
        JsonNode stochastic = doc.path("config").path("stochastic");
        assertThat(stochastic.path("eval_every").asInt()).isEqualTo(10);
        assertThat(stochastic.path("sampling").asText()).isEqualTo("random");
        assertThat(stochastic.path("loss").asText()).contains("computed every 10 steps");
        assertThat(doc.path("trajectory").get(1).path("loss").isNull()).isTrue();
    }

    @Test
    void dataAndBatchMistakesAreRefusedWithExitCodeTwo() {
        Outcome noData = CliHarness.run("run", "--objective", "mlp", "--optimizer", "adam");
        Outcome batchOnSphere = CliHarness.run("run", "--objective", "sphere", "--optimizer", "adam", "--batch-size", "4");
        Outcome tooBig = CliHarness.run("run", "--objective", "mlp", "--data", "xor", "--optimizer", "adam", "--batch-size", "5");
        Outcome badSampling = CliHarness.run("run", "--objective", "mlp", "--data", "xor", "--optimizer", "adam", "--sampling", "shuffle");
        Outcome badLayers = CliHarness.run("run", "--objective", "mlp", "-o", "layers=3-8-2", "--data", "xor", "--optimizer", "adam");
        Outcome unknownData = CliHarness.run("run", "--objective", "mlp", "--data", "xorr", "--optimizer", "adam");

        for (Outcome o : List.of(noData, batchOnSphere, tooBig, badSampling, badLayers, unknownData)) {
            assertThat(o.code()).as(o.err()).isEqualTo(2);
            assertThat(o.err()).doesNotContain("Exception");
        }
        assertThat(noData.err()).contains("objective 'mlp' learns from data: give --data NAME (one of circles, gaussian-blobs, line, polynomial, "
                + "spirals, two-moons, xor) or --data FILE.csv --target COLUMN");
        assertThat(batchOnSphere.err()).contains("--batch-size: objective 'sphere' is not stochastic");
        assertThat(tooBig.err()).contains("objective 'mlp' has 4 examples; the batch size must be from 1 to 4");
        assertThat(badSampling.err()).contains("--sampling: must be one of epochs, random, replacement");
        assertThat(badLayers.err()).contains("layers");
        assertThat(unknownData.err()).contains("unknown data set 'xorr'");
    }

    @Test
    void describeShowsTheDataTheShapeAndTheParameterCount() {
        Outcome with = CliHarness.run("describe", "mlp", "--data", "xor");
        Outcome without = CliHarness.run("describe", "logistic-regression");

        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).contains("data: xor - 4 rows, features x1, x2, target class (2 classes: 0, 1)")
                .contains("parameters to fit: 42").contains("formula: mean cross-entropy of softmax(W2 relu(W1 x + b1) + b2)");
        assertThat(without.out()).contains("learns from data: give --data NAME");
    }

    @Test
    void theBackPropagatedGradientAgreesWithCentralDifferences() throws IOException {
        JsonNode doc = json(CliHarness.run("gradient", "--objective", "mlp", "--data", "xor", "--gradient", "central", "--format", "json"));

        assertThat(doc.path("exact").asText()).isEqualTo("analytic");
        assertThat(doc.path("estimates").get(0).path("relative_error").asDouble()).isLessThan(1e-7);
    }
}
