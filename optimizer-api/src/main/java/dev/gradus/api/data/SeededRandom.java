package dev.gradus.api.data;

import java.util.SplittableRandom;

/**
 * A reproducible random source: the same seed and purpose give the same numbers on every run,
 * every machine and every JDK. Built on {@link SplittableRandom} (the SplitMix64 algorithm, whose
 * output for a seed is fixed), with Gaussians drawn by Marsaglia's polar method in
 * {@link StrictMath}, so no platform-dependent library routine enters a draw.
 *
 * <p>Independent streams: {@link #of(long, String)} gives each purpose of one run ("data",
 * "init", "batches") its own stream, so drawing more of one never shifts another; {@link #split()}
 * gives a child stream for parallel work whose numbers do not depend on how the work is
 * scheduled. Not thread-safe: one thread per instance.
 */
public final class SeededRandom {
    private final SplittableRandom random;
    private double spareGaussian;
    private boolean hasSpare;

    private SeededRandom(SplittableRandom random) {
        this.random = random;
    }

    /**
     * The stream of {@code seed} for {@code purpose}: the purpose's name is mixed into the seed,
     * so "data" and "batches" of one seed are unrelated streams.
     */
    public static SeededRandom of(long seed, String purpose) {
        long mixed = seed;
        for (int i = 0; i < purpose.length(); i++) {
            mixed = mix(mixed + purpose.charAt(i) * 0x9E3779B97F4A7C15L);
        }
        return new SeededRandom(new SplittableRandom(mixed));
    }

    /** A child stream, independent of the numbers this one gives afterwards. */
    public SeededRandom split() {
        return new SeededRandom(random.split());
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return random.nextDouble();
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform over all longs. */
    public long nextLong() {
        return random.nextLong();
    }

    /** Standard normal, N(0, 1). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /** Normal with the given mean and standard deviation. */
    public double nextGaussian(double mean, double deviation) {
        return mean + deviation * nextGaussian();
    }

    /** Shuffles {@code values[0..count)} in place (Fisher–Yates). */
    public void shuffle(int[] values, int count) {
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
