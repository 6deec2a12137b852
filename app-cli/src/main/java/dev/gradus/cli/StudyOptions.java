package dev.gradus.cli;

import dev.gradus.api.objective.Sampling;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.PointText;
import dev.gradus.app.port.in.Starts;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of a study's runs, shared by {@code compare} and {@code sweep}: where they start, with
 * which seeds, their budget and stop, their targets, batches, threads and time limit.
 */
final class StudyOptions {
    @Option(names = "--start", paramLabel = "V1,V2,...", description = "One start for every run (default: the objective's suggested start).")
    String start;

    @Option(names = "--starts", paramLabel = "random:N|P1;P2;...",
            description = "Several starts: random:N draws N points uniformly inside the objective's plot window from --starts-seed, "
                    + "or a list of points separated by ';' (\"-7,2;3,1\").")
    String starts;

    @Option(names = "--starts-seed", paramLabel = "S", converter = Converters.WholeNumber.class,
            description = "The seed random:N starts are drawn from (default: ${DEFAULT-VALUE}).")
    long startsSeed;

    @Option(names = "--seeds", paramLabel = "A..B|S1,S2,...",
            description = "The seeds every run goes with from every start, e.g. 1..20 (default: --seed).")
    String seeds;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.WholeNumber.class, description = "The seed, when --seeds is not given (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", paramLabel = "N", converter = Converters.WholeNumber.class, description = "Step budget of every run (default: ${DEFAULT-VALUE}).")
    long steps = dev.gradus.app.port.in.RunCommand.DEFAULT_STEPS;

    @Option(names = "--tolerance", paramLabel = "T", converter = Converters.Real.class,
            description = "Stop a run when its gradient norm falls below T; 0 turns it off (default: 1e-8).")
    double tolerance = dev.gradus.app.port.in.RunCommand.DEFAULT_TOLERANCE;

    @Option(names = "--target-loss", paramLabel = "L", converter = Converters.Real.class,
            description = "Count the steps and evaluations each run takes to reach a loss <= L.")
    Double targetLoss;

    @Option(names = "--target-grad-norm", paramLabel = "G", converter = Converters.Real.class,
            description = "... a gradient norm <= G (with --target-loss, both).")
    Double targetGradientNorm;

    @Option(names = "--batch-size", paramLabel = "B", converter = Converters.Count.class, description = "Examples per mini-batch, for an objective over data.")
    Integer batchSize;

    @Option(names = "--sampling", paramLabel = "MODE", description = "How mini-batches are drawn: epochs, random or replacement.")
    String sampling;

    @Option(names = "--threads", paramLabel = "N", converter = Converters.Count.class,
            description = "How many runs go at once (default: the number of cores). The results do not depend on it.")
    Integer threads;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = Converters.TimeLimit.class,
            description = "Stop a run after this wall time (30s, 500ms, 2m), even one stuck in a plugin's call; the run ends with stop reason time-limit.")
    java.time.Duration timeLimit;

    /** The starts: {@code --start}, {@code --starts}, or the objective's suggested start. */
    Starts starts() {
        if (start != null && starts != null) {
            throw InvalidInputException.of("starts", starts, "give either --start or --starts, not both");
        }
        if (start != null) {
            return Starts.of(List.of(PointText.parse("start", start)));
        }
        return starts == null ? Starts.suggested() : parseStarts(starts, startsSeed);
    }

    /** The seeds: {@code --seeds}, or the one {@code --seed}. */
    List<Long> seeds() {
        return seeds == null ? List.of(seed) : parseSeeds(seeds);
    }

    /** The sampling mode, or null. */
    Sampling sampling() {
        if (sampling == null) {
            return null;
        }
        try {
            return Sampling.of(sampling);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("sampling", sampling, "must be one of " + Sampling.ids());
        }
    }

    /** The runs at once: {@code --threads}, or the number of cores. */
    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** {@code random:N} or {@code P1;P2;...}. */
    static Starts parseStarts(String starts, long startsSeed) {
        String text = starts.strip();
        if (text.startsWith("random:")) {
            String count = text.substring("random:".length()).strip();
            try {
                int n = Integer.parseInt(count);
                if (n >= 1 && n <= 100_000) {
                    return Starts.random(n, startsSeed);
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw InvalidInputException.of("starts", starts, "random:N needs a whole number N from 1 to 100000, was '" + count + "'");
        }
        List<double[]> points = new ArrayList<>();
        String[] parts = text.split(";");
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                points.add(PointText.parse("starts", parts[i]));
            }
        }
        return Starts.of(points);
    }

    /** {@code 1..20} or {@code 3,5,8}. */
    static List<Long> parseSeeds(String seeds) {
        String text = seeds.strip();
        List<Long> list = new ArrayList<>();
        try {
            int dots = text.indexOf("..");
            if (dots >= 0) {
                long from = Long.parseLong(text.substring(0, dots).strip());
                long to = Long.parseLong(text.substring(dots + 2).strip());
                if (from < 0 || to < from || to - from >= 1_000_000) {
                    throw InvalidInputException.of("seeds", seeds, "A..B needs 0 <= A <= B and at most a million seeds, was " + seeds);
                }
                for (long s = from; s <= to; s++) {
                    list.add(s);
                }
                return list;
            }
            for (String part : text.split(",")) {
                long s = Long.parseLong(part.strip());
                if (s < 0) {
                    throw new NumberFormatException();
                }
                list.add(s);
            }
            return list;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("seeds", seeds, "give a range A..B or a list S1,S2,... of whole numbers >= 0, was '" + seeds + "'");
        }
    }
}
