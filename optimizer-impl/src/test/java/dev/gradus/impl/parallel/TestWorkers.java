package dev.gradus.impl.parallel;

/** Workers for the tests of other packages: the shared ones' package-private variants. */
public final class TestWorkers {
    private TestWorkers() {
    }

    /** Workers that never run: every range posted to them is taken back, or waited for by a patient caller until it finds them dead. */
    public static RangeWorkers unstarted(int count) {
        return new RangeWorkers(count, false);
    }
}
