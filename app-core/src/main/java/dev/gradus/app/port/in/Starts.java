package dev.gradus.app.port.in;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the runs of a study start: the objective's suggested start, a list of points, or points
 * drawn uniformly inside the objective's plot window from a seed (the same seed, the same starts).
 */
public sealed interface Starts {

    /** The objective's suggested start. */
    static Starts suggested() {
        return new Suggested();
    }

    /** These points, in order. */
    static Starts of(List<double[]> points) {
        return new Listed(points);
    }

    /** {@code count} points drawn uniformly inside the plot window from {@code seed}. */
    static Starts random(int count, long seed) {
        return new Random(count, seed);
    }

    /** The objective's suggested start. */
    record Suggested() implements Starts {
    }

    /** Explicit points, at least one. */
    record Listed(List<double[]> points) implements Starts {
        public Listed {
            if (points.isEmpty()) {
                throw InvalidInputException.of("starts", "", "starts: give at least one point");
            }
            List<double[]> copies = new ArrayList<>();
            points.forEach(p -> copies.add(p.clone()));
            points = List.copyOf(copies);
        }

        @Override
        public List<double[]> points() {
            List<double[]> copies = new ArrayList<>();
            points.forEach(p -> copies.add(p.clone()));
            return copies;
        }
    }

    /** {@code count >= 1} uniform points in the plot window, from {@code seed}. */
    record Random(int count, long seed) implements Starts {
        public Random {
            if (count < 1) {
                throw InvalidInputException.of("starts", "random:" + count, "starts: random:N needs N >= 1, was " + count);
            }
        }
    }
}
